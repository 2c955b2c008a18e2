import { z } from 'zod';
import { JOURNEY_FILE_FORMAT, JOURNEY_FILE_VERSION, journeyFileSchema } from './format';

/**
 * The journey file's JSON Schema, made from the same zod schema the import
 * reads with, so the two cannot drift: docs/journey-file.schema.json is this
 * object (a test compares them; `npx tsx scripts/journey-file-schema.ts`
 * writes it). Editors that understand JSON Schema validate YAML with it.
 */
export function journeyFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(journeyFileSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://omnichannel-workbench.invalid/schemas/journey-file.schema.json',
    title: 'Omnichannel Workbench journey file',
    description: `One customer journey (or several, as YAML documents) in the format ${JOURNEY_FILE_FORMAT}, version ${JOURNEY_FILE_VERSION}. See docs/journey-file.md.`,
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
