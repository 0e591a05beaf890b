-- A request handed on to another department starts again there; the new request remembers where it came from.
ALTER TABLE peer_request ADD COLUMN handed_from_id BIGINT;
ALTER TABLE peer_request ADD CONSTRAINT fk_request_handed_from FOREIGN KEY (handed_from_id) REFERENCES peer_request (id);
