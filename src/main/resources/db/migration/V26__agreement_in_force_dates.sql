-- The notice that an agreement came into force keeps its date language-neutral (platform.i18n.Message.date) since
-- 7ef69e7; those written before kept it as literal text, "2027-01-01", whatever the reader's language. Their date,
-- the notice's last argument, becomes a date message, so that they read as new ones do ("Fri 1 Jan 2027").
-- Before: ...,{"args":["2027-01-01"]}]}   after: ...,{"key":"@date","args":["2027-01-01"]}]}
UPDATE notification
SET content = SUBSTRING(content, 1, CHAR_LENGTH(content) - 25)
    || '{"key":"@date","args":["' || SUBSTRING(content, CHAR_LENGTH(content) - 14, 10) || '"]}]}'
WHERE kind = 'IN_FORCE' AND content LIKE '%,{"args":["____-__-__"]}]}';
