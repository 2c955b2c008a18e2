-- Accounts, sessions, invitations, workspaces with members, and the change log
-- of every workspace. Times are epoch milliseconds (BIGINT) from the server's
-- injectable clock, so expiry is testable and identical under PGlite and pg.

CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  -- scrypt$N$r$p$salt$hash: the parameters travel with the hash so they can be raised later.
  password_hash TEXT NOT NULL,
  instance_admin BOOLEAN NOT NULL DEFAULT FALSE,
  created_at BIGINT NOT NULL
);

-- Only the SHA-256 of a token is stored: a leaked table grants no session.
CREATE TABLE tokens (
  hash TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  revoked_at BIGINT
);
CREATE INDEX tokens_account ON tokens (account_id);

CREATE TABLE workspaces (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES accounts (id),
  created_at BIGINT NOT NULL,
  -- The last sequence number handed out; its row lock orders concurrent pushes.
  seq BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE members (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
  added_at BIGINT NOT NULL,
  PRIMARY KEY (workspace_id, account_id)
);
CREATE INDEX members_account ON members (account_id);

CREATE TABLE invitations (
  code_hash TEXT PRIMARY KEY,
  created_by TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  workspace_id TEXT REFERENCES workspaces (id) ON DELETE CASCADE,
  role TEXT CHECK (role IN ('viewer', 'editor', 'admin')),
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_by TEXT REFERENCES accounts (id) ON DELETE SET NULL,
  used_at BIGINT
);

-- The replication log. The primary key makes a retried push a no-op; seq is
-- the pull cursor, dense per workspace and in commit order. No foreign key to
-- workspaces: a push holds the workspace row locked, and a per-row check would
-- cost a tenth of the ingest rate.
CREATE TABLE changes (
  workspace_id TEXT NOT NULL,
  hlc TEXT NOT NULL,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  col TEXT NOT NULL,
  value TEXT NOT NULL,
  seq BIGINT NOT NULL,
  PRIMARY KEY (workspace_id, hlc, tbl, row_id, col)
);
CREATE UNIQUE INDEX changes_seq ON changes (workspace_id, seq);

-- Which account first pushed changes stamped by a device (clock node): lets a
-- client name the author of a conflicting change. Attribution, not authority.
CREATE TABLE nodes (
  workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  node TEXT NOT NULL,
  account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  first_seen BIGINT NOT NULL,
  PRIMARY KEY (workspace_id, node)
);
