import { describe, expect, it } from 'vitest';
import { emptyRow, type Fact, type Message, type Variant } from '../schema/tables';
import { keyFromLabel, keyProblem, renameInText, renameKeyEdits } from './fact-edits';

function fact(id: string, key: string, archived = false): Fact {
  return { ...emptyRow('facts', id), key, archived };
}

describe('keyProblem', () => {
  const facts = [fact('f1', 'price'), fact('f2', 'hotline', true)];
  it('accepts a new well-formed key, and a fact keeping its own key', () => {
    expect(keyProblem('delivery_time', facts)).toBeNull();
    expect(keyProblem('price', facts, 'f1')).toBeNull();
  });
  it('refuses empty, malformed and taken keys (archived facts keep theirs)', () => {
    expect(keyProblem('', facts)).toBe('empty');
    expect(keyProblem('Price', facts)).toBe('pattern');
    expect(keyProblem('first name', facts)).toBe('pattern');
    expect(keyProblem('price', facts)).toBe('taken');
    expect(keyProblem('hotline', facts)).toBe('taken');
  });
});

describe('keyFromLabel', () => {
  it('folds German letters and punctuation into a key', () => {
    expect(keyFromLabel('Lieferzeit (Tage)')).toBe('lieferzeit_tage');
    expect(keyFromLabel('Öffnungszeiten Mo–Sa')).toBe('oeffnungszeiten_mo_sa');
    expect(keyFromLabel('2-Jahres-Garantie')).toBe('jahres_garantie');
    expect(keyFromLabel('€')).toBe('');
  });
});

describe('renaming a key', () => {
  it('rewrites every well-formed placeholder of the key and leaves others alone', () => {
    expect(renameInText('{{price}} statt {{ price }}, {{prices}} {price}', 'price', 'price_eur')).toBe(
      '{{price_eur}} statt {{price_eur}}, {{prices}} {price}',
    );
    expect(renameInText('kein Platzhalter', 'price', 'x')).toBe('kein Platzhalter');
  });

  it('writes the key and only the texts that change, in one batch', () => {
    const f = fact('f1', 'price');
    const m: Message = { ...emptyRow('messages', 'm1'), headline: 'Nur {{price}}', body: 'Ohne' };
    const v: Variant = {
      ...emptyRow('variants', 'v1'),
      message_id: 'm1',
      subject: 'Jetzt {{price}}',
      cta: '{{hotline}}',
    };
    expect(renameKeyEdits(f, 'price_eur', [m], [v])).toEqual([
      { table: 'facts', row: 'f1', column: 'key', value: 'price_eur' },
      { table: 'messages', row: 'm1', column: 'headline', value: 'Nur {{price_eur}}' },
      { table: 'variants', row: 'v1', column: 'subject', value: 'Jetzt {{price_eur}}' },
    ]);
  });
});
