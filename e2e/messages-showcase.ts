import type { ChannelKind } from '../src/shared/schema/tables';
import type { HostControl } from './host-fixture';
import { apply, row, seedJourney, type SeededJourney } from './messages-seed';

/**
 * A campaign written for every kind of channel, for the screenshots: one
 * touchpoint per channel kind, each with a core message and a variant.
 */

export interface Copy {
  title: string;
  kind: ChannelKind;
  headline: string;
  body: string;
  cta: string;
  subject?: string;
  preheader?: string;
}

export interface Showcase {
  journey: string;
  stages: Record<string, readonly Copy[]>;
  facts: readonly (readonly [string, string, string])[];
}

export const SHOWCASE_EN: Showcase = {
  journey: 'Spring bike campaign',
  facts: [
    ['price', 'Price of the Urban 7', '1,299 €'],
    ['delivery_time', 'Delivery time', '3 working days'],
    ['hotline', 'Service hotline', '0800 123 4567'],
  ],
  stages: {
    Inspiration: [
      {
        title: 'Spring newsletter',
        kind: 'email',
        subject: 'Ride into spring: the Urban 7 for {{price}}',
        preheader: 'Delivered in {{delivery_time}}, test rides in every store',
        headline: 'Ride into spring',
        body: 'The new Urban 7 is here: light, quiet and ready for every commute. Order now for {{price}} and ride it in {{delivery_time}}.',
        cta: 'Discover the Urban 7',
      },
      {
        title: 'Instagram post',
        kind: 'social',
        headline: 'The Urban 7 is here',
        body: 'Spring means riding. Meet the Urban 7 — {{price}}, at your door in {{delivery_time}}. #spring #urbanbike',
        cta: 'Shop now',
      },
      {
        title: 'Shop window poster',
        kind: 'shop_window',
        headline: 'Spring is here',
        body: 'The Urban 7 for {{price}}. Come in for a test ride.',
        cta: 'Test ride today',
      },
      {
        title: 'Spring catalogue',
        kind: 'print',
        headline: 'Urban 7',
        body: 'Aluminium frame, 7 gears, hydraulic brakes. Delivered in {{delivery_time}}. Questions? Call {{hotline}}.',
        cta: '{{price}}',
      },
    ],
    Research: [
      {
        title: 'Product page banner',
        kind: 'website',
        headline: 'Test the Urban 7 this weekend',
        body: 'Book a test ride in your nearest store — free and without obligation.',
        cta: 'Book a test ride',
      },
      {
        title: 'Search ad',
        kind: 'search_ads',
        headline: 'Urban 7 for {{price}}',
        body: 'Delivered in {{delivery_time}}. Free returns.',
        cta: 'Order now',
      },
    ],
    Purchase: [
      {
        title: 'Order confirmation',
        kind: 'sms',
        headline: 'Thanks for your order!',
        body: 'Your Urban 7 arrives in {{delivery_time}}. Questions? {{hotline}}',
        cta: '',
      },
      {
        title: 'App reminder',
        kind: 'push',
        headline: 'Your Urban 7 is waiting',
        body: 'Finish your order today and ride in {{delivery_time}}.',
        cta: 'Open cart',
      },
      {
        title: 'Store poster',
        kind: 'store',
        headline: 'Ask us about the Urban 7',
        body: 'Test rides, fitting and financing — right here in the store.',
        cta: 'From {{price}}',
      },
    ],
    Service: [
      {
        title: 'Hotline',
        kind: 'call_centre',
        headline: 'Thank you for choosing the Urban 7.',
        body: 'Your bike will be delivered in {{delivery_time}}. I can book a free first inspection for you in your nearest store.',
        cta: 'Shall I book the inspection for you?',
      },
    ],
  },
};

export const SHOWCASE_DE: Showcase = {
  journey: 'Frühjahrskampagne Fahrrad mit Probefahrt und Finanzierungsberatung',
  facts: [
    ['preis', 'Preis des Urban 7', '1.299 €'],
    ['lieferzeit', 'Lieferzeit', '3 Werktagen'],
    ['hotline', 'Servicehotline', '0800 123 4567'],
  ],
  stages: {
    Inspiration: [
      {
        title: 'Frühjahrsnewsletter',
        kind: 'email',
        subject: 'Rauf aufs Rad: das Urban 7 für {{preis}}',
        preheader: 'Lieferung in {{lieferzeit}}, Probefahrt in jeder Filiale',
        headline: 'Frühlingsgefühle auf zwei Rädern',
        body: 'Das neue Urban 7 ist da: leicht, leise und bereit für jeden Arbeitsweg. Jetzt für {{preis}} bestellen – Lieferung in {{lieferzeit}}.',
        cta: 'Urban 7 entdecken',
      },
    ],
    Kauf: [
      {
        title: 'Terminvereinbarungsbestätigungs-SMS',
        kind: 'sms',
        headline: 'Danke für Ihre Bestellung!',
        body: 'Ihr Urban 7 kommt in {{lieferzeit}}. Fragen? {{hotline}}',
        cta: '',
      },
      {
        title: 'Plakat in der Filiale',
        kind: 'store',
        headline: 'Fahrradfinanzierungsberatung',
        body: 'Probefahrt, Anpassung und Finanzierung – direkt hier in der Filiale.',
        cta: 'Ab {{preis}}',
      },
    ],
  },
};

export interface SeededShowcase extends SeededJourney {
  messages: Record<string, string>;
  variants: Record<string, string>;
}

/** Seeds the showcase: facts, the journey, a core message and a default variant per touchpoint. */
export async function seedShowcase(host: HostControl, showcase: Showcase): Promise<SeededShowcase> {
  const stages = Object.fromEntries(
    Object.entries(showcase.stages).map(([name, copies]) => [name, copies.map((c) => [c.title, c.kind] as const)]),
  );
  const seeded = await seedJourney(host, showcase.journey, stages);
  const edits = showcase.facts.flatMap(([key, label, value]) =>
    row('facts', `fact-${key}`.padEnd(12, '0'), { key, label, value }),
  );
  const messages: Record<string, string> = {};
  const variants: Record<string, string> = {};
  let n = 0;
  for (const copy of Object.values(showcase.stages).flat()) {
    n += 1;
    const message = `message-${String(n).padStart(4, '0')}`;
    const variant = `variant-${String(n).padStart(4, '0')}`;
    messages[copy.title] = message;
    variants[copy.title] = variant;
    const texts = { headline: copy.headline, body: copy.body, cta: copy.cta };
    edits.push(
      ...row('messages', message, {
        journey_id: seeded.journeyId,
        touchpoint_id: seeded.touchpoints[copy.title]!,
        ...texts,
      }),
      ...row('variants', variant, {
        message_id: message,
        channel_id: seeded.channel(copy.kind).id,
        ...texts,
        subject: copy.subject ?? '',
        preheader: copy.preheader ?? '',
      }),
    );
  }
  await apply(host, seeded.workspaceId, edits);
  return { ...seeded, messages, variants };
}
