import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { SettingsFile } from './settings';

describe('the settings file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'owb-settings-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('starts from the defaults and keeps what is updated', () => {
    const file = new SettingsFile(dir);
    expect(file.read()).toEqual(DEFAULT_SETTINGS);
    file.update({ language: 'de', userName: 'Jana Berger' });
    expect(new SettingsFile(dir).read()).toEqual({ language: 'de', lastWorkspaceId: null, userName: 'Jana Berger' });
  });

  it('keeps good fields when one is bad, and drops a setting that no longer exists', () => {
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ language: 'fr', lastWorkspaceId: 'ws-12345678', userName: 'Jana', staleAfterDays: 30 }),
    );
    const file = new SettingsFile(dir);
    expect(file.read()).toEqual({ language: 'system', lastWorkspaceId: 'ws-12345678', userName: 'Jana' });
    file.update({ userName: 'Jana B.' });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).not.toHaveProperty('staleAfterDays');
    expect(readdirSync(dir).filter((f) => f.includes('broken'))).toEqual([]);
  });
});
