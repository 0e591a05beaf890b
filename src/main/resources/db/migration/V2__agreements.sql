-- Service agreements: every version ever drafted, its services and two-way commitments, and the history.

CREATE SEQUENCE agreement_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE agreement (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    title              VARCHAR(200) NOT NULL,
    provider_id        BIGINT       NOT NULL,
    consumer_id        BIGINT       NOT NULL,
    kind               VARCHAR(30)  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    terminated_at      TIMESTAMP WITH TIME ZONE,
    termination_reason VARCHAR(2000),
    version            BIGINT       NOT NULL,
    CONSTRAINT fk_agreement_provider FOREIGN KEY (provider_id) REFERENCES party (id),
    CONSTRAINT fk_agreement_consumer FOREIGN KEY (consumer_id) REFERENCES party (id),
    CONSTRAINT ck_agreement_parties CHECK (provider_id <> consumer_id),
    CONSTRAINT ck_agreement_kind CHECK (kind IN ('INTERNAL', 'EXTERNAL_SLA', 'UNDERPINNING_CONTRACT'))
);
CREATE INDEX ix_agreement_provider ON agreement (provider_id);
CREATE INDEX ix_agreement_consumer ON agreement (consumer_id);

CREATE SEQUENCE agreement_version_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE agreement_version (
    id                     BIGINT      NOT NULL PRIMARY KEY,
    agreement_id           BIGINT      NOT NULL,
    number                 INTEGER     NOT NULL,
    revision               INTEGER     NOT NULL,
    status                 VARCHAR(12) NOT NULL,
    effective_from         DATE        NOT NULL,
    effective_until        DATE,
    review_date            DATE        NOT NULL,
    auto_close_days        INTEGER     NOT NULL,
    escalation_delay_hours INTEGER     NOT NULL,
    rating_window_days     INTEGER     NOT NULL,
    provider_calendar_id   BIGINT,
    consumer_calendar_id   BIGINT,
    provider_accepted_by   BIGINT,
    provider_accepted_at   TIMESTAMP WITH TIME ZONE,
    consumer_accepted_by   BIGINT,
    consumer_accepted_at   TIMESTAMP WITH TIME ZONE,
    external_accepted_by   VARCHAR(150),
    external_accepted_on   DATE,
    external_reference     VARCHAR(150),
    activated_at           TIMESTAMP WITH TIME ZONE,
    ended_at               TIMESTAMP WITH TIME ZONE,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    lock_version           BIGINT      NOT NULL,
    CONSTRAINT uk_agreement_version_number UNIQUE (agreement_id, number),
    CONSTRAINT fk_version_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT fk_version_provider_calendar FOREIGN KEY (provider_calendar_id) REFERENCES business_calendar (id),
    CONSTRAINT fk_version_consumer_calendar FOREIGN KEY (consumer_calendar_id) REFERENCES business_calendar (id),
    CONSTRAINT fk_version_provider_accepted FOREIGN KEY (provider_accepted_by) REFERENCES employee (id),
    CONSTRAINT fk_version_consumer_accepted FOREIGN KEY (consumer_accepted_by) REFERENCES employee (id),
    CONSTRAINT ck_version_status CHECK (status IN ('DRAFT', 'PROPOSED', 'ACTIVE', 'SUPERSEDED', 'EXPIRED', 'TERMINATED', 'WITHDRAWN'))
);
CREATE INDEX ix_agreement_version_status ON agreement_version (status);

CREATE SEQUENCE offered_service_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE offered_service (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version_id  BIGINT        NOT NULL,
    position    INTEGER       NOT NULL,
    name        VARCHAR(150)  NOT NULL,
    description VARCHAR(2000),
    CONSTRAINT fk_service_version FOREIGN KEY (version_id) REFERENCES agreement_version (id) ON DELETE CASCADE
);
CREATE INDEX ix_offered_service_version ON offered_service (version_id);

CREATE SEQUENCE commitment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE commitment (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version_id  BIGINT        NOT NULL,
    position    INTEGER       NOT NULL,
    owed_by     VARCHAR(10)   NOT NULL,
    title       VARCHAR(150)  NOT NULL,
    description VARCHAR(2000),
    rationale   VARCHAR(2000) NOT NULL,
    measure     VARCHAR(20),
    target_unit VARCHAR(16),
    target_p1   NUMERIC(7, 2),
    target_p2   NUMERIC(7, 2),
    target_p3   NUMERIC(7, 2),
    target_p4   NUMERIC(7, 2),
    CONSTRAINT fk_commitment_version FOREIGN KEY (version_id) REFERENCES agreement_version (id) ON DELETE CASCADE,
    CONSTRAINT ck_commitment_owed_by CHECK (owed_by IN ('PROVIDER', 'CONSUMER'))
);
CREATE INDEX ix_commitment_version ON commitment (version_id);

CREATE SEQUENCE agreement_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE agreement_event (
    id             BIGINT        NOT NULL PRIMARY KEY,
    agreement_id   BIGINT        NOT NULL,
    version_number INTEGER       NOT NULL,
    revision       INTEGER       NOT NULL,
    action         VARCHAR(30)   NOT NULL,
    actor_id       BIGINT,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    comment        VARCHAR(2000),
    CONSTRAINT fk_event_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT fk_event_actor FOREIGN KEY (actor_id) REFERENCES employee (id)
);
CREATE INDEX ix_agreement_event_agreement ON agreement_event (agreement_id);
