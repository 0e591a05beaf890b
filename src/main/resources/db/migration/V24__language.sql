-- The language each person reads the portal and its mails in; null: as their browser asks (issue 13).
ALTER TABLE employee ADD COLUMN language VARCHAR(8);
ALTER TABLE employee ADD CONSTRAINT ck_employee_language CHECK (language IS NULL OR language IN ('en', 'de'));
