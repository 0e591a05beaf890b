-- Guessing is slowed: failed sign-ins are counted per account (the username as typed, lower case) and per
-- client address; past a number of failures the subject is locked for a growing time. A successful sign-in
-- clears the account's count; an administrator can clear any. Shared by every node, so a guess counts once
-- wherever it lands.
CREATE TABLE login_throttle (
    subject         VARCHAR(250) NOT NULL PRIMARY KEY,
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE,
    locked_until    TIMESTAMP WITH TIME ZONE,
    version         BIGINT       NOT NULL
);
CREATE INDEX ix_login_throttle_locked ON login_throttle (locked_until);
