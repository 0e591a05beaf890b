-- The report figures summed per direction of a tie (provider serving consumer) and month, so that reports
-- read thousands of rows rather than millions. A row is recomputed from the requests of its tie and month
-- (their cached columns, clocks, escalations and ratings) within a minute of one of them changing:
-- peer_request.figures_changed_at marks what is pending. The whole table can be rebuilt from the requests, and
-- is, whenever it is empty while requests exist (as after this migration, or after the large-organisation generator).
CREATE TABLE tie_month (
    provider_id             BIGINT  NOT NULL,
    consumer_id             BIGINT  NOT NULL,
    period_month            INTEGER NOT NULL,
    requests                BIGINT  NOT NULL,
    resolved                BIGINT  NOT NULL,
    first_time              BIGINT  NOT NULL,
    reopened                BIGINT  NOT NULL,
    provider_met            BIGINT  NOT NULL,
    provider_breached       BIGINT  NOT NULL,
    consumer_met            BIGINT  NOT NULL,
    consumer_breached       BIGINT  NOT NULL,
    provider_wait_seconds   BIGINT  NOT NULL,
    consumer_wait_seconds   BIGINT  NOT NULL,
    escalations_provider    BIGINT  NOT NULL,
    escalations_consumer    BIGINT  NOT NULL,
    rated_provider          BIGINT  NOT NULL,
    provider_respect        BIGINT  NOT NULL,
    provider_helpfulness    BIGINT  NOT NULL,
    provider_integrity      BIGINT  NOT NULL,
    provider_workmanship    BIGINT  NOT NULL,
    rated_consumer          BIGINT  NOT NULL,
    consumer_respect        BIGINT  NOT NULL,
    consumer_clarity        BIGINT  NOT NULL,
    consumer_responsiveness BIGINT  NOT NULL,
    consumer_fairness       BIGINT  NOT NULL,
    first_response_met      BIGINT  NOT NULL,
    first_response_breached BIGINT  NOT NULL,
    resolution_met          BIGINT  NOT NULL,
    resolution_breached     BIGINT  NOT NULL,
    clarification_met       BIGINT  NOT NULL,
    clarification_breached  BIGINT  NOT NULL,
    advance_notice_met      BIGINT  NOT NULL,
    advance_notice_breached BIGINT  NOT NULL,
    confirmation_met        BIGINT  NOT NULL,
    confirmation_breached   BIGINT  NOT NULL,
    completeness_met        BIGINT  NOT NULL,
    completeness_breached   BIGINT  NOT NULL,
    CONSTRAINT pk_tie_month PRIMARY KEY (provider_id, consumer_id, period_month)
);
CREATE INDEX ix_tie_month_period ON tie_month (period_month);

-- When a request's report figures last changed and its tie-month has not been recomputed since; NULL once done.
ALTER TABLE peer_request ADD COLUMN figures_changed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_request_figures_changed ON peer_request (figures_changed_at);
