/**
 * Numbers that mean something — prices, percentages, durations, times of day,
 * phone numbers — found in free text, in German and English notation. The
 * consistency check compares those typed by hand with the facts' values
 * (see contradictions.ts); a bare number without a unit is never taken, since
 * "3 sizes" or "since 1950" say nothing a fact could contradict.
 *
 * Number notation: when both `.` and `,` occur, the last one is the decimal
 * separator (1.299,00 and 1,299.00). When only one occurs, it separates
 * thousands if it occurs more than once or is followed by exactly three digits
 * (1.000 and 1,000 are a thousand), otherwise it is the decimal separator
 * (49,90 and 49.90). German `49,–` and `49,--` are 49.
 */

export interface Quantity {
  /** What kind of value: `money:EUR`, `percent`, `duration:day`, `time`, `phone`, … */
  shape: string;
  /** Numeric value; minutes since midnight for times. Phones compare by `digits`. */
  value: number;
  /** Phones only: the number's digits, national form (+49 30… → 030…). */
  digits?: string;
  start: number;
  end: number;
  text: string;
}

const NUM = String.raw`\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?`;
// Not "Fr." for francs: in German text it is Friday ("Mo–Fr. 9–18 Uhr").
const CUR = String.raw`€|EUR|Euro|\$|USD|£|GBP|CHF`;
const DASH = String.raw`,(?:[-–]{1,2})`;
const RANGE = String.raw`\s?(?:[-–]|bis|to)\s?`;

/** Unit words; order matters where one is a prefix of another. */
const UNITS: readonly (readonly [string, string])[] = [
  ['percent', String.raw`%|Prozent|percent|per cent`],
  [
    'duration:day',
    String.raw`Werktagen|Werktage|Werktag|Arbeitstagen|Arbeitstage|Arbeitstag|Tagen|Tage|Tag|business days?|working days?|days?`,
  ],
  ['duration:hour', String.raw`Stunden|Stunde|Std\.?|hours?|hrs?|h`],
  ['duration:minute', String.raw`Minuten|Minute|Min\.?|minutes?|mins?`],
  ['duration:week', String.raw`Wochen|Woche|weeks?`],
  ['duration:month', String.raw`Monaten|Monate|Monat|months?`],
  ['duration:year', String.raw`Jahren|Jahre|Jahr|years?`],
  ['distance:km', 'km'],
  ['weight:kg', 'kg'],
];

const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['€', 'EUR'],
  ['eur', 'EUR'],
  ['euro', 'EUR'],
  ['$', 'USD'],
  ['usd', 'USD'],
  ['£', 'GBP'],
  ['gbp', 'GBP'],
  ['chf', 'CHF'],
]);

const unitGroups = UNITS.map(([, words], i) => `(?<u${i}>${words})`).join('|');
const PATTERN = new RegExp(
  String.raw`(?<![\w.,])(?:` +
    [
      String.raw`(?<cur1>${CUR})\s?(?<m1>${NUM})(?:${DASH})?`,
      String.raw`(?<m2>${NUM})(?:${DASH})?\s?(?<cur2>${CUR})(?!\p{L})`,
      String.raw`(?<t1>\d{1,2}(?:[:.]\d{2})?)(?:${RANGE}(?<t2>\d{1,2}(?:[:.]\d{2})?))?\s?(?<tu>Uhr|am|pm|a\.m\.|p\.m\.)(?!\p{L})`,
      String.raw`(?<t3>\d{1,2}:\d{2})(?:\s?[-–]\s?(?<t4>\d{1,2}:\d{2}))?(?![\d:])`,
      String.raw`(?<ph>(?:\+\d{1,3}(?:\s?\(0\))?[\s/-]?|0)\d+(?:[\s/-]\d+){0,4})(?!\d|[.,]\d)`,
      String.raw`(?<n1>${NUM})(?:${RANGE}(?<n2>${NUM}))?\s?(?:${unitGroups})(?![\p{L}\d])`,
    ].join('|') +
    ')',
  'giuy',
);
/**
 * Every quantity contains a digit, so the scan jumps from digit run to digit
 * run and tries PATTERN (sticky) only there, or a little before when a
 * currency or "+" precedes the digits; letting PATTERN itself try every
 * position of every text is several times slower. A digit run that does not
 * start a match cannot contain one either: its inner positions fail PATTERN's
 * look-behind.
 */
