-- Quality beyond speed, per request, for the dashboards: reopens, hand-offs, escalations and whether it
-- was resolved the first time (1), not (0), or not resolved yet (NULL). Cached from the event log after
-- every event; always recomputable. The person an event is about (the new assignee) is kept on the event.
ALTER TABLE request_event ADD COLUMN subject_id BIGINT;
ALTER TABLE request_event ADD CONSTRAINT fk_request_event_subject FOREIGN KEY (subject_id) REFERENCES employee (id);
ALTER TABLE peer_request ADD COLUMN reopen_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE peer_request ADD COLUMN handoff_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE peer_request ADD COLUMN escalation_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE peer_request ADD COLUMN first_time_resolution INTEGER;
