import { describe, expect, it } from 'vitest';
import { channelConstraintsSchema, type ChannelConstraints } from '../schema/tables';
import { checkConstraints, checkVariant, smsText, textLength, type VariantTexts } from './constraints';
import { findImages, findLinks } from './links';

const limits = (c: Partial<ChannelConstraints>): ChannelConstraints => channelConstraintsSchema.parse(c);
const texts = (t: Partial<VariantTexts>): VariantTexts => ({
  subject: '',
  preheader: '',
  headline: '',
  body: '',
  cta: '',
  ...t,
});

const email = limits({
  subject: true,
  preheader: true,
  subjectMax: 10,
  preheaderMax: 12,
  headlineMax: 8,
  bodyMax: 20,
  ctaMax: 5,
});
const sms = limits({ smsMaxSegments: 1, images: false });
const store = limits({ links: false, images: false });

describe('textLength', () => {
  it('counts code points: umlauts and emoji are one character each', () => {
    expect(textLength('Grüße')).toBe(5);
    expect(textLength('a😀b')).toBe(3);
    expect(textLength('')).toBe(0);
  });
});

describe('max lengths', () => {
  it('passes at the limit', () => {
    expect(
      checkConstraints(
        texts({ subject: 'x'.repeat(10), headline: 'ä'.repeat(8), body: 'b', cta: '😀😀😀😀😀' }),
        email,
      ),
    ).toEqual([]);
  });

  it('reports each field over its limit with limit and actual length', () => {
    const v = texts({
      subject: 'x'.repeat(11),
      preheader: 'p'.repeat(13),
      headline: 'h'.repeat(9),
      body: 'b'.repeat(21),
      cta: 'c'.repeat(6),
    });
    expect(checkConstraints(v, email)).toEqual([
      { field: 'subject', rule: 'max_length', limit: 10, actual: 11 },
      { field: 'preheader', rule: 'max_length', limit: 12, actual: 13 },
      { field: 'headline', rule: 'max_length', limit: 8, actual: 9 },
      { field: 'body', rule: 'max_length', limit: 20, actual: 21 },
      { field: 'cta', rule: 'max_length', limit: 5, actual: 6 },
    ]);
  });

  it('measures the rendered text, not the placeholder', () => {
    const facts = new Map([['price', '1.299,00 €']]);
    const ok = checkVariant(
      texts({ subject: 'Sale', headline: '{{price}}' }),
      limits({ subject: true, headlineMax: 10 }),
      facts,
    );
    expect(ok.violations).toEqual([]);
    expect(ok.counters.headline).toEqual({ supported: true, length: 10, limit: 10 });
    const over = checkVariant(texts({ headline: 'Nur {{price}}' }), limits({ headlineMax: 10 }), facts);
    expect(over.violations).toEqual([{ field: 'headline', rule: 'max_length', limit: 10, actual: 14 }]);
  });
});

describe('subject and preheader', () => {
  it('requires a subject where the channel has one; the preheader stays optional', () => {
    expect(checkConstraints(texts({ body: 'Hallo' }), email)).toEqual([{ field: 'subject', rule: 'field_required' }]);
    expect(checkConstraints(texts({ subject: 'Hi', body: 'Hallo' }), email)).toEqual([]);
  });

  it('refuses subject and preheader on channels without them', () => {
    expect(checkConstraints(texts({ subject: 'Hi', preheader: 'Pre', body: 'Hallo' }), store)).toEqual([
      { field: 'subject', rule: 'field_not_supported' },
      { field: 'preheader', rule: 'field_not_supported' },
    ]);
    expect(checkConstraints(texts({ body: 'Hallo' }), store)).toEqual([]);
  });

  it('requires some content', () => {
    expect(checkConstraints(texts({}), store)).toEqual([{ field: 'body', rule: 'field_required' }]);
  });
});

describe('SMS segments', () => {
  it('joins headline, body and call to action on separate lines, skipping empty ones', () => {
    expect(smsText({ headline: ' Sale ', body: '', cta: 'Jetzt kaufen' })).toBe('Sale\nJetzt kaufen');
  });

  it('passes at 160 GSM-7 characters and fails at 161', () => {
    expect(checkConstraints(texts({ headline: 'h'.repeat(79), body: 'b'.repeat(80) }), sms)).toEqual([]);
    expect(checkConstraints(texts({ headline: 'h'.repeat(80), body: 'b'.repeat(80) }), sms)).toEqual([
      { field: 'sms', rule: 'sms_segments', limit: 1, actual: 2 },
    ]);
  });

  it('fails when a curly quote pushes the text into Unicode', () => {
    expect(checkConstraints(texts({ body: `${'b'.repeat(70)}’` }), sms)).toEqual([
      { field: 'sms', rule: 'sms_segments', limit: 1, actual: 2 },
    ]);
    expect(checkVariant(texts({ body: 'b' }), sms, new Map()).sms).toMatchObject({ encoding: 'gsm7', segments: 1 });
  });
});

describe('links and images', () => {
  it('finds links in their usual forms', () => {
    const found = findLinks(
      'Mehr auf https://shop.example.de/sale. Oder www.example.com, [hier](/angebote) und example.de/x',
    );
    expect(found.map((l) => l.text)).toEqual([
      'https://shop.example.de/sale',
      'www.example.com',
      '[hier](/angebote)',
      'example.de/x',
    ]);
  });

  it('takes neither e-mail addresses, numbers nor abbreviations for links', () => {
    expect(findLinks('Schreib an info@example.de, z.B. für 49.90 €, Mo.-Fr.')).toEqual([]);
  });

  it('finds markdown and HTML images, and does not count their address as a link', () => {
    const text = 'Seht ![Sofa](https://x.de/sofa.png) und <img src="a.png">';
    expect(findImages(text).map((i) => [i.start, i.end])).toEqual([
      [5, 35],
      [40, 57],
    ]);
    expect(findLinks(text)).toEqual([]);
  });

  it('reports links where links are not allowed, with position', () => {
    expect(checkConstraints(texts({ body: 'Siehe www.example.de' }), store)).toEqual([
      { field: 'body', rule: 'link_not_allowed', start: 6, end: 20, match: 'www.example.de' },
    ]);
    expect(
      checkConstraints(texts({ body: 'Siehe www.example.de' }), email).filter((v) => v.rule === 'link_not_allowed'),
    ).toEqual([]);
  });

  it('reports images where images are not allowed', () => {
    expect(checkConstraints(texts({ body: '![Sofa](s.png)' }), store)).toEqual([
      { field: 'body', rule: 'image_not_allowed', start: 0, end: 14, match: '![Sofa](s.png)' },
    ]);
    expect(checkConstraints(texts({ subject: 'S', body: '![Sofa](s.png)' }), email)).toEqual([]);
  });
});
