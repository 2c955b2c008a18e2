import type { HybridClock } from '../shared/hlc';
import type { PasswordCost } from './passwords';
import type { Sql } from './sql';

/** What every route needs, passed in rather than held in module state. */
export interface ServerContext {
  sql: Sql;
  now: () => number;
  /** The server's own hybrid logical clock: refuses future stamps, advances on every push. */
  clock: HybridClock;
  passwordCost: PasswordCost;
  tokenTtlMs: number;
  /** A hash to verify against when a login names an unknown account (computed once, on first use). */
  decoyHash: () => Promise<string>;
}
