import { type VariantField, type VariantTexts } from './constraints';
import { ContradictionFinder } from './contradictions';
import { RULE_SEVERITY, type ConsistencyRule, type ConsistencyFinding } from './findings';
import {
  factValues,
  parsePlaceholders,
  renderParsed,
  type FactLike,
  type FactValues,
  type ParsedText,
  type Placeholder,
} from './placeholders';
import { extractQuantities, type Quantity } from './quantities';
import { TermMatcher, type TermHit } from './terms';

/**
 * The text side of the consistency check: each field of a message or variant
 * is parsed, rendered and searched, and what it yields becomes findings.
 * Banned and required terms are looked for in one pass; where one listed term
 * contains another ("Möbel Nord" required, "Möbel" banned), the longer one
 * wins, so the required brand name does not count as the banned word.
 */

/**
 * Where a finding points. Every key is always present (undefined when it does
 * not apply) so that all findings share one object shape, which keeps a run
 * over thousands of findings fast.
 */
export interface Where {
  journeyId: string | undefined;
  touchpointId: string | undefined;
  messageId: string | undefined;
  variantId: string | undefined;
  channelId: string | undefined;
}

export type Field = VariantField | 'sms' | undefined;

export interface Scan {
  /** Placeholder keys used anywhere in the fields (a handful; repeats allowed). */
  keys: readonly string[];
  /** Rendered text per field, in the order of the fields scanned. */
  rendered: string[];
  /** Listed terms other than banned ones (so: required terms) found in the rendered fields. */
  seen: readonly string[];
  /** Numbers with a unit typed by hand (as typed, placeholders aside), with their field. */
  numbers: readonly (readonly [VariantField, Quantity])[];
}

const CACHE_MAX_LENGTH = 160;
const HAS_DIGIT = /\d/;

/**
 * A field text's parse, rendering, term hits and contradiction candidates.
 * Short texts repeat across variants (calls to action, headlines taken over
 * from the core message), and each distinct one is worked through only once.
 */
interface FieldScan {
  parsed: ParsedText;
  rendered: string;
  unknown: readonly Placeholder[];
  hits: readonly TermHit[];
  suspects: readonly Quantity[];
  numbers: readonly Quantity[];
}

export class FindingScanner {
  readonly findings: ConsistencyFinding[] = [];
  private readonly cache = new Map<string, FieldScan>();
  readonly facts: FactValues;
  readonly contradictions: ContradictionFinder;
  /** Banned and required terms in one matcher, so each text is searched once for both. */
  readonly terms: TermMatcher;
  readonly banned = new Set<string>();
  readonly required: string[] = [];

  constructor(facts: readonly FactLike[], bannedTerms: readonly string[], requiredTerms: readonly string[]) {
    this.facts = factValues(facts);
    this.contradictions = new ContradictionFinder(this.facts);
    this.terms = new TermMatcher([...bannedTerms, ...requiredTerms]);
    const fold = (t: string): string => t.trim().toLowerCase();
    const isBanned = new Set(bannedTerms.map(fold));
    const isRequired = new Set(requiredTerms.map(fold));
    for (const t of this.terms.terms) {
      if (isBanned.has(fold(t))) this.banned.add(t);
      if (isRequired.has(fold(t))) this.required.push(t);
    }
  }

  add(rule: ConsistencyRule, where: Where, field: Field, params: ConsistencyFinding['params']): void {
    this.findings.push({
      rule,
      severity: RULE_SEVERITY[rule],
      journeyId: where.journeyId,
      touchpointId: where.touchpointId,
      messageId: where.messageId,
      variantId: where.variantId,
      channelId: where.channelId,
      field,
      params,
    });
  }

  /** What one field text yields, whoever uses it; computed once per distinct text. */
  private field(text: string): FieldScan {
    // Long texts (bodies) rarely repeat; hashing and keeping them costs more than it saves.
    const cacheable = text.length <= CACHE_MAX_LENGTH;
    const cached = cacheable ? this.cache.get(text) : undefined;
    if (cached) return cached;
    const parsed = parsePlaceholders(text);
    const r = renderParsed(parsed, this.facts);
    const scan: FieldScan = {
      parsed,
      rendered: r.text,
      unknown: r.unknown,
      hits: this.terms.find(r.text),
      suspects: this.contradictions.suspects(text),
      numbers: HAS_DIGIT.test(text) ? extractQuantities(text) : [],
    };
    if (cacheable) this.cache.set(text, scan);
    return scan;
  }

  /** Placeholder, banned-term and contradiction findings for the fields of one message or variant. */
  scan(fields: readonly VariantField[], source: Readonly<Partial<VariantTexts>>, where: Where): Scan {
    const keys: string[] = [];
    const seen: string[] = [];
    const numbers: [VariantField, Quantity][] = [];
    const rendered: string[] = [];
    let suspects: [VariantField, FieldScan][] | null = null;
    for (const field of fields) {
      const f = this.field(source[field] ?? '');
      rendered.push(f.rendered);
      if (f.suspects.length > 0) (suspects ??= []).push([field, f]);
      for (const q of f.numbers) numbers.push([field, q]);
      for (const ph of f.parsed.placeholders) keys.push(ph.key);
      for (const u of f.unknown)
        this.add('unknown_placeholder', where, field, { key: u.key, start: u.start, end: u.end });
      for (const pr of f.parsed.problems) {
        const params: ConsistencyFinding['params'] = { kind: pr.kind, start: pr.start, end: pr.end };
        if (pr.key !== undefined) params.key = pr.key;
        this.add('malformed_placeholder', where, field, params);
      }
      for (const hit of f.hits) {
        if (this.banned.has(hit.term))
          this.add('banned_term', where, field, { term: hit.term, start: hit.start, end: hit.end });
        else if (!seen.includes(hit.term)) seen.push(hit.term);
      }
    }
    // Judged only now, once every field's placeholders are known; typed numbers are rare.
    if (suspects) {
      for (const [field, f] of suspects) {
        for (const c of this.contradictions.judge(f.suspects, keys)) {
          this.add('fact_contradiction', where, field, {
            factKey: c.factKey,
            expected: c.expected,
            found: c.found,
            start: c.start,
            end: c.end,
          });
        }
      }
    }
    return { keys, rendered, seen, numbers };
  }
}
