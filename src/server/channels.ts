/**
 * NOTIFY channels shared by every instance on one database. Payloads are small
 * JSON objects; a notification raised inside a transaction is delivered on
 * commit, so a listener never hears of data it cannot read yet.
 */
export const CHANGES_CHANNEL = 'workbench_changes';
/** Someone's access ended (member removed, role changed, token revoked): live streams re-check. */
export const ACCESS_CHANNEL = 'workbench_access';

export interface ChangesNotice {
  w: string;
  s: number;
}

export interface AccessNotice {
  /** The workspace, or null for every workspace of the account/token. */
  w: string | null;
  a?: string;
  t?: string;
}
