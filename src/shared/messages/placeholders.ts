/**
 * Placeholders: `{{key}}` in a message stands for the value of the workspace
 * fact with that key, so a price or a hotline number is typed once and cannot
 * drift between channels.
 *
 * Parsing never throws: whatever a user types, the result lists the well-formed
 * placeholders and every brace that does not form one, with its position
 * (UTF-16 offsets into the text, `end` exclusive), so an editor can underline it.
 * Spaces just inside the braces are tolerated (`{{ price }}`), because template
 * languages the team may know accept them; the key itself must match
 * PLACEHOLDER_KEY_PATTERN. A placeholder never spans a line break.
 */

export const PLACEHOLDER_KEY_PATTERN = /^[a-z][a-z0-9_]*$/;

export interface Placeholder {
  key: string;
  start: number;
  end: number;
}

export const PLACEHOLDER_PROBLEMS = [
  /** `{{price` or `{{price}`: opened with two braces, never closed with two. */
  'unclosed',
  /** `{price}}` or `price}}`: closed with two braces, never opened with two. */
  'unopened',
  /** `{price}`: one brace each side. */
  'single_braces',
  /** `{{}}` or `{{ }}`. */
  'empty',
  /** `{{Price}}`, `{{first name}}`: braces fine, key not allowed. */
  'invalid_key',
  /** A lone `{` or `}`, or the surplus of `{{{`. */
  'stray_brace',
] as const;
export type PlaceholderProblemKind = (typeof PLACEHOLDER_PROBLEMS)[number];

export interface PlaceholderProblem {
  kind: PlaceholderProblemKind;
  start: number;
  end: number;
  /** The key the user probably meant, when the text between the braces is a valid key. */
  key?: string;
}

export interface ParsedText {
  readonly text: string;
  readonly placeholders: readonly Placeholder[];
  readonly problems: readonly PlaceholderProblem[];
}

/** Fact values by key. */
export type FactValues = ReadonlyMap<string, string>;

const OPEN = 0x7b;
const CLOSE = 0x7d;
const NEWLINE = 0x0a;
/** Shared by every text without placeholders; not frozen, so all results keep one array kind. */
const NONE: readonly never[] = [];

function isKeyChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** First index at or after `from` holding a brace or a line break (or the text's length). */
function scanInner(text: string, from: number): number {
  let k = from;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === OPEN || c === CLOSE || c === NEWLINE) break;
    k += 1;
  }
  return k;
}

/** Index of the next brace at or after `from`, or the text's length. */
function nextBrace(text: string, from: number): number {
  const open = text.indexOf('{', from);
  const close = text.indexOf('}', from);
  if (open < 0) return close < 0 ? text.length : close;
  return close < 0 || open < close ? open : close;
}

/** The key between `from` and `to` (spaces around it ignored), or undefined when it is not a valid key. */
function keyAt(text: string, from: number, to: number): string | undefined {
  let a = from;
  let b = to;
  while (a < b && text.charCodeAt(a) === 0x20) a += 1;
  while (b > a && text.charCodeAt(b - 1) === 0x20) b -= 1;
  if (a === b) return undefined;
  const first = text.charCodeAt(a);
  if (first < 0x61 || first > 0x7a) return undefined;
  for (let k = a + 1; k < b; k += 1) {
    const c = text.charCodeAt(k);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f)) return undefined;
  }
  return text.slice(a, b);
}

function withKey(problem: PlaceholderProblem, key: string | undefined): PlaceholderProblem {
  if (key !== undefined) problem.key = key;
  return problem;
}

export function parsePlaceholders(text: string): ParsedText {
  // Most texts carry no braces at all; skip the scanner for them.
  if (text.indexOf('{') < 0 && text.indexOf('}') < 0) return { text, placeholders: NONE, problems: NONE };
  const placeholders: Placeholder[] = [];
  const problems: PlaceholderProblem[] = [];
  const n = text.length;
  let i = nextBrace(text, 0);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === CLOSE) {
      let j = i;
      while (j < n && text.charCodeAt(j) === CLOSE) j += 1;
      problems.push({ kind: j - i >= 2 ? 'unopened' : 'stray_brace', start: i, end: j });
      i = j;
      continue;
    }
    if (c !== OPEN) {
      i = nextBrace(text, i + 1);
      continue;
    }
    let run = i;
    while (run < n && text.charCodeAt(run) === OPEN) run += 1;
    if (run - i === 1) {
      i = single(text, i, problems);
      continue;
    }
    // `{{{`: the last two braces open the placeholder, the rest are surplus.
    if (run - i > 2) problems.push({ kind: 'stray_brace', start: i, end: run - 2 });
    i = double(text, run - 2, placeholders, problems);
  }
  return { text, placeholders, problems };
}

