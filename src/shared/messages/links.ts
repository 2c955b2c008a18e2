/**
 * Finding links and images in message text, for channels that cannot carry
 * them (a shop window has no link, an SMS no image).
 *
 * Links: markdown links `[text](target)`, HTML anchors, http(s) and mailto
 * addresses (`tel:` is left alone: a phone number works on every channel),
 * `www.` addresses and bare domains with a common top-level domain
 * (`shop.example.de/angebote`). The top-level domains are a closed list, so
 * that "z.B." or "49.90" are never taken for a domain. An e-mail address is
 * contact information, not a link, and is not reported.
 * Images: markdown `![alt](src)` and HTML `<img …>`. The address inside an
 * image is part of the image, not a separate link.
 */

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

const TLDS = 'com|de|at|ch|net|org|info|eu|shop|store|online|io|co|uk|fr|it|nl|es|app|biz';
const URL_TAIL = '[^\\s<>"\'()\\[\\]]*';
const LINK_SOURCE = [
  '(?<!!)\\[[^\\]\\n]*\\]\\([^)\\n]+\\)',
  '<a\\s[^>]*>',
  `\\b(?:https?:\\/\\/|mailto:)${URL_TAIL}`,
  `(?<![\\w@.-])www\\.[a-z0-9-]+${URL_TAIL}`,
  `(?<![\\w@.-])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:${TLDS})(?![\\w-])(?:\\/${URL_TAIL})?`,
].join('|');
const LINK = new RegExp(LINK_SOURCE, 'gi');
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)|<img\b[^>]*>/gi;
/** Cheap pre-check: every link form above contains one of these; most sentences contain none. */
const MAYBE_LINK = new RegExp(`\\.(?:${TLDS})(?![\\w-])|www\\.|:\\/\\/|mailto:|\\]\\(|<a\\s`, 'i');
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

function spans(pattern: RegExp, text: string): TextSpan[] {
  const found: TextSpan[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
  return found;
}

export function findImages(text: string): TextSpan[] {
  if (text.indexOf('![') < 0 && text.indexOf('<') < 0) return [];
  return spans(IMAGE, text);
}

export function findLinks(text: string): TextSpan[] {
  if (!MAYBE_LINK.test(text)) return [];
  const images = findImages(text);
  const links: TextSpan[] = [];
  for (const s of spans(LINK, text)) {
    if (images.some((img) => s.start < img.end && img.start < s.end)) continue;
    // A sentence ending right after an address keeps its full stop.
    const trimmed =
      s.text.startsWith('[') || s.text.startsWith('<') ? s.text : s.text.replace(TRAILING_PUNCTUATION, '');
    if (trimmed.length === 0) continue;
    links.push({ start: s.start, end: s.start + trimmed.length, text: trimmed });
  }
  return links;
}
