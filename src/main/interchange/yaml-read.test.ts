import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JOURNEY_FILE_CHARS } from '../../shared/interchange/format';
import { fileProblemText, type FileProblem } from '../../shared/interchange/problems';
import { readJourneyYaml, writeJourneyYaml } from './yaml-file';

/** Bad journey files: each is refused with a reason and the line, and nothing comes back to import. */

const GOOD = `format: omnichannel-workbench/journey
version: 1
journey:
  name: Fahrradkauf
channels:
  - name: Filiale
    kind: store
stages:
  - key: kauf
    name: Kauf
    steps:
      - touchpoints:
          - key: beratung
            title: Beratung
            channel: Filiale
            emotion: 1
      - touchpoints:
          - key: kasse
            title: Kasse
            channel: Filiale
transitions:
  - from: beratung
    to: kasse
`;

function problems(text: string): FileProblem[] {
  const result = readJourneyYaml(text);
  if (result.ok) throw new Error('the file was accepted');
  return result.problems;
}

function one(text: string): FileProblem {
  const found = problems(text);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('reading a journey file', () => {
  it('accepts a hand-written file, making keys for items written without one', () => {
    const result = readJourneyYaml(
      GOOD.replace('          - key: kasse\n            title: Kasse', '          - title: Kasse'),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.files[0]!.steps[0]![1]!.touchpoints[0]!.key).toBe('kasse');
  });

  it('names an unknown key and its line', () => {
    const p = one(GOOD.replace('            emotion: 1', '            emotion: 1\n            titel: Beratung'));
    expect(p).toMatchObject({ code: 'unknown_key', line: 17, value: 'titel' });
    expect(fileProblemText(p)).toBe('line 17: unknown key "titel" at stages[0].steps[0].touchpoints[0].titel');
  });

  it('names a wrong type and a value out of range', () => {
    expect(one(GOOD.replace('emotion: 1', 'emotion: sehr gut'))).toMatchObject({
      code: 'wrong_type',
      line: 16,
      path: 'stages[0].steps[0].touchpoints[0].emotion',
      expected: 'number',
    });
    const range = one(GOOD.replace('emotion: 1', 'emotion: 5'));
    expect(fileProblemText(range)).toBe(
      'line 16: stages[0].steps[0].touchpoints[0].emotion must be at most 2 (found 5)',
    );
    expect(one(GOOD.replace('    kind: store', '    kind: shop_floor'))).toMatchObject({
      code: 'invalid_value',
      line: 7,
    });
    expect(one(GOOD.replace('            title: Kasse\n', ''))).toMatchObject({ code: 'missing', line: 18 });
  });

  it('refuses references used twice and hand-offs or transitions that point nowhere', () => {
    const twice = problems(GOOD.replace('key: kasse', 'key: beratung'));
    expect(twice.map((p) => [p.code, p.line, p.value])).toEqual([
      ['duplicate_reference', 18, 'beratung'],
      ['dangling_reference', 23, 'kasse'],
    ]);
    const dangling = one(GOOD.replace('    to: kasse', '    to: kasse-2'));
    expect(fileProblemText(dangling)).toBe('line 23: "kasse-2" names no touchpoint of this file at transitions[0].to');
    const handoff = one(
      `${GOOD}handoffs:\n  - from: beratung\n    to: lager\n`.replace(
        '      - touchpoints:\n          - key: kasse',
        '        backstage:\n          - key: lager\n            title: Lager prüfen\n      - touchpoints:\n          - key: kasse',
      ),
    );
    expect(handoff).toMatchObject({ code: 'dangling_reference', value: 'beratung', expected: 'backstage', line: 28 });
    expect(one(`${GOOD}  - from: beratung\n    to: kasse\n`)).toMatchObject({ code: 'duplicate_reference', line: 24 });
    expect(one(GOOD.replace('    to: kasse', '    to: beratung'))).toMatchObject({ code: 'self_reference', line: 23 });
  });

  it('refuses a file from a newer format version by its version, not by its new keys', () => {
    const p = one(GOOD.replace('version: 1', 'version: 2').replace('journey:\n', 'workspace: x\njourney:\n'));
    expect(p).toMatchObject({ code: 'newer_version', line: 2, value: '2', expected: '1' });
    expect(fileProblemText(p)).toContain('made by a newer version of the app');
  });

  it('refuses other files, empty files and YAML syntax errors with their line', () => {
    expect(one('name: x\n')).toMatchObject({ code: 'not_journey_file' });
    expect(one('- a\n- b\n')).toMatchObject({ code: 'not_journey_file', line: 1 });
    expect(one('  \n')).toMatchObject({ code: 'empty' });
    expect(one(GOOD.replace('    name: Kauf', '    name: [Kauf'))).toMatchObject({ code: 'syntax' });
    expect(one(GOOD.replace('  name: Fahrradkauf', '  name: Fahrradkauf\n  name: Zweimal'))).toMatchObject({
      code: 'duplicate_yaml_key',
      line: 5,
      value: 'name',
    });
  });

  it('refuses a file over the size limit (50 MB) before reading it', () => {
    const big = GOOD + `# ${'x'.repeat(50 * 1024 * 1024)}\n`;
    expect(big.length).toBeGreaterThan(MAX_JOURNEY_FILE_CHARS);
    const started = Date.now();
    expect(one(big)).toMatchObject({ code: 'too_large', expected: '10' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a YAML bomb (aliases expanding exponentially) without expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${new Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const bomb = `format: omnichannel-workbench/journey\nversion: 1\n${levels.join('\n')}\njourney:\n  name: *i\n`;
    const p = one(bomb);
    expect(p).toMatchObject({ code: 'aliases', line: 4 });
  });

  it('reads several journeys from one file, numbering problems by journey', () => {
    const two = `${GOOD}---\n${GOOD.replace('emotion: 1', 'emotion: 9')}`;
    const p = one(two);
    expect(p).toMatchObject({ document: 2, line: 40 });
    expect(fileProblemText(p)).toMatch(/^journey 2, line 40: /);
  });

  it('writes any text so that it reads back the same (quotes, colons, line breaks, leading dashes)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 60 }), (title, notes) => {
        const text = writeJourneyYaml([
          {
            format: 'omnichannel-workbench/journey',
            version: 1,
            journey: { name: 'x', description: notes },
            channels: [{ name: 'Web', kind: 'website' }],
            stages: [{ key: 's', name: 'S', steps: [{ touchpoints: [{ key: 't', title, channel: 'Web', notes }] }] }],
          },
        ]);
        const result = readJourneyYaml(text);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.files[0]!.file.stages![0]!.steps![0]!.touchpoints![0]).toMatchObject({ title, notes });
      }),
      { numRuns: 100 },
    );
  });
});
