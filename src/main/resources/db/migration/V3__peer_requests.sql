-- Peer requests under an agreement version, with their immutable event log. Clocks are computed from the
-- log whenever they are read; nothing here stores a running counter.

CREATE SEQUENCE peer_request_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE peer_request (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    agreement_version_id  BIGINT        NOT NULL,
    service_id            BIGINT        NOT NULL,
    provider_id           BIGINT        NOT NULL,
    consumer_id           BIGINT        NOT NULL,
    requester_id          BIGINT        NOT NULL,
    assignee_id           BIGINT,
    priority              VARCHAR(2)    NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    description           VARCHAR(4000) NOT NULL,
    requested_due         DATE,
    status                VARCHAR(24)   NOT NULL,
    submitted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_event_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Cached from the clocks after every event, for sorting queues in the database; always recomputable.
    resolution_due        TIMESTAMP WITH TIME ZONE,
    version               BIGINT        NOT NULL,
    CONSTRAINT fk_request_version FOREIGN KEY (agreement_version_id) REFERENCES agreement_version (id),
    CONSTRAINT fk_request_service FOREIGN KEY (service_id) REFERENCES offered_service (id),
    CONSTRAINT fk_request_provider FOREIGN KEY (provider_id) REFERENCES party (id),
    CONSTRAINT fk_request_consumer FOREIGN KEY (consumer_id) REFERENCES party (id),
    CONSTRAINT fk_request_requester FOREIGN KEY (requester_id) REFERENCES employee (id),
    CONSTRAINT fk_request_assignee FOREIGN KEY (assignee_id) REFERENCES employee (id),
    CONSTRAINT ck_request_priority CHECK (priority IN ('P1', 'P2', 'P3', 'P4'))
);
CREATE INDEX ix_request_status ON peer_request (status);
CREATE INDEX ix_request_provider_status ON peer_request (provider_id, status);
CREATE INDEX ix_request_consumer ON peer_request (consumer_id);
CREATE INDEX ix_request_requester ON peer_request (requester_id);
CREATE INDEX ix_request_assignee ON peer_request (assignee_id);
CREATE INDEX ix_request_resolution_due ON peer_request (resolution_due);

CREATE SEQUENCE request_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE request_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    kind        VARCHAR(24)   NOT NULL,
    actor_id    BIGINT,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    priority    VARCHAR(2),
    comment     VARCHAR(4000),
    CONSTRAINT fk_request_event_request FOREIGN KEY (request_id) REFERENCES peer_request (id),
    CONSTRAINT fk_request_event_actor FOREIGN KEY (actor_id) REFERENCES employee (id)
);
CREATE INDEX ix_request_event_request ON request_event (request_id, occurred_at);
