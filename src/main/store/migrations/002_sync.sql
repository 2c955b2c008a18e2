-- Sync: which changes the server is known to hold. A change made here starts
-- unpushed (0); a push the server acknowledged, or a pull that brought the
-- change, marks it with the acknowledgement time in clock milliseconds. Whatever is unpushed is sent next time, whoever stamped it (a
-- workspace first uploaded may carry changes of other devices).
ALTER TABLE changes ADD COLUMN pushed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX changes_unpushed ON changes (hlc) WHERE pushed = 0;

-- Per-workspace sync state (server URL, pull cursor) lives in `meta` under
-- 'sync_server' and 'sync_cursor'; tokens never enter this file, so an exported
-- workspace carries no secret.
