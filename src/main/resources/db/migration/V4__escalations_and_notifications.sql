-- Escalations to a named person, the watcher's record of what it already raised (so nothing is raised
-- twice, even after a restart), and in-app notifications.

CREATE SEQUENCE escalation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE escalation (
    id              BIGINT        NOT NULL PRIMARY KEY,
    request_id      BIGINT        NOT NULL,
    breached_side   VARCHAR(10)   NOT NULL,
    level           VARCHAR(12)   NOT NULL,
    cause           VARCHAR(12)   NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    raised_by       BIGINT,
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    escalated_to    BIGINT        NOT NULL,
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    acknowledgement VARCHAR(2000),
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_escalation_request FOREIGN KEY (request_id) REFERENCES peer_request (id),
    CONSTRAINT fk_escalation_raised_by FOREIGN KEY (raised_by) REFERENCES employee (id),
    CONSTRAINT fk_escalation_to FOREIGN KEY (escalated_to) REFERENCES employee (id),
    CONSTRAINT ck_escalation_side CHECK (breached_side IN ('PROVIDER', 'CONSUMER')),
    CONSTRAINT ck_escalation_level CHECK (level IN ('SUPERVISOR', 'HEAD')),
    CONSTRAINT ck_escalation_cause CHECK (cause IN ('BY_HAND', 'BREACH', 'DELAY'))
);
CREATE INDEX ix_escalation_request ON escalation (request_id);
CREATE INDEX ix_escalation_to ON escalation (escalated_to, acknowledged_at);

CREATE SEQUENCE request_alert_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE request_alert (
    id         BIGINT      NOT NULL PRIMARY KEY,
    request_id BIGINT      NOT NULL,
    alert      VARCHAR(60) NOT NULL,
    raised_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_request_alert UNIQUE (request_id, alert),
    CONSTRAINT fk_request_alert_request FOREIGN KEY (request_id) REFERENCES peer_request (id)
);

CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification (
    id           BIGINT       NOT NULL PRIMARY KEY,
    recipient_id BIGINT       NOT NULL,
    request_id   BIGINT,
    kind         VARCHAR(20)  NOT NULL,
    message      VARCHAR(500) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES employee (id),
    CONSTRAINT fk_notification_request FOREIGN KEY (request_id) REFERENCES peer_request (id)
);
CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at);
