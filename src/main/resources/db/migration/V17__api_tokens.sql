-- Personal access tokens for the API: a person creates them on their profile, sees the secret once, and the
-- portal keeps only its SHA-256 (a random 256-bit secret needs no slow hash, and checking it costs microseconds).
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE api_token (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    employee_id  BIGINT                   NOT NULL REFERENCES employee (id),
    name         VARCHAR(100)             NOT NULL,
    token_hash   VARCHAR(64)              NOT NULL,
    hint         VARCHAR(12)              NOT NULL,
    scope        VARCHAR(12)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_token_employee ON api_token (employee_id, created_at DESC);
