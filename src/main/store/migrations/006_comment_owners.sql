-- Review data is owned: the account a comment was written with (checked by the
-- sync server), and when a thread was resolved (who resolved it came with 005).
ALTER TABLE comments ADD COLUMN author_id TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN resolved_at TEXT;
