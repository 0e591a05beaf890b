-- Notifications are stored language-neutral: a bundle key with its arguments, as JSON (platform.i18n.Message), and
-- rendered in the reader's language when shown. Those written before keep their English sentence, as literal text
-- (escaped for JSON: backslash, quote, line breaks, tabs).
ALTER TABLE notification ADD COLUMN content VARCHAR(4000);
UPDATE notification SET content = '{"args":["'
    || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(message, '\', '\\'), '"', '\"'), CHR(13), '\r'), CHR(10), '\n'), CHR(9), '\t')
    || '"]}';
ALTER TABLE notification ALTER COLUMN content SET NOT NULL;
ALTER TABLE notification DROP COLUMN message;
