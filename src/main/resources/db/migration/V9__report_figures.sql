-- Every clock of every request as it stands, for the reports to aggregate in SQL: one row per clock (the
-- measure, the side that owes it, its cycle) with its state — OPEN while running or paused, MET, BREACHED —
-- and, once stopped, the business seconds it ran. Written from the event log whenever a request changes
-- (the watcher included, so a running clock that breaches is counted); always recomputable from the log.
CREATE TABLE request_clock (
    request_id      BIGINT      NOT NULL,
    measure         VARCHAR(20) NOT NULL,
    owed_by         VARCHAR(10) NOT NULL,
    clock_cycle     INTEGER     NOT NULL,
    state           VARCHAR(10) NOT NULL,
    elapsed_seconds BIGINT      NOT NULL,
    CONSTRAINT pk_request_clock PRIMARY KEY (request_id, measure, clock_cycle),
    CONSTRAINT fk_request_clock_request FOREIGN KEY (request_id) REFERENCES peer_request (id),
    CONSTRAINT ck_request_clock_side CHECK (owed_by IN ('PROVIDER', 'CONSUMER')),
    CONSTRAINT ck_request_clock_state CHECK (state IN ('OPEN', 'MET', 'BREACHED'))
);

-- Which definition of the figures a request's cached columns and clocks follow; the start-up rebuilds
-- every request below the code's current one, so figures added later cover old requests too.
ALTER TABLE peer_request ADD COLUMN figures_version INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX ix_request_figures_version ON peer_request (figures_version);
CREATE INDEX ix_escalation_request_side ON escalation (request_id, breached_side);
CREATE INDEX ix_rating_request ON rating (request_id, rated_side);
