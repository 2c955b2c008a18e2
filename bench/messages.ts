import { performance } from 'node:perf_hooks';
import { DEFAULT_CHANNELS } from '../src/shared/default-catalogue';
import {
  checkConsistency,
  parsePlaceholders,
  renderParsed,
  factValues,
  VARIANT_FIELDS,
  type ConsistencyInput,
} from '../src/shared/messages';
import { CUSTOMER_EVENTS, type Row } from '../src/shared/schema/tables';
import type { BenchFigure } from './figure';
import { id, row, seeded } from './generate';

/**
 * The consistency check at the size of issue 4: 50 journeys, 2,000 messages
 * and 8,000 variants over the default channel catalogue, with facts, term lists
 * and edit stamps, and texts that trip every rule now and then (typed prices,
 * curly quotes, links in print, banned words, dropped placeholders). Generated
 * from a seeded generator so every run checks the same workspace.
 */

const JOURNEYS = 50;
const STAGES = 7;
const MESSAGES = 2_000;
const VARIANTS_PER_MESSAGE = 4;
const RUNS = 11;
const WARMUP = 3;

const PRODUCTS = 12;
const FACTS: [string, string][] = [
  ...Array.from({ length: PRODUCTS }, (_, i): [string, string] => [
    `price_${i}`,
    `${(199 + i * 150).toLocaleString('de-DE')},00 €`,
  ]),
  ...Array.from({ length: PRODUCTS }, (_, i): [string, string] => [
    `product_${i}`,
    `Sofa Modell ${String.fromCharCode(65 + i)}`,
  ]),
  ['delivery', '2–3 Werktage'],
  ['shipping', '4,95 €'],
  ['discount', '15 %'],
  ['hotline', '0800 123 456'],
  ['opening_hours', 'Mo–Sa 10–20 Uhr'],
  ['claim', 'Möbel Nord – zuhause ankommen'],
  ['return_policy', '30 Tage Rückgaberecht'],
  ['legal', 'Alle Preise inkl. MwSt., zzgl. Versand.'],
  ['free_shipping', 'ab 500 €'],
];

/** What marketers write: facts by placeholder. */
const CLEAN = [
  'Das {{product_P}} gibt es jetzt für {{price_P}}.',
  'Lieferung in {{delivery}}, versandkostenfrei {{free_shipping}}.',
  'Fragen? Unsere Hotline {{hotline}} hilft gern.',
  'Besuchen Sie uns {{opening_hours}} in Ihrer Filiale.',
  'Sichern Sie sich {{discount}} Rabatt auf alle Kissen.',
  '{{claim}}',
  'Mit {{return_policy}} kaufen Sie ohne Risiko.',
  'Probesitzen lohnt sich: das {{product_P}} ist bequemer, als es aussieht.',
  'Bezüge in 14 Farben, waschbar bei 30 Grad.',
  'Wir beraten Sie gern, persönlich und ohne Termin.',
  '{{legal}}',
];
/** What slips in now and then: typed prices, links in print, curly quotes, emoji, banned words, unknown or broken placeholders. */
const DIRTY = [
  'Nur diese Woche: das {{product_P}} für nur 279,00 €.',
  'Mehr unter www.moebel-nord.de/sofas.',
  'Unsere Kunden sagen: „Das beste Sofa, das wir je hatten.“',
  'Jetzt zugreifen, solange der Vorrat reicht 🛋️',
  'Super billig, aber nicht billig gemacht.',
  'Ihr Gutschein {{voucher}} wartet auf Sie.',
  'Lieferung in 5 Tagen direkt ins Wohnzimmer.',
  'Das {{product_P} ist da.',
];
const HEADLINES = [
  'Ihr neues {{product_P}}',
  'Jetzt {{discount}} sparen',
  'Zuhause ankommen',
  'Willkommen bei Möbel Nord',
  'Das {{product_P}} für {{price_P}}',
];
const CTAS = ['Jetzt ansehen', 'Termin buchen', 'Zum Angebot', 'Mehr erfahren', 'Route planen'];

