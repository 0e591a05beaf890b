-- An escalation the watcher raises keeps its reason language-neutral (platform.i18n.Message as JSON) and is shown in
-- the reader's language; what a person wrote stays in reason as they wrote it. Escalations raised before keep their
-- English sentence in reason, shown as it is.
ALTER TABLE escalation ADD COLUMN automatic_reason VARCHAR(500);
ALTER TABLE escalation ALTER COLUMN reason DROP NOT NULL;
