import type { z } from 'zod';
import { problem, type FileProblem } from './problems';

/**
 * Schema issues as file problems: a misspelt key, a word where a number
 * belongs, a value out of range — each with its path, so the reader of the
 * file can name the line.
 */

export type Path = readonly (string | number)[];
export type LineOf = (path: Path, key?: string) => number | null;

const MAX_PROBLEMS = 50;

function shown(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The value at a path of plain data (undefined when absent). */
function valueAt(root: unknown, path: Path): unknown {
  let at = root;
  for (const part of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[part];
  }
  return at;
}

export function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  document: number,
  lineOf: LineOf,
): FileProblem[] {
  const out: FileProblem[] = [];
  for (const issue of issues) {
    if (out.length >= MAX_PROBLEMS) break;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const value = valueAt(data, path);
    const at = (extra: Parameters<typeof problem>[2]) => ({ document, line: lineOf(path), ...extra });
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys)
          out.push(problem('unknown_key', [...path, key], { document, line: lineOf(path, key), value: key }));
        break;
      case 'invalid_type':
        out.push(
          value === undefined
            ? problem('missing', path, at({}))
            : problem('wrong_type', path, at({ expected: issue.expected, value: shown(value) })),
        );
        break;
      case 'too_big':
      case 'too_small': {
        const big = issue.code === 'too_big';
        const limit = String(big ? issue.maximum : issue.minimum);
        const token =
          issue.origin === 'string'
            ? `${big ? 'max_length' : 'min_length'}:${limit}`
            : issue.origin === 'array'
              ? `max_items:${limit}`
              : `${big ? 'max' : 'min'}:${limit}`;
        out.push(
          problem('invalid_value', path, at({ expected: token, value: issue.origin === 'string' ? '' : shown(value) })),
        );
        break;
      }
      case 'invalid_value':
        out.push(
          problem(
            'invalid_value',
            path,
            at({ expected: `one_of:${issue.values.map(String).join('|')}`, value: shown(value) }),
          ),
        );
        break;
      default:
        out.push(problem('invalid_value', path, at({ expected: 'format', value: shown(value) })));
    }
  }
  return out;
}