/** Handles `{{` at `p`; returns where scanning continues. */
function double(text: string, p: number, placeholders: Placeholder[], problems: PlaceholderProblem[]): number {
  const q = scanInner(text, p + 2);
  const key = keyAt(text, p + 2, q);
  if (text.charCodeAt(q) === CLOSE && text.charCodeAt(q + 1) === CLOSE) {
    if (key !== undefined) placeholders.push({ key, start: p, end: q + 2 });
    else problems.push({ kind: text.slice(p + 2, q).trim() === '' ? 'empty' : 'invalid_key', start: p, end: q + 2 });
    return q + 2;
  }
  if (text.charCodeAt(q) === CLOSE) {
    problems.push(withKey({ kind: 'unclosed', start: p, end: q + 1 }, key));
    return q + 1;
  }
  // Nothing closes it on this line: mark only the key-like start, not the rest of the sentence.
  let end = p + 2;
  while (end < q && isKeyChar(text.charCodeAt(end))) end += 1;
  problems.push(withKey({ kind: 'unclosed', start: p, end }, keyAt(text, p + 2, end)));
  return end;
}

/** Handles a single `{` at `i`; returns where scanning continues. */
function single(text: string, i: number, problems: PlaceholderProblem[]): number {
  const q = scanInner(text, i + 1);
  if (text.charCodeAt(q) !== CLOSE) {
    problems.push({ kind: 'stray_brace', start: i, end: i + 1 });
    return i + 1;
  }
  const key = keyAt(text, i + 1, q);
  if (text.charCodeAt(q + 1) === CLOSE) {
    problems.push(withKey({ kind: 'unopened', start: i, end: q + 2 }, key));
    return q + 2;
  }
  problems.push(withKey({ kind: 'single_braces', start: i, end: q + 1 }, key));
  return q + 1;
}

export interface RenderedText {
  /** The text as the customer sees it. Unknown placeholders and broken braces stay as typed. */
  text: string;
  placeholders: readonly Placeholder[];
  /** Placeholders whose key names no fact. */
  unknown: readonly Placeholder[];
  problems: readonly PlaceholderProblem[];
}

/**
 * Fills placeholders from parsed text. Fact values are inserted literally, not
 * rendered again, so a fact cannot pull in another one (or itself).
 */
export function renderParsed(parsed: ParsedText, facts: FactValues): RenderedText {
  const { text, placeholders, problems } = parsed;
  if (placeholders.length === 0) return { text, placeholders, unknown: NONE, problems };
  // Joined rather than concatenated: join yields a flat string, where `+=`
  // yields a rope that every later search would first have to flatten.
  const parts: string[] = [];
  let from = 0;
  let unknown: Placeholder[] | null = null;
  for (const p of placeholders) {
    const value = facts.get(p.key);
    if (value === undefined) {
      (unknown ??= []).push(p);
      continue;
    }
    parts.push(text.slice(from, p.start), value);
    from = p.end;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), placeholders, unknown: unknown ?? NONE, problems };
}

export function renderText(text: string, facts: FactValues): RenderedText {
  return renderParsed(parsePlaceholders(text), facts);
}

/** The distinct keys of the well-formed placeholders in a text, in order of first use. */
export function placeholderKeys(text: string): string[] {
  return [...new Set(parsePlaceholders(text).placeholders.map((p) => p.key))];
}

export interface FactLike {
  id: string;
  key: string;
  value: string;
  archived?: boolean;
  tombstone?: boolean;
}

/**
 * The values messages are rendered with. Archived and deleted facts are left
 * out, so a message still using one shows it as an unknown placeholder. When
 * two facts share a key (created concurrently on two clients), the lower id
 * wins on every client alike.
 */
export function factValues(facts: readonly FactLike[]): Map<string, string> {
  const chosen = new Map<string, FactLike>();
  for (const f of facts) {
    if (f.tombstone || f.archived || !PLACEHOLDER_KEY_PATTERN.test(f.key)) continue;
    const prev = chosen.get(f.key);
    if (!prev || f.id < prev.id) chosen.set(f.key, f);
  }
  return new Map([...chosen].map(([key, f]) => [key, f.value]));
}
