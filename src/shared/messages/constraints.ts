import type { ChannelConstraints } from '../schema/tables';
import { findImages, findLinks } from './links';
import { renderText, type FactValues, type RenderedText } from './placeholders';
import { countSms, type SmsCount } from './sms';

/**
 * Checking a variant against its channel's constraints, on the text as the
 * customer will see it (placeholders filled). Violations are data, not prose:
 * the renderer words them per `rule` in the user's language.
 *
 * Decisions:
 * - Lengths count Unicode code points (what `Array.from(text).length` gives):
 *   an umlaut or an emoji is one character, as a marketer counts it, and the
 *   count does not depend on how the text was normalised into UTF-16. (Emoji
 *   built from several code points count several; channels that bill by bytes
 *   or segments — SMS — are counted by sms.ts instead.)
 * - Subject and preheader exist only where the channel says so. A channel with
 *   a subject requires one (an e-mail without a subject lands as spam or
 *   "(no subject)"); a preheader stays optional because mail clients fall back
 *   to the first line of the body.
 * - A variant needs some content: headline, body and call to action all empty
 *   is reported as the body being required.
 * - On SMS channels the SMS is headline, body and call to action, the empty ones
 *   left out, each on its own line (see smsText). Per-field limits still apply
 *   when the channel sets them.
 * - Links and images are looked for in every field (links.ts says what counts).
 */

export const VARIANT_FIELDS = ['subject', 'preheader', 'headline', 'body', 'cta'] as const;
export type VariantField = (typeof VARIANT_FIELDS)[number];
export type VariantTexts = Record<VariantField, string>;

export const CONSTRAINT_RULES = [
  'max_length',
  'field_not_supported',
  'field_required',
  'sms_segments',
  'link_not_allowed',
  'image_not_allowed',
] as const;
export type ConstraintRule = (typeof CONSTRAINT_RULES)[number];

export interface ConstraintViolation {
  /** 'sms' is the whole SMS as sent (see smsText). */
  field: VariantField | 'sms';
  rule: ConstraintRule;
  limit?: number;
  actual?: number;
  /** Where in the rendered field the offending link or image sits (UTF-16 offsets). */
  start?: number;
  end?: number;
  /** The offending link or image as it appears. */
  match?: string;
}

/** True when the text has nothing but white space; unlike trim() it copies nothing. */
export function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  // Nearly every non-blank text starts with a visible character.
  if (text.charCodeAt(0) > 0x20 && text.charCodeAt(0) !== 0xa0) return false;
  return !/\S/.test(text);
}

/** Length in code points, the unit every max length is measured in. */
export function textLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n -= 1;
        i += 1;
      }
    }
  }
  return n;
}

export function fieldSupported(c: ChannelConstraints, field: VariantField): boolean {
  if (field === 'subject') return c.subject;
  if (field === 'preheader') return c.preheader;
  return true;
}

export function fieldLimit(c: ChannelConstraints, field: VariantField): number | null {
  switch (field) {
    case 'subject':
      return c.subjectMax;
    case 'preheader':
      return c.preheaderMax;
    case 'headline':
      return c.headlineMax;
    case 'body':
      return c.bodyMax;
    case 'cta':
      return c.ctaMax;
  }
}

/** The text an SMS channel sends: the non-empty parts of headline, body and call to action, one per line. */
export function smsText(texts: Pick<VariantTexts, 'headline' | 'body' | 'cta'>): string {
  const parts: string[] = [];
  for (const part of [texts.headline, texts.body, texts.cta]) {
    const t = part.trim();
    if (t !== '') parts.push(t);
  }
  return parts.join('\n');
}

export function checkConstraints(texts: VariantTexts, c: ChannelConstraints): ConstraintViolation[] {
  const out: ConstraintViolation[] = [];
  for (const field of VARIANT_FIELDS) {
    const text = texts[field];
    const empty = isBlank(text);
    if (!fieldSupported(c, field)) {
      if (!empty) out.push({ field, rule: 'field_not_supported' });
      continue;
    }
    if (field === 'subject' && empty) out.push({ field, rule: 'field_required' });
    const limit = fieldLimit(c, field);
    // Code points never outnumber code units, so only a text longer in units can be too long.
    if (limit !== null && text.length > limit) {
      const actual = textLength(text);
      if (actual > limit) out.push({ field, rule: 'max_length', limit, actual });
    }
    if (empty) continue;
    if (!c.images) {
      for (const s of findImages(text))
        out.push({ field, rule: 'image_not_allowed', start: s.start, end: s.end, match: s.text });
    }
    if (!c.links) {
      for (const s of findLinks(text))
        out.push({ field, rule: 'link_not_allowed', start: s.start, end: s.end, match: s.text });
    }
  }
  if (isBlank(texts.headline) && isBlank(texts.body) && isBlank(texts.cta)) {
    out.push({ field: 'body', rule: 'field_required' });
  }
  if (c.smsMaxSegments !== null) {
    const sms = countSms(smsText(texts));
    if (sms.segments > c.smsMaxSegments)
      out.push({ field: 'sms', rule: 'sms_segments', limit: c.smsMaxSegments, actual: sms.segments });
  }
  return out;
}

export interface FieldCounter {
  supported: boolean;
  length: number;
  limit: number | null;
}

export interface VariantCheck {
  rendered: Record<VariantField, RenderedText>;
  texts: VariantTexts;
  counters: Record<VariantField, FieldCounter>;
  /** Only on channels with an SMS segment limit. */
  sms: SmsCount | null;
  violations: ConstraintViolation[];
}

/** Everything a live editor shows for one variant: rendered fields, counters, violations. */
export function checkVariant(variant: VariantTexts, c: ChannelConstraints, facts: FactValues): VariantCheck {
  const rendered = {} as Record<VariantField, RenderedText>;
  const texts = {} as VariantTexts;
  const counters = {} as Record<VariantField, FieldCounter>;
  for (const field of VARIANT_FIELDS) {
    const r = renderText(variant[field], facts);
    rendered[field] = r;
    texts[field] = r.text;
    counters[field] = { supported: fieldSupported(c, field), length: textLength(r.text), limit: fieldLimit(c, field) };
  }
  return {
    rendered,
    texts,
    counters,
    sms: c.smsMaxSegments === null ? null : countSms(smsText(texts)),
    violations: checkConstraints(texts, c),
  };
}
