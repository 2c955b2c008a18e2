/**
 * SMS segment counting (GSM 03.38 / 3GPP TS 23.038).
 *
 * A text made only of GSM-7 characters is sent in 7-bit septets: 160 in a single
 * SMS, 153 per part once it is split (the rest of each part carries the header
 * that glues the parts together). Characters of the extension table cost two
 * septets (escape + character). One character outside GSM-7 switches the whole
 * text to UCS-2: 70 UTF-16 code units in a single SMS, 67 per part; an emoji
 * outside the Basic Multilingual Plane is a surrogate pair and costs two units.
 *
 * Parts are packed the way phones do: an escape sequence or a surrogate pair is
 * never cut in two, so a part can end one unit short of its capacity. An empty
 * text counts as zero segments.
 */

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface SmsCount {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
  /** Capacity of each segment at this length: 160/153 or 70/67. */
  unitsPerSegment: number;
  /** Units still free in the last segment before another one starts. */
  remaining: number;
}

export const GSM7_SINGLE = 160;
export const GSM7_PART = 153;
export const UCS2_SINGLE = 70;
export const UCS2_PART = 67;

export const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
export const GSM7_EXTENSION = '\f^{}\\[~]|€';

/** Septets per UTF-16 code unit; 0 = not in GSM-7. Every GSM-7 character lies below U+20AD. */
const SEPTETS = new Uint8Array(0x20ad);
for (const ch of GSM7_BASIC) SEPTETS[ch.charCodeAt(0)] = 1;
for (const ch of GSM7_EXTENSION) SEPTETS[ch.charCodeAt(0)] = 2;

/** Septets the character costs in GSM-7 (1 or 2), or 0 when it forces UCS-2. */
export function gsm7Cost(codeUnit: number): number {
  return codeUnit < SEPTETS.length ? (SEPTETS[codeUnit] ?? 0) : 0;
}

export function isGsm7(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (gsm7Cost(text.charCodeAt(i)) === 0) return false;
  return true;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function summary(
  encoding: SmsEncoding,
  units: number,
  single: number,
  part: number,
  packed: () => [number, number],
): SmsCount {
  if (units <= single) {
    return { encoding, units, segments: units === 0 ? 0 : 1, unitsPerSegment: single, remaining: single - units };
  }
  const [segments, used] = packed();
  return { encoding, units, segments, unitsPerSegment: part, remaining: part - used };
}

export function countSms(text: string): SmsCount {
  if (isGsm7(text)) {
    let units = 0;
    for (let i = 0; i < text.length; i += 1) units += gsm7Cost(text.charCodeAt(i));
    return summary('gsm7', units, GSM7_SINGLE, GSM7_PART, () => {
      let segments = 1;
      let used = 0;
      for (let i = 0; i < text.length; i += 1) {
        const cost = gsm7Cost(text.charCodeAt(i));
        if (used + cost > GSM7_PART) {
          segments += 1;
          used = 0;
        }
        used += cost;
      }
      return [segments, used];
    });
  }
  return summary('ucs2', text.length, UCS2_SINGLE, UCS2_PART, () => {
    let segments = 1;
    let used = 0;
    for (let i = 0; i < text.length; i += 1) {
      const pair = isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1));
      const cost = pair ? 2 : 1;
      if (used + cost > UCS2_PART) {
        segments += 1;
        used = 0;
      }
      used += cost;
      if (pair) i += 1;
    }
    return [segments, used];
  });
}

/** Typographic characters with a GSM-7 look-alike; '' means the character can simply go. */
const REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  ['“', '"'],
  ['”', '"'],
  ['„', '"'],
  ['‟', '"'],
  ['«', '"'],
  ['»', '"'],
  ['″', '"'],
  ['‘', "'"],
  ['’', "'"],
  ['‚', "'"],
  ['‛', "'"],
  ['‹', "'"],
  ['›', "'"],
  ['′', "'"],
  ['´', "'"],
  ['`', "'"],
  ['–', '-'],
  ['—', '-'],
  ['‒', '-'],
  ['−', '-'],
  ['‐', '-'],
  ['‑', '-'],
  ['•', '-'],
  ['…', '...'],
  ['\u00a0', ' '],
  ['\u2002', ' '],
  ['\u2003', ' '],
  ['\u2009', ' '],
  ['\u200a', ' '],
  ['\u202f', ' '],
  ['\t', ' '],
  ['\u00ad', ''],
  ['\u200b', ''],
  ['\ufeff', ''],
]);

export interface SmsCulprit {
  /** UTF-16 offsets; `end` exclusive. An emoji with modifiers or joiners is one culprit. */
  start: number;
  end: number;
  text: string;
  /** A GSM-7 stand-in, or null when there is none (emoji, most foreign letters). */
  replacement: string | null;
}

/** Code points that belong to the character before them (joiners, variation selectors, skin tones, combining marks, tags). */
function attaches(cp: number, previous: number): boolean {
  return (
    cp === 0x200d ||
    previous === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    cp === 0x20e3 ||
    // The second regional indicator of a flag.
    (cp >= 0x1f1e6 && cp <= 0x1f1ff && previous >= 0x1f1e6 && previous <= 0x1f1ff)
  );
}

/** The characters that keep a text out of GSM-7, in order. */
export function findUnicodeCulprits(text: string): SmsCulprit[] {
  const culprits: SmsCulprit[] = [];
  let previous = -1;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    if (cp > 0xffff || gsm7Cost(cp) === 0) {
      const last = culprits[culprits.length - 1];
      if (last && last.end === i && attaches(cp, previous)) {
        last.end = i + width;
        last.text = text.slice(last.start, last.end);
        last.replacement = null;
      } else {
        const ch = text.slice(i, i + width);
        culprits.push({ start: i, end: i + width, text: ch, replacement: REPLACEMENTS.get(ch) ?? null });
      }
    }
    previous = cp;
    i += width;
  }
  return culprits;
}

export interface SmsUnicodeCost {
  count: SmsCount;
  culprits: SmsCulprit[];
  /** The text with every culprit that has a stand-in replaced by it. */
  replaced: string;
  afterReplacement: SmsCount;
  /** As if the culprits without a stand-in were deleted as well: the GSM-7 best case. */
  withoutCulprits: SmsCount;
  /** Segments saved by the replacements alone, and by also deleting the rest. */
  savedByReplacement: number;
  savedWithoutCulprits: number;
}

/** What the characters forcing Unicode cost, and what the text would cost without them. */
export function smsUnicodeCost(text: string): SmsUnicodeCost {
  const count = countSms(text);
  const culprits = count.encoding === 'ucs2' ? findUnicodeCulprits(text) : [];
  let replaced = '';
  let stripped = '';
  let from = 0;
  for (const c of culprits) {
    const between = text.slice(from, c.start);
    replaced += between + (c.replacement ?? c.text);
    stripped += between + (c.replacement ?? '');
    from = c.end;
  }
  replaced += text.slice(from);
  stripped += text.slice(from);
  const afterReplacement = culprits.length === 0 ? count : countSms(replaced);
  const withoutCulprits = culprits.length === 0 ? count : countSms(stripped);
  return {
    count,
    culprits,
    replaced,
    afterReplacement,
    withoutCulprits,
    savedByReplacement: count.segments - afterReplacement.segments,
    savedWithoutCulprits: count.segments - withoutCulprits.segments,
  };
}
