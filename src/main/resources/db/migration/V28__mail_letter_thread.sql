-- The letter a mail is about, if any: as with a request's, the mails about one letter refer to it (In-Reply-To,
-- References), so that a mail reader shows its writer's and its addressee's mails about it as one conversation.
ALTER TABLE outgoing_mail ADD COLUMN letter_id BIGINT;
