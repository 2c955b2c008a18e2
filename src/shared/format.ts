/**
 * Numbers, dates and quotes as the reader's language writes them: "0,67",
 * "−0,33" with a real minus sign, "67 %", "12. März 2026", "vor 3 Tagen",
 * „Zitat“. Everything goes through Intl with the interface language, so
 * nothing depends on the operating system's locale, and one module decides.
 *
 * `createFormatter(language)` gives one language's functions and keeps the Intl
 * objects it builds (they are costly to make); the page makes one per language.
 */

export type FormatLanguage = 'de' | 'en';

/** The interface language from an i18next language tag ("de", "de-DE", "en-GB" …). */
export function formatLanguage(tag: string): FormatLanguage {
  return tag.toLowerCase().startsWith('de') ? 'de' : 'en';
}

const MINUS = '\u2212';

export interface NumberOptions {
  /** Most digits after the decimal separator (default 2); trailing zeros are left out. */
  maxFractionDigits?: number;
  /** Fewest digits after the separator (default 0). */
  minFractionDigits?: number;
  /** Group thousands ("12.345"); default true. */
  grouping?: boolean;
}

type When = Date | number | string;

export interface Formatter {
  readonly language: FormatLanguage;
  /** 1234.5 → "1.234,5" (de) / "1,234.5" (en); −0.33 with a real minus. */
  number(value: number, options?: NumberOptions): string;
  /** A number with its sign always shown, for scores around zero: "+0,67", "−0,33", "0". */
  signed(value: number, options?: NumberOptions): string;
  /** A share from 0 to 1 as a percentage: 0.674 → "67 %" (de) / "67%" (en). */
  percent(ratio: number, options?: NumberOptions): string;
  /** "12.03.2026" / "Mar 12, 2026" (medium) or "12. März 2026" / "March 12, 2026" (long). */
  date(at: When, style?: 'medium' | 'long', timeZone?: string): string;
  /** A day without the year, for axes: "12. März" / "Mar 12". */
  day(at: When, timeZone?: string): string;
  /** Date and time, short enough for a list: "12.03.2026, 14:05" / "Mar 12, 2026, 2:05 PM". */
  dateTime(at: When): string;
  /** "14:05" / "2:05 PM". */
  time(at: When): string;
  /** "vor 3 Tagen", "gestern", "in 5 Minuten", "jetzt" / "3 days ago", "yesterday", "now". */
  relative(at: When, now: When): string;
  /** Text in the language's quotation marks: „Angebot“ (de) / “offer” (en). */
  quote(text: string): string;
  /** "A, B und C" / "A, B, and C". */
  list(items: readonly string[]): string;
  /**
   * An ISO week ("2026-W09") as the language names weeks: "KW 9/2026" (German
   * calendars count Kalenderwochen), "2026-W09" in English; anything else unchanged.
   */
  week(isoWeek: string): string;
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

function numberOptions(o: NumberOptions = {}): Intl.NumberFormatOptions {
  const max = o.maxFractionDigits ?? 2;
  return {
    maximumFractionDigits: max,
    minimumFractionDigits: Math.min(o.minFractionDigits ?? 0, max),
    useGrouping: o.grouping ?? true,
  };
}

const toDate = (at: When): Date => (at instanceof Date ? at : new Date(at));

export function createFormatter(language: FormatLanguage): Formatter {
  const numbers = new Map<string, Intl.NumberFormat>();
  const dates = new Map<string, Intl.DateTimeFormat>();
  let relativeFormat: Intl.RelativeTimeFormat | null = null;
  let listFormat: Intl.ListFormat | null = null;

  const numeric = (value: number, options: Intl.NumberFormatOptions): string => {
    if (!Number.isFinite(value)) return '–';
    const key = JSON.stringify(options);
    let format = numbers.get(key);
    if (!format) numbers.set(key, (format = new Intl.NumberFormat(language, options)));
    // Intl writes a hyphen-minus; print has a minus sign of its own, as wide as the plus.
    return format
      .formatToParts(value)
      .map((p) => (p.type === 'minusSign' ? MINUS : p.value))
      .join('');
  };
  const dated = (at: When, options: Intl.DateTimeFormatOptions): string => {
    const date = toDate(at);
    if (Number.isNaN(date.getTime())) return '–';
    const key = JSON.stringify(options);
    let format = dates.get(key);
    if (!format) dates.set(key, (format = new Intl.DateTimeFormat(language, options)));
    return format.format(date);
  };
  const zone = (timeZone?: string) => (timeZone ? { timeZone } : {});

  return {
    language,
    number: (value, options) => numeric(value, numberOptions(options)),
    signed: (value, options) => numeric(value, { ...numberOptions(options), signDisplay: 'exceptZero' }),
    percent: (ratio, options) =>
      numeric(ratio, { ...numberOptions({ maxFractionDigits: 0, ...options }), style: 'percent' }),
    date: (at, style = 'medium', timeZone) => dated(at, { dateStyle: style, ...zone(timeZone) }),
    day: (at, timeZone) => dated(at, { day: 'numeric', month: 'short', ...zone(timeZone) }),
    dateTime: (at) => dated(at, { dateStyle: 'medium', timeStyle: 'short' }),
    time: (at) => dated(at, { timeStyle: 'short' }),
    relative(at, now) {
      const date = toDate(at);
      const reference = toDate(now);
      if (Number.isNaN(date.getTime()) || Number.isNaN(reference.getTime())) return '–';
      relativeFormat ??= new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
      const seconds = Math.round((date.getTime() - reference.getTime()) / 1000);
      for (const [unit, size] of UNITS) {
        if (Math.abs(seconds) >= size) return relativeFormat.format(Math.trunc(seconds / size), unit);
      }
      return relativeFormat.format(0, 'second');
    },
    quote: (text) => (language === 'de' ? `\u201E${text}\u201C` : `\u201C${text}\u201D`),
    list(items) {
      listFormat ??= new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
      return listFormat.format(items);
    },
    week(isoWeek) {
      const match = /^(\d{4})-W(\d{2})$/.exec(isoWeek);
      if (!match || language !== 'de') return isoWeek;
      return `KW\u00a0${Number(match[2])}/${match[1]}`;
    },
  };
}