export function generateWorkspace(seed = 4): ConsistencyInput {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const text = (template: string, product: number): string => template.replace(/_P\}\}/g, `_${product}}}`);
  const sentences = (n: number, product: number): string[] =>
    Array.from({ length: n }, () => text(pick(CLEAN), product));
  // Most variants sign with the brand claim; now and then something slips in.
  const withSlip = (parts: string[], product: number): string => {
    const signed = random() < 0.9 ? [...parts, '{{claim}}'] : parts;
    return (random() < 0.12 ? [...signed, text(pick(DIRTY), product)] : signed).join(' ');
  };

  const channels = DEFAULT_CHANNELS.map((c, i) =>
    row('channels', id('chn', i), { name: c.en, kind: c.kind, constraints: c.constraints, sort_key: String(i + 1) }),
  );
  const facts = FACTS.map(([key, value], i) => row('facts', id('fct', i), { key, label: key, value }));
  const journeys = Array.from({ length: JOURNEYS }, (_, i) => row('journeys', id('jny', i), { name: `Journey ${i}` }));
  const touchpoints: Row<'touchpoints'>[] = [];
  const messages: Row<'messages'>[] = [];
  const variants: Row<'variants'>[] = [];
  const lastEdited = new Map<string, string>();
  const stamp = (day: number): string =>
    `${new Date(Date.UTC(2026, 0, 1 + day, 10)).toISOString()}-0000-0123456789abcdef`;

  for (let m = 0; m < MESSAGES; m += 1) {
    const journey = m % JOURNEYS;
    const channel = Math.floor(random() * channels.length);
    const product = Math.floor(random() * PRODUCTS);
    const tp = row('touchpoints', id('tpt', m), {
      journey_id: id('jny', journey),
      stage_id: id('stg', journey * STAGES + (m % STAGES)),
      channel_id: id('chn', channel),
      title: `Touchpoint ${m}`,
    });
    touchpoints.push(tp);
    const msgId = id('msg', m);
    const core = sentences(3, product);
    messages.push(
      row('messages', msgId, {
        journey_id: tp.journey_id,
        stage_id: tp.stage_id,
        touchpoint_id: tp.id,
        headline: text(pick(HEADLINES), product),
        body: core.join(' '),
        cta: pick(CTAS),
      }),
    );
    const edited = Math.floor(random() * 60);
    lastEdited.set(msgId, stamp(edited));
    // The touchpoint's own channel most of the time, plus others; now and then
    // a conditional variant beside the default of the touchpoint's channel.
    const variantChannels = new Set<number>(random() < 0.97 ? [channel] : []);
    const withCondition = random() < 0.3;
    while (variantChannels.size < VARIANTS_PER_MESSAGE - (withCondition ? 1 : 0))
      variantChannels.add(Math.floor(random() * channels.length));
    const slots = [...variantChannels];
    if (withCondition) slots.push(channel);
    slots.forEach((c, slot) => {
      const ch = DEFAULT_CHANNELS[c]!;
      const short = ch.kind === 'sms' || ch.kind === 'push' || ch.kind === 'search_ads' || ch.kind === 'shop_window';
      const vId = id('var', variants.length);
      const conditional = withCondition && slot === slots.length - 1;
      variants.push(
        row('variants', vId, {
          message_id: msgId,
          channel_id: id('chn', c),
          subject: ch.constraints.subject ? text(pick(HEADLINES), product) : '',
          preheader: ch.constraints.preheader && random() < 0.5 ? sentences(1, product).join(' ') : '',
          headline: text(pick(HEADLINES), product),
          // Short channels keep the core's first sentence; the others add to it.
          body: withSlip(
            short ? core.slice(0, 1) : [...core, ...sentences(Math.floor(random() * 6), product)],
            product,
          ),
          cta: pick(CTAS),
          condition: conditional
            ? {
                event: pick(CUSTOMER_EVENTS),
                channelId: random() < 0.5 ? id('chn', Math.floor(random() * channels.length)) : null,
              }
            : null,
          precedence: conditional ? 1 + Math.floor(random() * 5) : 0,
        }),
      );
      // Variants are mostly written after their core message; some lag behind an edit.
      lastEdited.set(vId, stamp(random() < 0.9 ? edited + Math.floor(random() * 30) : Math.max(0, edited - 5)));
    });
  }
  return {
    journeys,
    touchpoints,
    channels,
    facts,
    messages,
    variants,
    lastEdited,
    bannedTerms: ['billig', 'Schnäppchen', 'gratis', 'Ramsch', 'unschlagbar', 'Black Friday'],
    requiredTerms: ['Möbel Nord'],
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Median wall time of `fn` over RUNS runs, after WARMUP runs that let the JIT settle. */
function measure(fn: () => void): number {
  for (let i = 0; i < WARMUP; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function benchMessages(): Promise<BenchFigure[]> {
  const input = generateWorkspace();
  const facts = factValues(input.facts);
  const findings = checkConsistency(input).findings.length;
  const check = measure(() => checkConsistency(input));
  // The floor any check must pay: every variant field parsed and rendered once.
  const render = measure(() => {
    for (const v of input.variants)
      for (const field of VARIANT_FIELDS) renderParsed(parsePlaceholders(v[field]), facts);
  });
  return [
    {
      id: 'messages.consistency_ms',
      label: `consistency check: ${JOURNEYS} journeys, ${MESSAGES.toLocaleString('en-US')} messages, ${input.variants.length.toLocaleString('en-US')} variants (${findings.toLocaleString('en-US')} findings), median of ${RUNS}`,
      value: round1(check),
      unit: 'ms',
      reference: `parsing and rendering every variant field alone: ${round1(render)} ms`,
      ratio: check / render,
      aim: '< 100 ms',
    },
  ];
}
