import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { accountSchema } from '../../shared/sync-wire';

/**
 * Sign-ins to sync servers, one per server address, in the data folder (not
 * in any workspace file, so an exported workspace carries no secret). The file
 * is readable by its owner only. A file we cannot read is set aside, never
 * overwritten blindly: signing in again recovers from it.
 */

export const storedAccountSchema = z.object({
  server: z.string(),
  token: z.string(),
  expiresAt: z.number(),
  account: accountSchema,
});
export type StoredAccount = z.infer<typeof storedAccountSchema>;

const fileSchema = z.object({ version: z.literal(1), accounts: z.array(storedAccountSchema) });

export class AccountsFile {
  readonly file: string;

  constructor(
    dataDir: string,
    private readonly now: () => number = Date.now,
  ) {
    this.file = join(dataDir, 'sync-accounts.json');
  }

  list(): StoredAccount[] {
    if (!existsSync(this.file)) return [];
    try {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      if (parsed.success) return parsed.data.accounts;
    } catch {
      // falls through to setting the file aside
    }
    renameSync(this.file, `${this.file}.broken-${this.now()}`);
    return [];
  }

  get(server: string): StoredAccount | null {
    return this.list().find((a) => a.server === server) ?? null;
  }

  put(entry: StoredAccount): void {
    this.write([...this.list().filter((a) => a.server !== entry.server), entry]);
  }

  remove(server: string): void {
    this.write(this.list().filter((a) => a.server !== server));
  }

  private write(accounts: StoredAccount[]): void {
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ version: 1, accounts }, null, 2), { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, this.file);
  }
}
