-- A form posted twice (a double click, a resent page) or an API call retried with the same Idempotency-Key
-- creates one record: the key the submission carried is kept with what it created, unique per person.
-- Records created without a key keep NULL, which a unique index does not compare.
ALTER TABLE peer_request ADD COLUMN submission_key VARCHAR(64);
CREATE UNIQUE INDEX uk_request_submission ON peer_request (requester_id, submission_key);

ALTER TABLE letter ADD COLUMN submission_key VARCHAR(64);
CREATE UNIQUE INDEX uk_letter_submission ON letter (author_id, submission_key);