const DIGIT = /\d/g;
const PREFIX = /(?:[€$£+]|(?<![\w.,])(?:eur|euro|usd|gbp|chf))\s?$/i;

/** A number in German or English notation, or null when it is not one. */
export function parseLocaleNumber(raw: string): number | null {
  let s = raw.replace(/[\u00a0\u202f]/g, '').replace(/,[-–]{1,2}$/, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    s = s.split(thousands).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    const thousands = parts.length > 2 || parts[parts.length - 1]!.length === 3;
    s = thousands ? parts.join('') : parts.join('.');
  }
  if (!/^\d+(?:\.\d+)?$/.test(s)) return null;
  return Number(s);
}

function minutes(raw: string, suffix: string | undefined): number {
  const [h = '0', m = '0'] = raw.split(/[:.]/);
  let hours = Number(h);
  const sfx = (suffix ?? '').toLowerCase().replace(/\./g, '');
  if (sfx === 'pm' && hours < 12) hours += 12;
  if (sfx === 'am' && hours === 12) hours = 0;
  return hours * 60 + Number(m);
}

function phoneDigits(raw: string): string {
  let digits = raw.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (raw.trimStart().startsWith('+')) {
    // German-speaking countries are written +49/+43/+41 or 0…; compare in the national form.
    const national = /^(?:49|43|41)(\d+)$/.exec(digits);
    digits = national ? `0${national[1]!}` : `+${digits}`;
  }
  return digits;
}

const MIN_PHONE_DIGITS = 6;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The match that starts with the digits at `at` or with the currency or sign right before them. */
function matchAround(text: string, at: number): RegExpExecArray | null {
  const prefix = at > 0 ? PREFIX.exec(text.slice(Math.max(0, at - 6), at)) : null;
  if (prefix) {
    PATTERN.lastIndex = at - prefix[0].length;
    const m = PATTERN.exec(text);
    if (m) return m;
  }
  PATTERN.lastIndex = at;
  return PATTERN.exec(text);
}

/** The quantities in a text, in order. Never throws. */
export function extractQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  // test() rather than exec(): most texts hold a few digits or none, and test allocates nothing.
  DIGIT.lastIndex = 0;
  while (DIGIT.test(text)) {
    const digitAt = DIGIT.lastIndex - 1;
    let runEnd = DIGIT.lastIndex;
    while (runEnd < text.length && isDigit(text.charCodeAt(runEnd))) runEnd += 1;
    DIGIT.lastIndex = runEnd;
    // Digits glued to an underscore belong to a placeholder key ({{price_2}}), never to a quantity.
    if (text.charCodeAt(digitAt - 1) === 0x5f) continue;
    const m = matchAround(text, digitAt);
    if (m === null) continue;
    DIGIT.lastIndex = m.index + m[0].length;
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const at = { start, end, text: m[0] };
    const money = g.m1 ?? g.m2;
    if (money !== undefined) {
      const value = parseLocaleNumber(money);
      const cur = CURRENCIES.get((g.cur1 ?? g.cur2 ?? '').toLowerCase());
      if (value !== null && cur) out.push({ shape: `money:${cur}`, value, ...at });
    } else if (g.t1 !== undefined || g.t3 !== undefined) {
      const suffix = g.tu;
      for (const t of [g.t1 ?? g.t3, g.t2 ?? g.t4])
        if (t !== undefined) out.push({ shape: 'time', value: minutes(t, suffix), ...at });
    } else if (g.ph !== undefined) {
      const digits = phoneDigits(g.ph);
      if (digits.replace('+', '').length >= MIN_PHONE_DIGITS) out.push({ shape: 'phone', value: 0, digits, ...at });
    } else if (g.n1 !== undefined) {
      const unit = UNITS.find((_, i) => g[`u${i}`] !== undefined);
      if (!unit) continue;
      for (const n of [g.n1, g.n2]) {
        const value = n === undefined ? null : parseLocaleNumber(n);
        if (value !== null) out.push({ shape: unit[0], value, ...at });
      }
    }
  }
  return out;
}
