import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, storedSettings, type Settings } from '../../shared/settings';

/**
 * App settings in one JSON file. A file we cannot read is set aside with a
 * `.broken-<time>` suffix rather than overwritten, so nothing is lost.
 */
export class SettingsFile {
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = join(dataDir, 'settings.json');
  }

  read(): Settings {
    if (!existsSync(this.file)) return { ...DEFAULT_SETTINGS };
    try {
      const parsed = storedSettings.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // falls through to setting the file aside
    }
    renameSync(this.file, `${this.file}.broken-${this.now().getTime()}`);
    return { ...DEFAULT_SETTINGS };
  }

  update(patch: Partial<Settings>): Settings {
    const next = { ...this.read(), ...patch };
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(next, null, 2));
    renameSync(tmp, this.file);
    return next;
  }
}
