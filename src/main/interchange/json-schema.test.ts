import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { journeyFileJsonSchema } from '../../shared/interchange/json-schema';
import { journeyToFile } from '../../shared/interchange/to-file';
import { richJourney, templateWorkspace } from '../../shared/interchange/testing';
import { buildJourneySlice } from '../../shared/journey/slice';
import { JOURNEY_TEMPLATES } from '../../shared/templates';
import { writeJourneyYaml } from './yaml-file';

/** docs/journey-file.schema.json: made from the zod schema, and exported files validate against it. */

const committed = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'docs', 'journey-file.schema.json'), 'utf8'),
) as Record<string, unknown>;
const validate = new Ajv2020({ allErrors: true }).compile(committed);

describe('the journey file JSON Schema', () => {
  it('is the one the zod schema gives (regenerate: npx tsx scripts/journey-file-schema.ts)', () => {
    expect(committed).toEqual(journeyFileJsonSchema());
  });

  it('accepts every exported file: the templates in both languages and a journey with everything', () => {
    const journeys = [
      ...JOURNEY_TEMPLATES.flatMap((t) => (['de', 'en'] as const).map((l) => templateWorkspace(t, l))),
      richJourney(),
    ];
    for (const { ws, journeyId } of journeys) {
      const text = writeJourneyYaml([journeyToFile(buildJourneySlice(ws.rows(journeyId)), ws.state().facts).file]);
      const ok = validate(parse(text));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('refuses what the import refuses: unknown keys, wrong types, values out of range', () => {
    const file = {
      format: 'omnichannel-workbench/journey',
      version: 1,
      journey: { name: 'x' },
      stages: [{ name: 'S', steps: [{ touchpoints: [{ title: 't', channel: 'Web', emotion: 1 }] }] }],
    };
    expect(validate(file)).toBe(true);
    expect(validate({ ...file, journey: { name: 'x', titel: 'y' } })).toBe(false);
    expect(validate({ ...file, version: 2 })).toBe(false);
    const tp = file.stages[0]!.steps[0]!.touchpoints[0]!;
    tp.emotion = 3;
    expect(validate(file)).toBe(false);
  });
});
