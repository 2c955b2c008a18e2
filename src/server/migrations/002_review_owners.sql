-- Review data is owned: which account created each comment and snapshot (as
-- this server saw the push, not as a client claims), and the one change each
-- snapshot field may ever have. Refusals are in push-guard.ts.
CREATE TABLE review_rows (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  tbl TEXT NOT NULL CHECK (tbl IN ('comments', 'snapshots')),
  row_id TEXT NOT NULL,
  owner_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  PRIMARY KEY (workspace_id, tbl, row_id)
);

CREATE TABLE snapshot_fields (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  row_id TEXT NOT NULL,
  col TEXT NOT NULL,
  hlc TEXT NOT NULL,
  PRIMARY KEY (workspace_id, row_id, col)
);

-- What was pushed before: a row belongs to the account behind the device that
-- wrote its first change; a snapshot field keeps its first value.
INSERT INTO review_rows (workspace_id, tbl, row_id, owner_id)
SELECT DISTINCT ON (c.workspace_id, c.tbl, c.row_id) c.workspace_id, c.tbl, c.row_id, n.account_id
  FROM changes c
  JOIN nodes n ON n.workspace_id = c.workspace_id AND n.node = right(c.hlc, 16)
 WHERE c.tbl IN ('comments', 'snapshots')
 ORDER BY c.workspace_id, c.tbl, c.row_id, c.seq;

INSERT INTO snapshot_fields (workspace_id, row_id, col, hlc)
SELECT DISTINCT ON (workspace_id, row_id, col) workspace_id, row_id, col, hlc
  FROM changes
 WHERE tbl = 'snapshots'
 ORDER BY workspace_id, row_id, col, seq;
