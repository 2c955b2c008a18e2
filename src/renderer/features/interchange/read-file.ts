import { MAX_JOURNEY_FILE_CHARS } from '../../../shared/interchange/format';
import { MAX_SHEET_BYTES } from '../../../shared/interchange/sheet-preview';

/**
 * A file the user picked, read for the desktop side: a journey file as text,
 * a spreadsheet as bytes (base64). Sizes are checked first, so a 50 MB file
 * is refused without being read.
 */

export type PickedFile =
  { kind: 'yaml'; name: string; content: string } | { kind: 'sheet'; name: string; base64: string };

export type PickProblem = { code: 'too_large'; limitMb: number } | { code: 'unknown_type' };

export const ACCEPTED = '.yaml,.yml,.xlsx,.xls,.csv,.txt';

export function kindOf(name: string): 'yaml' | 'sheet' | null {
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  if (/\.(xlsx|xlsm|xls|csv|txt)$/i.test(name)) return 'sheet';
  return null;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export async function readPicked(file: File): Promise<PickedFile | PickProblem> {
  const kind = kindOf(file.name);
  if (kind === null) return { code: 'unknown_type' };
  if (kind === 'yaml') {
    // UTF-8 takes up to three bytes a character: a larger file cannot be under the character limit.
    const tooLarge = { code: 'too_large' as const, limitMb: MAX_JOURNEY_FILE_CHARS / (1024 * 1024) };
    if (file.size > MAX_JOURNEY_FILE_CHARS * 3) return tooLarge;
    const content = await file.text();
    return content.length > MAX_JOURNEY_FILE_CHARS ? tooLarge : { kind, name: file.name, content };
  }
  if (file.size > MAX_SHEET_BYTES) return { code: 'too_large', limitMb: MAX_SHEET_BYTES / (1024 * 1024) };
  return { kind, name: file.name, base64: toBase64(new Uint8Array(await file.arrayBuffer())) };
}

export function isProblem(x: PickedFile | PickProblem): x is PickProblem {
  return 'code' in x;
}
