-- When the resolution clock reaches 75 %, cached beside its due instant, so queues filter "at risk" and
-- "breached" in the database. Recomputed from the event log after every event and by the watcher.
ALTER TABLE peer_request ADD COLUMN resolution_warn_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_request_resolution_warn_at ON peer_request (resolution_warn_at);
