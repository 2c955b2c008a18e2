import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import type { OpenedFile } from '../shared/contract';
import { MAX_WORKSPACE_FILE_CHARS } from '../shared/workspace-file-format';

/**
 * Workspace files the operating system hands to the app: a double-click, a
 * second start with a file (forwarded to the running app), macOS's open-file,
 * the menu's Import. They wait here until the page takes them
 * (shell.takeOpenedFiles), so a file opened before the page is ready is not lost.
 * Checking the content is the import's job (the same checks as the dialog).
 */
export class OpenedFiles {
  private queue: OpenedFile[] = [];
  private readonly listeners = new Set<() => void>();

  add(file: OpenedFile): void {
    this.queue.push(file);
    for (const listener of this.listeners) listener();
  }

  /** Everything waiting, each file once. */
  take(): OpenedFile[] {
    const out = this.queue;
    this.queue = [];
    return out;
  }

  onAdded(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Bytes of UTF-8 can be up to three per character: a larger file cannot be under the import's character limit. */
export const MAX_OPENED_FILE_BYTES = MAX_WORKSPACE_FILE_CHARS * 3;

/** Reads a file handed over by the OS; what cannot be read becomes a problem the page shows. */
export async function readOpenedFile(path: string, maxBytes = MAX_OPENED_FILE_BYTES): Promise<OpenedFile> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) return { name, problem: 'unreadable', detail: `${path} is not a file` };
    if (info.size > maxBytes) return { name, problem: 'too_large', detail: `${path}: ${info.size} bytes` };
    return { name, content: await readFile(path, 'utf8') };
  } catch (err) {
    return { name, problem: 'unreadable', detail: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * The files the app opens among a process's arguments (the app's own start, or
 * a second instance's forwarded command line): workspace files (`.json`; they
 * end in .owb.json, but "Open with" may hand over a renamed one) and journey
 * files or sheets for the journey import (`.yaml`, `.yml`, `.csv`) — not
 * options — resolved against the directory that process was started in.
 */
const OPENABLE = /\.(json|ya?ml|csv)$/i;

export function workspaceFilesInArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && OPENABLE.test(arg))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
}

/**
 * A start's command line (this process's, or a second instance's that the
 * single-instance lock forwarded to the running app): read its workspace files
 * into the queue, in the order given.
 */
export async function openFilesFromArgv(argv: readonly string[], cwd: string, queue: OpenedFiles): Promise<void> {
  for (const path of workspaceFilesInArgv(argv, cwd)) queue.add(await readOpenedFile(path));
}
