-- The request a mail is about, if any: its mails carry a reference to the request (In-Reply-To, References), so that a
-- mail reader shows the notices about one request as one conversation.
ALTER TABLE outgoing_mail ADD COLUMN request_id BIGINT;
