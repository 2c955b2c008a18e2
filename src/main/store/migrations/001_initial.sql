-- The replication log, the clock of every field, and the entity tables that the
-- write path materialises from them. Entity references are plain columns, not
-- SQL foreign keys: replicated changes arrive in any order, so a touchpoint may
-- land before its stage; the analyses treat a dangling reference as unset.

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- Every change ever applied or made here, newest wins per field.
CREATE TABLE changes (
  hlc TEXT NOT NULL,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  col TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (hlc, tbl, row_id, col)
) WITHOUT ROWID;

-- The winning change of each field: what the entity row currently shows.
CREATE TABLE field_clock (
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  col TEXT NOT NULL,
  hlc TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (tbl, row_id, col)
) WITHOUT ROWID;

-- A change that lost against a newer one on the same field from another device.
CREATE TABLE conflicts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  col TEXT NOT NULL,
  kept_hlc TEXT NOT NULL,
  kept_value TEXT NOT NULL,
  lost_hlc TEXT NOT NULL,
  lost_value TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  dismissed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conflicts_open ON conflicts (dismissed, id);

CREATE TABLE workspaces (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  banned_terms TEXT NOT NULL DEFAULT '[]',
  required_terms TEXT NOT NULL DEFAULT '[]',
  review_interval_days INTEGER NOT NULL DEFAULT 90,
  tombstone INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE departments (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  color TEXT NOT NULL DEFAULT '#64748b',
  sort_key TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0,
  tombstone INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE channels (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'other',
  online INTEGER NOT NULL DEFAULT 1,
  ownership TEXT NOT NULL DEFAULT 'owned',
  controlled INTEGER NOT NULL DEFAULT 1,
  monitored INTEGER NOT NULL DEFAULT 1,
  back_channel INTEGER NOT NULL DEFAULT 0,
  constraints TEXT NOT NULL DEFAULT '{}',
  sort_key TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0,
  tombstone INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE personas (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  goals TEXT NOT NULL DEFAULT '',
  preferred_channel_ids TEXT NOT NULL DEFAULT '[]',
  tombstone INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE journeys (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  persona_id TEXT,
  owner TEXT NOT NULL DEFAULT '',
  last_reviewed_at TEXT,
  approval TEXT NOT NULL DEFAULT 'draft',
  archived INTEGER NOT NULL DEFAULT 0,
  tombstone INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE stages (
  id TEXT PRIMARY KEY,
  journey_id TEXT,
  name TEXT NOT NULL DEFAULT '',
  sort_key TEXT NOT NULL DEFAULT '',
  tombstone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stages_journey ON stages (journey_id);

CREATE TABLE touchpoints (
  id TEXT PRIMARY KEY,
  journey_id TEXT,
  stage_id TEXT,
  channel_id TEXT,
  title TEXT NOT NULL DEFAULT '',
  customer_action TEXT NOT NULL DEFAULT '',
  company_response TEXT NOT NULL DEFAULT '',
  owner_department_id TEXT,
  supporting_department_ids TEXT NOT NULL DEFAULT '[]',
  emotion INTEGER NOT NULL DEFAULT 0,
  kpi TEXT NOT NULL DEFAULT '',
  back_channel INTEGER NOT NULL DEFAULT 0,
  knows_history INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  sort_key TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0,
  tombstone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX touchpoints_journey ON touchpoints (journey_id);

CREATE TABLE transitions (
  id TEXT PRIMARY KEY,
  journey_id TEXT,
  from_touchpoint_id TEXT,
  to_touchpoint_id TEXT,
  carries_context INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  tombstone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX transitions_journey ON transitions (journey_id);

CREATE TABLE facts (
  id TEXT PRIMARY KEY,
  key TEXT NOT NULL DEFAULT '',
  label TEXT NOT NULL DEFAULT '',
  value TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0,
  tombstone INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE messages (
  id TEXT PRIMARY KEY,
  journey_id TEXT,
  stage_id TEXT,
  touchpoint_id TEXT,
  headline TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  cta TEXT NOT NULL DEFAULT '',
  tombstone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX messages_journey ON messages (journey_id);

CREATE TABLE variants (
  id TEXT PRIMARY KEY,
  message_id TEXT,
  channel_id TEXT,
  headline TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  cta TEXT NOT NULL DEFAULT '',
  subject TEXT NOT NULL DEFAULT '',
  preheader TEXT NOT NULL DEFAULT '',
  condition TEXT NOT NULL DEFAULT 'null',
  precedence INTEGER NOT NULL DEFAULT 0,
  tombstone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX variants_message ON variants (message_id);

CREATE TABLE comments (
  id TEXT PRIMARY KEY,
  target_table TEXT NOT NULL DEFAULT 'journeys',
  target_id TEXT,
  parent_id TEXT,
  author TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  resolved INTEGER NOT NULL DEFAULT 0,
  tombstone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX comments_target ON comments (target_id);
