-- The audit trail administrators read: who did what to whom, when and from where. Append-only: the portal
-- inserts entries and never changes or deletes one.
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_event (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    kind        VARCHAR(30)              NOT NULL,
    actor       VARCHAR(250),
    subject     VARCHAR(250),
    address     VARCHAR(64),
    detail      VARCHAR(1000)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at DESC, id DESC);
