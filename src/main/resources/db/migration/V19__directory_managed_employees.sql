-- Employees a directory sync created or updated: only they are deactivated when the directory no longer lists them
-- (accounts kept in the portal alone, such as a local administrator, are never touched by a sync).
ALTER TABLE employee ADD COLUMN directory_managed BOOLEAN DEFAULT FALSE NOT NULL;
