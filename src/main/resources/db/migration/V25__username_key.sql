-- Every request finds its signed-in person by username, whatever its case: the lower-case username kept beside it
-- and indexed (LOWER(username) = ? read every row of the table; an organisation has tens of thousands).
ALTER TABLE employee ADD COLUMN username_key VARCHAR(60);
UPDATE employee SET username_key = LOWER(username);
ALTER TABLE employee ALTER COLUMN username_key SET NOT NULL;
CREATE INDEX ix_employee_username_key ON employee (username_key);
