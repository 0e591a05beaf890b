-- Two-way feedback after the work, and letters (compliments and complaints) to someone in authority.

-- When the request was last resolved, when its rating window closes, and the month it was submitted in
-- (yyyymm, for monthly trends): cached from the event log like the other request columns.
ALTER TABLE peer_request ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE peer_request ADD COLUMN rating_closes_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE peer_request ADD COLUMN period_month INTEGER DEFAULT 0 NOT NULL;
UPDATE peer_request SET period_month = EXTRACT(YEAR FROM submitted_at) * 100 + EXTRACT(MONTH FROM submitted_at);
CREATE INDEX ix_request_period ON peer_request (period_month, provider_id, consumer_id);
CREATE INDEX ix_request_rating_closes ON peer_request (rating_closes_at);

-- One rating per side per request. The requester rates the provider (respect, helpfulness, integrity,
-- workmanship); the assignee rates the requester (respect, clarity, responsiveness, fairness).
CREATE SEQUENCE rating_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE rating (
    id                BIGINT        NOT NULL PRIMARY KEY,
    request_id        BIGINT        NOT NULL,
    rated_side        VARCHAR(10)   NOT NULL,
    rater_id          BIGINT        NOT NULL,
    rated_employee_id BIGINT        NOT NULL,
    rater_party_id    BIGINT        NOT NULL,
    rated_party_id    BIGINT        NOT NULL,
    respect           SMALLINT      NOT NULL,
    helpfulness       SMALLINT,
    integrity         SMALLINT,
    workmanship       SMALLINT,
    clarity           SMALLINT,
    responsiveness    SMALLINT,
    fairness          SMALLINT,
    comment           VARCHAR(2000),
    rated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_rating_side UNIQUE (request_id, rated_side),
    CONSTRAINT fk_rating_request FOREIGN KEY (request_id) REFERENCES peer_request (id),
    CONSTRAINT fk_rating_rater FOREIGN KEY (rater_id) REFERENCES employee (id),
    CONSTRAINT fk_rating_rated FOREIGN KEY (rated_employee_id) REFERENCES employee (id),
    CONSTRAINT fk_rating_rater_party FOREIGN KEY (rater_party_id) REFERENCES party (id),
    CONSTRAINT fk_rating_rated_party FOREIGN KEY (rated_party_id) REFERENCES party (id),
    CONSTRAINT ck_rating_side CHECK (rated_side IN ('PROVIDER', 'CONSUMER')),
    CONSTRAINT ck_rating_scores CHECK (respect BETWEEN 1 AND 5 AND COALESCE(helpfulness, 1) BETWEEN 1 AND 5
        AND COALESCE(integrity, 1) BETWEEN 1 AND 5 AND COALESCE(workmanship, 1) BETWEEN 1 AND 5
        AND COALESCE(clarity, 1) BETWEEN 1 AND 5 AND COALESCE(responsiveness, 1) BETWEEN 1 AND 5
        AND COALESCE(fairness, 1) BETWEEN 1 AND 5)
);
CREATE INDEX ix_rating_rated_party ON rating (rated_party_id, rated_side);
CREATE INDEX ix_rating_rater ON rating (rater_id);

-- A compliment or a complaint about a person or a department, sent to someone in authority, who
-- acknowledges it; a complaint is then answered and closed with an outcome.
CREATE SEQUENCE letter_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE letter (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    kind                VARCHAR(12)   NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    author_id           BIGINT        NOT NULL,
    about_employee_id   BIGINT,
    about_department_id BIGINT        NOT NULL,
    request_id          BIGINT,
    addressee_id        BIGINT        NOT NULL,
    subject             VARCHAR(200)  NOT NULL,
    body                VARCHAR(4000) NOT NULL,
    written_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    period_month        INTEGER       NOT NULL,
    acknowledged_at     TIMESTAMP WITH TIME ZONE,
    acknowledgement     VARCHAR(2000),
    response            VARCHAR(4000),
    outcome             VARCHAR(16),
    closed_at           TIMESTAMP WITH TIME ZONE,
    version             BIGINT        NOT NULL,
    CONSTRAINT fk_letter_author FOREIGN KEY (author_id) REFERENCES employee (id),
    CONSTRAINT fk_letter_about_employee FOREIGN KEY (about_employee_id) REFERENCES employee (id),
    CONSTRAINT fk_letter_about_department FOREIGN KEY (about_department_id) REFERENCES department (id),
    CONSTRAINT fk_letter_request FOREIGN KEY (request_id) REFERENCES peer_request (id),
    CONSTRAINT fk_letter_addressee FOREIGN KEY (addressee_id) REFERENCES employee (id),
    CONSTRAINT ck_letter_kind CHECK (kind IN ('COMPLIMENT', 'COMPLAINT')),
    CONSTRAINT ck_letter_status CHECK (status IN ('SENT', 'ACKNOWLEDGED', 'CLOSED')),
    CONSTRAINT ck_letter_outcome CHECK (outcome IS NULL OR outcome IN ('UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD'))
);
CREATE INDEX ix_letter_addressee ON letter (addressee_id, status);
CREATE INDEX ix_letter_author ON letter (author_id);
CREATE INDEX ix_letter_about_employee ON letter (about_employee_id);
CREATE INDEX ix_letter_about_department ON letter (about_department_id, period_month);

-- A notification may be about a letter rather than a request.
ALTER TABLE notification ADD COLUMN letter_id BIGINT;
ALTER TABLE notification ADD CONSTRAINT fk_notification_letter FOREIGN KEY (letter_id) REFERENCES letter (id);
