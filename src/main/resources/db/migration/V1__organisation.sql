-- The organisation: business calendars, parties (departments and external parties), employees, logins.
-- Sequences start at their increment: EclipseLink hands out the 50 ids below each value it reads.
-- Portable SQL: it runs unchanged on H2 and PostgreSQL.
-- No BOOLEAN column is compared in queries: EclipseLink's H2 platform writes boolean literals as 1/0 in
-- statements it does not bind, which H2 2 refuses. "Active" is therefore "deactivated_at IS NULL".

CREATE SEQUENCE business_calendar_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE business_calendar (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    name                 VARCHAR(100) NOT NULL,
    time_zone            VARCHAR(64)  NOT NULL,
    organisation_default BOOLEAN      NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT uk_business_calendar_name UNIQUE (name)
);

CREATE TABLE calendar_working_period (
    calendar_id BIGINT     NOT NULL,
    day_of_week VARCHAR(9) NOT NULL,
    start_time  TIME       NOT NULL,
    end_time    TIME       NOT NULL,
    CONSTRAINT fk_working_period_calendar FOREIGN KEY (calendar_id) REFERENCES business_calendar (id) ON DELETE CASCADE,
    CONSTRAINT ck_working_period_order CHECK (start_time < end_time)
);
CREATE INDEX ix_working_period_calendar ON calendar_working_period (calendar_id);

CREATE TABLE calendar_holiday (
    calendar_id  BIGINT       NOT NULL,
    holiday_date DATE         NOT NULL,
    name         VARCHAR(100) NOT NULL,
    CONSTRAINT pk_calendar_holiday PRIMARY KEY (calendar_id, holiday_date),
    CONSTRAINT fk_holiday_calendar FOREIGN KEY (calendar_id) REFERENCES business_calendar (id) ON DELETE CASCADE
);

CREATE SEQUENCE party_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE party (
    id         BIGINT       NOT NULL PRIMARY KEY,
    party_type VARCHAR(20)  NOT NULL,
    name           VARCHAR(150) NOT NULL,
    deactivated_at TIMESTAMP WITH TIME ZONE,
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_party_name UNIQUE (party_type, name)
);

CREATE TABLE department (
    id          BIGINT      NOT NULL PRIMARY KEY,
    code        VARCHAR(20) NOT NULL,
    parent_id   BIGINT,
    head_id     BIGINT,
    calendar_id BIGINT,
    CONSTRAINT uk_department_code UNIQUE (code),
    CONSTRAINT fk_department_party FOREIGN KEY (id) REFERENCES party (id),
    CONSTRAINT fk_department_parent FOREIGN KEY (parent_id) REFERENCES department (id),
    CONSTRAINT fk_department_calendar FOREIGN KEY (calendar_id) REFERENCES business_calendar (id)
);
CREATE INDEX ix_department_parent ON department (parent_id);

CREATE TABLE external_party (
    id             BIGINT       NOT NULL PRIMARY KEY,
    kind           VARCHAR(10)  NOT NULL,
    contact_person VARCHAR(150) NOT NULL,
    email          VARCHAR(254) NOT NULL,
    phone          VARCHAR(40),
    CONSTRAINT fk_external_party_party FOREIGN KEY (id) REFERENCES party (id),
    CONSTRAINT ck_external_party_kind CHECK (kind IN ('CUSTOMER', 'VENDOR'))
);

CREATE SEQUENCE employee_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE employee (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(60)  NOT NULL,
    full_name     VARCHAR(150) NOT NULL,
    job_title     VARCHAR(100),
    email         VARCHAR(254) NOT NULL,
    phone         VARCHAR(40),
    department_id BIGINT       NOT NULL,
    supervisor_id  BIGINT,
    deactivated_at TIMESTAMP WITH TIME ZONE,
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_employee_username UNIQUE (username),
    CONSTRAINT fk_employee_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_employee_supervisor FOREIGN KEY (supervisor_id) REFERENCES employee (id)
);
CREATE INDEX ix_employee_department ON employee (department_id);
CREATE INDEX ix_employee_supervisor ON employee (supervisor_id);
CREATE INDEX ix_employee_full_name ON employee (full_name);

ALTER TABLE department ADD CONSTRAINT fk_department_head FOREIGN KEY (head_id) REFERENCES employee (id);

CREATE TABLE employee_role (
    employee_id BIGINT      NOT NULL,
    role        VARCHAR(20) NOT NULL,
    CONSTRAINT pk_employee_role PRIMARY KEY (employee_id, role),
    CONSTRAINT fk_employee_role_employee FOREIGN KEY (employee_id) REFERENCES employee (id) ON DELETE CASCADE
);

-- Kept apart from employee so that setting a password never collides with an edit of the employee's details.
CREATE TABLE login_credential (
    employee_id   BIGINT       NOT NULL PRIMARY KEY,
    password_hash VARCHAR(512) NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_login_credential_employee FOREIGN KEY (employee_id) REFERENCES employee (id) ON DELETE CASCADE
);
