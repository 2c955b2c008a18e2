-- Review (who approved a journey and when, frozen snapshots at sign-off) and
-- workshop capture (sticky notes per stage before they become touchpoints).
ALTER TABLE journeys ADD COLUMN approval_by TEXT NOT NULL DEFAULT '';
ALTER TABLE journeys ADD COLUMN approval_at TEXT;

CREATE TABLE snapshots (
  id TEXT PRIMARY KEY,
  journey_id TEXT,
  taken_by TEXT NOT NULL DEFAULT '',
  taken_at TEXT,
  note TEXT NOT NULL DEFAULT '',
  content TEXT NOT NULL DEFAULT '',
  tombstone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX snapshots_journey ON snapshots (journey_id);

CREATE TABLE workshop_notes (
  id TEXT PRIMARY KEY,
  journey_id TEXT,
  stage_id TEXT,
  channel_id TEXT,
  text TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL DEFAULT '',
  sort_key TEXT NOT NULL DEFAULT '',
  touchpoint_id TEXT,
  tombstone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX workshop_notes_journey ON workshop_notes (journey_id);
