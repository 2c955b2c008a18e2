import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../store/test-support';
import { AccountsFile } from './accounts-file';
import { normalizeServer } from './api';

const entry = (server: string, token = 'wbt_secret') => ({
  server,
  token,
  expiresAt: 1,
  account: { id: 'a', email: 'a@example.com', name: 'A', instanceAdmin: false },
});

describe('AccountsFile', () => {
  it('keeps one sign-in per server, owner-readable only', () => {
    const dir = tempDir();
    const file = new AccountsFile(dir);
    file.put(entry('http://a'));
    file.put(entry('http://b'));
    file.put(entry('http://a', 'wbt_newer'));
    expect(file.list().map((a) => [a.server, a.token])).toEqual([
      ['http://b', 'wbt_secret'],
      ['http://a', 'wbt_newer'],
    ]);
    expect(statSync(file.file).mode & 0o777).toBe(0o600);
    file.remove('http://b');
    expect(file.get('http://b')).toBeNull();
  });

  it('sets a damaged file aside instead of overwriting it', () => {
    const dir = tempDir();
    const file = new AccountsFile(dir, () => 42);
    writeFileSync(file.file, '{ not json');
    expect(file.list()).toEqual([]);
    expect(existsSync(file.file)).toBe(false);
    expect(readdirSync(dir)).toContain('sync-accounts.json.broken-42');
  });
});

describe('normalizeServer', () => {
  it('accepts http(s) addresses and drops trailing slashes', () => {
    expect(normalizeServer(' http://127.0.0.1:8787/ ')).toBe('http://127.0.0.1:8787');
    expect(normalizeServer('https://sync.example.com/workbench//')).toBe('https://sync.example.com/workbench');
  });

  it('refuses anything else', () => {
    for (const bad of ['ftp://x', 'not a url', 'http://user:pw@host', 'http://host/?q=1', 'javascript:alert(1)']) {
      expect(() => normalizeServer(bad), bad).toThrow();
    }
  });
});
