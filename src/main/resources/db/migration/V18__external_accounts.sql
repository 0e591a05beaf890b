-- The accounts people bring from the organisation's identity provider: the first sign-in of a known employee links
-- the provider's subject (stable, unlike a username or an address) to their record, and later sign-ins follow it.
CREATE SEQUENCE external_account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE external_account (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    employee_id BIGINT                   NOT NULL REFERENCES employee (id),
    issuer      VARCHAR(500)             NOT NULL,
    subject     VARCHAR(255)             NOT NULL,
    linked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_external_account_subject UNIQUE (issuer, subject),
    CONSTRAINT uk_external_account_employee UNIQUE (issuer, employee_id)
);
