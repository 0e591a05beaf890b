-- Notices by e-mail. Each person chooses, per kind of notice, to get it by mail at once, in a daily digest, or not
-- by mail (a kind without a row keeps its default), and when the digest comes in their calendar's time zone.
CREATE TABLE mail_choice (
    employee_id BIGINT      NOT NULL REFERENCES employee (id),
    kind        VARCHAR(20) NOT NULL,
    delivery    VARCHAR(12) NOT NULL,
    PRIMARY KEY (employee_id, kind),
    CONSTRAINT ck_mail_choice_delivery CHECK (delivery IN ('AT_ONCE', 'DIGEST', 'NOT_BY_MAIL'))
);
CREATE TABLE mail_digest_time (
    employee_id BIGINT  NOT NULL PRIMARY KEY REFERENCES employee (id),
    local_time  TIME    NOT NULL
);

-- A notice waiting for its recipient's next digest; cleared in the transaction that writes the digest to the outbox.
ALTER TABLE notification ADD COLUMN digest_pending BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_notification_digest ON notification (digest_pending, recipient_id);

-- The outbox: a mail is written here in the transaction of what it tells about, and sent by a job after that commits;
-- a failed attempt is retried later with a growing delay, a sent mail is never sent again. next_attempt_at is empty
-- once the mail is sent or given up, so the job's look-up reads only what is still to do.
CREATE SEQUENCE outgoing_mail_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outgoing_mail (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    recipient_id    BIGINT                   NOT NULL REFERENCES employee (id),
    address         VARCHAR(254)             NOT NULL,
    subject         VARCHAR(400)             NOT NULL,
    body            VARCHAR(100000)          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    attempts        INTEGER                  NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    given_up_at     TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500)
);
CREATE INDEX ix_outgoing_mail_due ON outgoing_mail (next_attempt_at);
