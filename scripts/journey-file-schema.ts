import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { journeyFileJsonSchema } from '../src/shared/interchange/json-schema';

/** Writes docs/journey-file.schema.json from the journey file's zod schema. */
const file = join(__dirname, '..', 'docs', 'journey-file.schema.json');
writeFileSync(file, `${JSON.stringify(journeyFileJsonSchema(), null, 2)}\n`);
process.stdout.write(`written ${file}\n`);
