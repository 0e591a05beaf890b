-- Notices about the negotiation of an agreement (a proposal waiting for a head's decision, sent back, accepted by the
-- other side, in force) link to the agreement.
ALTER TABLE notification ADD COLUMN agreement_id BIGINT REFERENCES agreement (id);
