-- When the watcher must look at a request next: the earliest warning, due or head-escalation instant of its
-- running provider clocks, or when a resolved request closes by itself (NULL when nothing will come due). The
-- watcher selects by it through the index instead of reading every open request's clocks every minute. Always
-- recomputable from the event log; open requests are looked at once after the upgrade.
ALTER TABLE peer_request ADD COLUMN watch_at TIMESTAMP WITH TIME ZONE;
UPDATE peer_request SET watch_at = CURRENT_TIMESTAMP
    WHERE status IN ('NEW', 'IN_PROGRESS', 'WAITING_ON_REQUESTER', 'RESOLVED');
CREATE INDEX ix_request_watch_at ON peer_request (watch_at);
