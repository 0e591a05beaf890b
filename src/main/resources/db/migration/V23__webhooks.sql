-- Webhooks: a department head registers HTTPS endpoints for the department's events. The signing secret is kept as
-- it was given out, since each payload is signed with it (HMAC-SHA256); it is shown to the head once.
CREATE SEQUENCE webhook_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE webhook (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    department_id  BIGINT                   NOT NULL REFERENCES department (id),
    url            VARCHAR(2000)            NOT NULL,
    events         VARCHAR(400)             NOT NULL,
    secret         VARCHAR(64)              NOT NULL,
    created_by     BIGINT                   NOT NULL REFERENCES employee (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    deactivated_at TIMESTAMP WITH TIME ZONE,
    version        BIGINT                   NOT NULL
);
CREATE INDEX ix_webhook_department ON webhook (department_id);

-- A payload to deliver, written in the transaction of what happened (an outbox, like outgoing_mail), and each attempt.
CREATE SEQUENCE webhook_delivery_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE webhook_delivery (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    webhook_id      BIGINT                   NOT NULL REFERENCES webhook (id),
    event           VARCHAR(40)              NOT NULL,
    payload         VARCHAR(20000)           NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    attempts        INTEGER                  NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    given_up_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (next_attempt_at);
CREATE INDEX ix_webhook_delivery_webhook ON webhook_delivery (webhook_id, created_at);

CREATE SEQUENCE webhook_attempt_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE webhook_attempt (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    delivery_id  BIGINT                   NOT NULL REFERENCES webhook_delivery (id),
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status       INTEGER,
    duration_ms  BIGINT                   NOT NULL,
    error        VARCHAR(500)
);
CREATE INDEX ix_webhook_attempt_delivery ON webhook_attempt (delivery_id);
