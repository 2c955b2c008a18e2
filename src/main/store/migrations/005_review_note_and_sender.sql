-- Why changes were requested, kept with the approval state; and who a channel's
-- messages come from in previews (an email's sender name, an SMS sender ID);
-- who resolved a comment thread.
ALTER TABLE journeys ADD COLUMN approval_note TEXT NOT NULL DEFAULT '';
ALTER TABLE channels ADD COLUMN preview_sender TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN resolved_by TEXT NOT NULL DEFAULT '';
