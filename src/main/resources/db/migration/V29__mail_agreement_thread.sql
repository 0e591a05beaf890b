-- The agreement a mail is about, if any: the mails of one negotiation refer to it (In-Reply-To, References), so that
-- a head's mail reader shows them as one conversation, as it does a request's and a letter's.
ALTER TABLE outgoing_mail ADD COLUMN agreement_id BIGINT;
