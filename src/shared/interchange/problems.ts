/**
 * Why a journey file cannot be imported, with where: the document (a file may
 * hold several journeys), the line, and the path of keys to the value. The
 * page words each code in the user's language; `fileProblemText` is the
 * English sentence for API errors, logs and tests.
 */

export const FILE_PROBLEM_CODES = [
  'too_large',
  'empty',
  'syntax',
  'duplicate_yaml_key',
  'aliases',
  'not_journey_file',
  'newer_version',
  'unknown_key',
  'wrong_type',
  'invalid_value',
  'missing',
  'duplicate_reference',
  'dangling_reference',
  'self_reference',
] as const;
export type FileProblemCode = (typeof FILE_PROBLEM_CODES)[number];

/** What a reference must point to, for dangling references. */
export type ReferenceKind = 'touchpoint' | 'backstage' | 'stage';

export interface FileProblem {
  code: FileProblemCode;
  /** 1-based document in the file; 1 for a file with one journey. */
  document: number;
  /** 1-based line, when the problem has a place. */
  line: number | null;
  /** Keys and list positions to the value, e.g. stages[2].steps[0].touchpoints[1].emotion (positions 0-based). */
  path: string;
  /** The offending key, reference or value, shown quoted; '' when there is none. */
  value: string;
  /** For wrong_type: what was expected; for invalid_value: what is allowed; for dangling references: the kind. */
  expected: string;
}

export function problem(
  code: FileProblemCode,
  path: readonly (string | number)[],
  extra: Partial<Pick<FileProblem, 'value' | 'expected' | 'line' | 'document'>> = {},
): FileProblem {
  return {
    code,
    document: extra.document ?? 1,
    line: extra.line ?? null,
    path: pathText(path),
    value: extra.value ?? '',
    expected: extra.expected ?? '',
  };
}

export function pathText(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value lines)',
};

/** What an invalid_value's `expected` token says: max_length:200, max:2, min:-2, max_items:500, one_of:a|b, format. */
export function expectedText(token: string): string {
  const [kind, arg = ''] = token.split(/:(.*)/s);
  switch (kind) {
    case 'max_length':
      return `is too long (at most ${arg} characters)`;
    case 'min_length':
      return arg === '1' ? 'must not be empty' : `needs at least ${arg} characters`;
    case 'max':
      return `must be at most ${arg}`;
    case 'min':
      return `must be at least ${arg}`;
    case 'max_items':
      return `may have at most ${arg} entries`;
    case 'one_of':
      return `must be one of ${arg.split('|').join(', ')}`;
    default:
      return 'has the wrong form';
  }
}

const SENTENCES: Record<FileProblemCode, (p: FileProblem) => string> = {
  too_large: (p) => `the file is too large to import (the limit is ${p.expected} MB)`,
  empty: () => 'the file is empty',
  syntax: (p) => `this is not valid YAML (${p.value})`,
  duplicate_yaml_key: (p) => `the key "${p.value}" appears twice in one mapping`,
  aliases: () => 'the file repeats parts (YAML aliases) so often that reading it would exhaust memory',
  not_journey_file: () => 'this is not an Omnichannel Workbench journey file',
  newer_version: (p) =>
    `the file has format version ${p.value}, made by a newer version of the app; this one reads version ${p.expected}`,
  unknown_key: (p) => `unknown key "${p.value}"`,
  wrong_type: (p) => `${p.path || 'the value'} should be ${TYPE_WORDS[p.expected] ?? p.expected}`,
  invalid_value: (p) => `${p.path || 'the value'} ${expectedText(p.expected)}${p.value ? ` (found ${p.value})` : ''}`,
  missing: (p) => `${p.path} is missing`,
  duplicate_reference: (p) => `"${p.value}" is used twice; ${p.expected} must be unique`,
  dangling_reference: (p) => `"${p.value}" names no ${p.expected} of this file`,
  self_reference: (p) => `"${p.value}" points to itself`,
};

/** One English sentence: "line 12: unknown key "titel" (stages[0].steps[1]…)". */
export function fileProblemText(p: FileProblem): string {
  const where = [p.document > 1 ? `journey ${p.document}` : '', p.line !== null ? `line ${p.line}` : '']
    .filter(Boolean)
    .join(', ');
  const at =
    p.path && p.code !== 'wrong_type' && p.code !== 'missing' && p.code !== 'invalid_value' ? ` at ${p.path}` : '';
  return `${where ? `${where}: ` : ''}${SENTENCES[p.code](p)}${at}`;
}
