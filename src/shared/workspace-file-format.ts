import { z } from 'zod';
import { ChangeRejected, parseChanges, type Change } from './changes';
import { DEFAULT_MAX_DRIFT_MS, parseTimestamp } from './hlc';
import { idSchema } from './schema/columns';

/**
 * The workspace file: a whole workspace as one JSON document, to hand to a
 * colleague who works offline. It carries the workspace's complete change log,
 * every field with its clock stamp, so importing merges through the write path
 * (newest stamp wins per field) instead of overwriting: importing twice, or an
 * older copy, loses and duplicates nothing.
 *
 * Reading is shared by both sides: the page checks a file before sending it (and
 * names the problem in the user's language), the desktop side checks it again
 * before anything is written.
 */

export const WORKSPACE_FILE_FORMAT = 'omnichannel-workbench/workspace';
export const WORKSPACE_FILE_VERSION = 1;
export const WORKSPACE_FILE_EXTENSION = '.owb.json';
/** Characters of file text; a workspace of several big journeys is a few MB. */
export const MAX_WORKSPACE_FILE_CHARS = 64 * 1024 * 1024;
export const MAX_WORKSPACE_FILE_CHANGES = 1_000_000;

export interface WorkspaceFileHeader {
  format: typeof WORKSPACE_FILE_FORMAT;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  workspace: { id: string; name: string };
  changeCount: number;
  /** sha256 (hex) of the canonical text of `changes` (see canonicalChanges). */
  checksum: string;
}

export interface WorkspaceFileContent {
  header: WorkspaceFileHeader;
  changes: Change[];
}

export type WorkspaceFileProblemCode =
  | 'empty'
  | 'too_large'
  | 'truncated'
  | 'damaged'
  | 'not_workspace_file'
  | 'newer_version'
  | 'invalid_change'
  | 'future_stamps';

type Params = Record<string, string | number>;

const SENTENCES: Record<WorkspaceFileProblemCode, (p: Params) => string> = {
  empty: () => 'The file is empty.',
  too_large: (p) => `The file is too large to import (the limit is ${p.limitMb} MB).`,
  truncated: () =>
    'The file is incomplete (cut off), perhaps by an interrupted copy or download. Ask for the file again.',
  damaged: (p) => `The file is damaged (${p.detail}). Ask for the file again.`,
  not_workspace_file: () => 'This is not an Omnichannel Workbench workspace file.',
  newer_version: (p) =>
    `The file was made by a newer version of the app (file format ${p.version}). Update the app to import it.`,
  invalid_change: (p) =>
    `The file contains data this version of the app does not accept (${p.detail}). It may come from a newer version, or it is damaged.`,
  future_stamps: (p) =>
    `The file contains changes dated ${p.ahead} in the future (${p.at}). Check the date and time of this computer and of the one that made the file.`,
};

/** Why a file is not imported; the message is the English sentence the API reports. */
export class WorkspaceFileRefused extends Error {
  constructor(
    readonly code: WorkspaceFileProblemCode,
    readonly params: Params = {},
  ) {
    super(SENTENCES[code](params));
    this.name = 'WorkspaceFileRefused';
  }
}

