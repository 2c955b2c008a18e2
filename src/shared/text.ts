/**
 * Text that can be stored and sent on unchanged. A UTF-16 string may hold an
 * unpaired surrogate, which has no UTF-8 form: SQLite, PostgreSQL and every
 * encoder would silently turn it into U+FFFD. Such text is refused where it
 * enters, with a reason, instead of being changed on the way.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNPAIRED_SURROGATE = 'contains an unpaired UTF-16 surrogate, which is not valid Unicode';
export const NUL_CHARACTER = 'contains a NUL character (U+0000), which cannot be stored';

export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/**
 * The first string in a parsed JSON value (keys included) that is not valid
 * Unicode, with where it is (`changes.3.value`), or null when all are.
 */
export function findMalformedText(value: unknown, path: (string | number)[] = []): string | null {
  if (typeof value === 'string') return isWellFormed(value) ? null : path.join('.') || 'the text';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findMalformedText(value[i], [...path, i]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (!isWellFormed(key)) return [...path, '(a key)'].join('.');
      const found = findMalformedText(inner, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/** Bytes as UTF-8 text, or null when they are not UTF-8 (rather than replacing what does not decode). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
