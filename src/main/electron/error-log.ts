import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Unexpected errors of the main process, one entry per line with its time, in
 * `<user data>/logs/main.log` (Help › Open logs folder). At `maxBytes` the file
 * moves to main.log.1 (replacing the older one), so the log never grows without end.
 * Writing a log entry never throws: a full disk must not take the app down.
 */
export interface ErrorLog {
  dir: string;
  file: string;
  write(context: string, error: unknown): void;
}

export function logsDir(dataDir: string): string {
  return join(dataDir, 'logs');
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

export function createErrorLog(dataDir: string, options: { maxBytes?: number; now?: () => Date } = {}): ErrorLog {
  const dir = logsDir(dataDir);
  const file = join(dir, 'main.log');
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const now = options.now ?? (() => new Date());
  return {
    dir,
    file,
    write(context, error) {
      try {
        mkdirSync(dir, { recursive: true });
        let size = 0;
        try {
          size = statSync(file).size;
        } catch {
          // No log yet.
        }
        if (size >= maxBytes) {
          rmSync(`${file}.1`, { force: true });
          renameSync(file, `${file}.1`);
        }
        const body = describe(error).replace(/\r?\n/g, '\n    ');
        appendFileSync(file, `${now().toISOString()} [${context}] ${body}\n`, 'utf8');
      } catch {
        // Nowhere left to report to.
      }
    },
  };
}