const headerSchema = z.object({
  format: z.literal(WORKSPACE_FILE_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(100),
  exportedAt: z.string().max(40),
  workspace: z.object({ id: idSchema, name: z.string().max(500) }),
  changeCount: z.number().int().min(0),
  checksum: z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in hex'),
  changes: z.array(z.unknown()),
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The text the checksum covers: each change as [hlc, table, row, column, value].
 * Built from parsed values, so the key order inside the file does not matter.
 */
export function canonicalChanges(changes: readonly unknown[]): string {
  return JSON.stringify(changes.map((c) => (isRecord(c) ? [c.hlc, c.table, c.row, c.column, c.value] : c)));
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The file text: the header as indented JSON, then one change per line, so the
 * file stays readable and a cut-off copy is recognisable as such.
 */
export async function writeWorkspaceFile(
  meta: { appVersion: string; exportedAt: string; workspace: { id: string; name: string } },
  changes: readonly Change[],
): Promise<string> {
  const ordered = changes.map((c) => ({ hlc: c.hlc, table: c.table, row: c.row, column: c.column, value: c.value }));
  const header: WorkspaceFileHeader = {
    format: WORKSPACE_FILE_FORMAT,
    formatVersion: WORKSPACE_FILE_VERSION,
    appVersion: meta.appVersion,
    exportedAt: meta.exportedAt,
    workspace: meta.workspace,
    changeCount: ordered.length,
    checksum: await sha256Hex(canonicalChanges(ordered)),
  };
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  const body = ordered.map((c) => JSON.stringify(c)).join(',\n');
  return `${head},\n  "changes": [\n${body}\n  ]\n}\n`;
}

/** A file name without characters file systems refuse: `Muster-GmbH-2026-11-23.owb.json`. */
export function workspaceFileName(workspaceName: string, date: Date): string {
  const printable = Array.from(workspaceName.normalize('NFC'), (ch) => (ch < ' ' ? ' ' : ch)).join('');
  const slug = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return `${slug || 'Workspace'}-${date.toISOString().slice(0, 10)}${WORKSPACE_FILE_EXTENSION}`;
}

function aheadText(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 120) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} days`;
}

/** Our own header near the start: the text was meant to be a workspace file. */
function looksLikeOurs(text: string): boolean {
  return text.trimStart().startsWith('{') && text.slice(0, 400).includes(`"${WORKSPACE_FILE_FORMAT}"`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    if (!looksLikeOurs(text)) throw new WorkspaceFileRefused('not_workspace_file');
    // Our files end with the closing brace; a copy that stops early does not.
    if (!text.trimEnd().endsWith('}')) throw new WorkspaceFileRefused('truncated');
    throw new WorkspaceFileRefused('damaged', { detail: 'it is not valid JSON' });
  }
}

/**
 * Checks everything a file claims before anything is written: its kind and
 * version, its completeness (change count and checksum), every change against
 * the allow-list and the column schemas, the workspace row it may touch, and
 * its clock stamps against `now`. Throws WorkspaceFileRefused.
 */
export async function readWorkspaceFile(text: string, now: number): Promise<WorkspaceFileContent> {
  if (text.length > MAX_WORKSPACE_FILE_CHARS) {
    throw new WorkspaceFileRefused('too_large', { limitMb: MAX_WORKSPACE_FILE_CHARS / (1024 * 1024) });
  }
  if (text.trim().length === 0) throw new WorkspaceFileRefused('empty');
  const data = parseJson(text.replace(/^\uFEFF/, ''));
  if (!isRecord(data) || data.format !== WORKSPACE_FILE_FORMAT) throw new WorkspaceFileRefused('not_workspace_file');
  // Checked before the rest: a newer format may have changed anything else.
  if (typeof data.formatVersion === 'number' && data.formatVersion > WORKSPACE_FILE_VERSION) {
    throw new WorkspaceFileRefused('newer_version', { version: data.formatVersion });
  }
  const parsed = headerSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new WorkspaceFileRefused('damaged', {
      detail: `${issue?.path.join('.') || 'header'}: ${issue?.message ?? 'invalid'}`,
    });
  }
  const { changes: raw, ...header } = parsed.data;
  if (raw.length !== header.changeCount) {
    throw new WorkspaceFileRefused('damaged', {
      detail: `it announces ${header.changeCount} changes but holds ${raw.length}`,
    });
  }
  if ((await sha256Hex(canonicalChanges(raw))) !== header.checksum) {
    throw new WorkspaceFileRefused('damaged', { detail: 'its content does not match its checksum' });
  }
  let changes: Change[];
  try {
    changes = parseChanges(raw, MAX_WORKSPACE_FILE_CHANGES);
  } catch (err) {
    if (err instanceof ChangeRejected) throw new WorkspaceFileRefused('invalid_change', { detail: err.message });
    throw err;
  }
  let newest = '';
  changes.forEach((c, i) => {
    if (c.table === 'workspaces' && c.row !== header.workspace.id) {
      throw new WorkspaceFileRefused('invalid_change', { detail: `change ${i + 1}: it edits another workspace` });
    }
    if (c.hlc > newest) newest = c.hlc;
  });
  // Such stamps would make every later edit here lose, and the sync server refuses them.
  const stamp = newest ? parseTimestamp(newest) : null;
  if (stamp && stamp.millis - now > DEFAULT_MAX_DRIFT_MS) {
    throw new WorkspaceFileRefused('future_stamps', {
      ahead: aheadText(stamp.millis - now),
      at: new Date(stamp.millis).toISOString(),
    });
  }
  return { header, changes };
}
