-- Review data is owned: the account a comment was written with (checked by the
-- sync server), and who resolved a thread and when.
ALTER TABLE comments ADD COLUMN author_id TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN resolved_by TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN resolved_at TEXT;
