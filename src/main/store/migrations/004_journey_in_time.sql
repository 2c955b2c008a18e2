-- The journey in time and its backstage (the service blueprint).
--
-- Touchpoints get a place in the customer's time order (step_key; equal keys
-- are parallel), what the customer thinks, feels and says, and pain points.
-- Existing rows keep step_key = '': the journey slice (src/shared/journey)
-- orders such touchpoints as the map did before, lane by lane within their
-- stage, and the first reorder in a stage writes their keys through the write
-- path, so nothing here bypasses the change log and no data is rewritten.
ALTER TABLE touchpoints ADD COLUMN step_key TEXT NOT NULL DEFAULT '';
ALTER TABLE touchpoints ADD COLUMN thinks TEXT NOT NULL DEFAULT '';
ALTER TABLE touchpoints ADD COLUMN feels TEXT NOT NULL DEFAULT '';
ALTER TABLE touchpoints ADD COLUMN says TEXT NOT NULL DEFAULT '';
ALTER TABLE touchpoints ADD COLUMN pain_points TEXT NOT NULL DEFAULT '';

-- Lanes opened on a journey's map that hold nothing yet (kept until closed).
ALTER TABLE journeys ADD COLUMN lane_channel_ids TEXT NOT NULL DEFAULT '[]';
ALTER TABLE journeys ADD COLUMN lane_department_ids TEXT NOT NULL DEFAULT '[]';

CREATE TABLE support_systems (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'other',
  description TEXT NOT NULL DEFAULT '',
  sort_key TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0,
  tombstone INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE backstage_steps (
  id TEXT PRIMARY KEY,
  journey_id TEXT,
  stage_id TEXT,
  step_key TEXT NOT NULL DEFAULT '',
  department_id TEXT,
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  system_ids TEXT NOT NULL DEFAULT '[]',
  sort_key TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0,
  tombstone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX backstage_steps_journey ON backstage_steps (journey_id);

CREATE TABLE backstage_links (
  id TEXT PRIMARY KEY,
  journey_id TEXT,
  backstage_step_id TEXT,
  touchpoint_id TEXT,
  tombstone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX backstage_links_journey ON backstage_links (journey_id);

CREATE TABLE backstage_handoffs (
  id TEXT PRIMARY KEY,
  journey_id TEXT,
  from_step_id TEXT,
  to_step_id TEXT,
  carries_context INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  tombstone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX backstage_handoffs_journey ON backstage_handoffs (journey_id);
