import { describe, expect, it } from 'vitest';
import { emptyRow, type Channel } from '../schema/tables';
import { matchChannel, parseNote } from './shorthand';

const channel = (
  id: string,
  name: string,
  kind: Channel['kind'],
  sort_key: string,
  extra: Partial<Channel> = {},
): Channel => ({ ...emptyRow('channels', id), name, kind, sort_key, ...extra });

const channels: Channel[] = [
  channel('web', 'Website', 'website', '1'),
  channel('mail', 'E-Mail-Newsletter', 'email', '2'),
  channel('store', 'Filiale', 'store', '3'),
  channel('dealer', 'Händler & Wiederverkäufer', 'reseller', '4'),
  channel('hotline', 'Callcenter', 'call_centre', '5'),
  channel('old', 'Fax', 'other', '6', { archived: true }),
  channel('shop', 'Onlineshop', 'shop', '7'),
  channel('sms', 'SMS', 'sms', '8'),
];

describe('parseNote', () => {
  it('reads a channel by kind and keeps the rest as text', () => {
    expect(parseNote('#email Newsletter mit Rabatt', channels)).toEqual({
      text: 'Newsletter mit Rabatt',
      channelId: 'mail',
      tag: 'email',
      problem: null,
    });
  });

  it('reads a channel by the start of its name, with @ as well as #, in any case', () => {
    expect(parseNote('@filiale  Beratung am Regal ', channels)).toMatchObject({
      text: 'Beratung am Regal',
      channelId: 'store',
    });
    expect(parseNote('#FIL Beratung', channels)).toMatchObject({ channelId: 'store' });
    expect(parseNote('#call Rückruf', channels)).toMatchObject({ channelId: 'hotline' });
  });

  it('matches umlauts typed as umlauts, written out or left off', () => {
    expect(parseNote('#Händler Preisliste', channels)).toMatchObject({ channelId: 'dealer', text: 'Preisliste' });
    expect(parseNote('#haendler Preisliste', channels)).toMatchObject({ channelId: 'dealer' });
    expect(parseNote('#handler Preisliste', channels)).toMatchObject({ channelId: 'dealer' });
    expect(parseNote('#wiederverkäufer Aktion', channels)).toMatchObject({ channelId: 'dealer' });
    // Decomposed ä (a + combining diaeresis), as some keyboards send it.
    expect(parseNote('#Ha\u0308ndler Aktion', channels)).toMatchObject({ channelId: 'dealer' });
  });

  it('matches a word inside a name and ignores punctuation', () => {
    expect(parseNote('#newsletter Gutschein', channels)).toMatchObject({ channelId: 'mail' });
    expect(parseNote('#e-mail Gutschein', channels)).toMatchObject({ channelId: 'mail' });
  });

  it('keeps an unknown tag as part of the text', () => {
    expect(parseNote('#tiktok Video zum Produkt', channels)).toEqual({
      text: '#tiktok Video zum Produkt',
      channelId: null,
      tag: 'tiktok',
      problem: 'unknown',
    });
  });

  it('does not use archived channels', () => {
    expect(parseNote('#fax Bestellung', channels)).toMatchObject({
      channelId: null,
      problem: 'unknown',
      text: '#fax Bestellung',
    });
  });

  it('ranks names above kinds, and keeps an ambiguous tag as text', () => {
    // A name beats a kind: "s" starts the name SMS and only the kinds of store and shop.
    expect(parseNote('#s Aktion', channels)).toMatchObject({ channelId: 'sms' });
    expect(parseNote('#on Aktion', channels)).toMatchObject({ channelId: 'shop' });
    const twins = [channel('a', 'Filiale Nord', 'store', '1'), channel('b', 'Filiale Süd', 'store', '2')];
    expect(parseNote('#filiale Aktion', twins)).toEqual({
      text: '#filiale Aktion',
      channelId: null,
      tag: 'filiale',
      problem: 'ambiguous',
    });
  });

  it('prefers the whole name over a longer name with the same start', () => {
    const both = [channel('a', 'Shop', 'shop', '1'), channel('b', 'Shop Wien', 'store', '2')];
    expect(matchChannel('shop', both)).toEqual({ channelId: 'a', problem: null });
  });

  it('leaves text without a tag alone, and a tag inside the text too', () => {
    expect(parseNote('  Kundin fragt nach #email  ', channels)).toEqual({
      text: 'Kundin fragt nach #email',
      channelId: null,
      tag: null,
      problem: null,
    });
  });

  it('gives an empty text for a tag alone, so no empty note is made', () => {
    expect(parseNote('#email', channels)).toMatchObject({ text: '', channelId: 'mail' });
  });

  it('prefers a whole word or the kind to the start of another name: #shop is the online shop', () => {
    const english = [
      channel('shop', 'Online shop', 'shop', '1'),
      channel('window', 'Shop window', 'shop_window', '2'),
      channel('store', 'Physical store', 'store', '3'),
    ];
    expect(matchChannel('shop', english)).toEqual({ channelId: 'shop', problem: null });
    expect(matchChannel('shopw', english)).toEqual({ channelId: 'window', problem: null });
    expect(matchChannel('window', english)).toEqual({ channelId: 'window', problem: null });
    const german = [channel('shop', 'Onlineshop', 'shop', '1'), channel('window', 'Schaufenster', 'shop_window', '2')];
    expect(matchChannel('shop', german)).toEqual({ channelId: 'shop', problem: null });
  });

  it('knows a default channel by its name in either language and by its kind, whatever language it was created in', () => {
    const english = [
      channel('store', 'Physical store', 'store', '1'),
      channel('window', 'Shop window', 'shop_window', '2'),
      channel('hotline', 'Call centre', 'call_centre', '3'),
      channel('print', 'Print & catalogue', 'print', '4'),
      channel('dealer', 'Reseller & dealer', 'reseller', '5'),
    ];
    expect(parseNote('@Filiale Beratung am Regal', english)).toMatchObject({
      channelId: 'store',
      text: 'Beratung am Regal',
    });
    expect(parseNote('@Schaufenster Osterdeko', english)).toMatchObject({ channelId: 'window', text: 'Osterdeko' });
    expect(parseNote('#Katalog Herbstausgabe', english)).toMatchObject({ channelId: 'print' });
    expect(parseNote('#Händler Preisliste', english)).toMatchObject({ channelId: 'dealer' });
    const german = [channel('store', 'Filiale', 'store', '1'), channel('window', 'Schaufenster', 'shop_window', '2')];
    expect(parseNote('@store Beratung', german)).toMatchObject({ channelId: 'store' });
    expect(parseNote('@shopwindow Deko', german)).toMatchObject({ channelId: 'window' });
    // A channel the team named itself is known by that name and its kind only.
    const own = [channel('berlin', 'Flagship Berlin', 'store', '1')];
    expect(parseNote('@Filiale Beratung', own)).toMatchObject({ channelId: 'berlin' });
    expect(parseNote('@Schaufenster Deko', own)).toMatchObject({ channelId: null, problem: 'unknown' });
  });
});
