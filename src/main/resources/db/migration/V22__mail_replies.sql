-- Answering by replying: a mail that asks a requester a question (or to confirm a resolution) carries a reply address
-- with a token of its own; the portal keeps the token's SHA-256, the request, the person who may use it and what for.
-- A token is used once.
CREATE TABLE mail_reply (
    token_hash  VARCHAR(64)              NOT NULL PRIMARY KEY,
    request_id  BIGINT                   NOT NULL REFERENCES peer_request (id),
    employee_id BIGINT                   NOT NULL REFERENCES employee (id),
    purpose     VARCHAR(10)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_mail_reply_purpose CHECK (purpose IN ('ANSWER', 'CONFIRM'))
);
ALTER TABLE outgoing_mail ADD COLUMN reply_to VARCHAR(254);
