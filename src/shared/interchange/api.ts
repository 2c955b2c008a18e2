import { z } from 'zod';
import { idSchema } from '../schema/columns';
import { MAX_JOURNEY_FILE_CHARS } from './format';
import { SHEET_FIELDS } from './sheet-fields';
import { MAX_SHEET_BYTES } from './sheet-preview';

/** Input schemas of the contract's interchange.* methods (see contract.ts). */

const create = z.object({ action: z.literal('create') });
const use = z.object({ action: z.literal('use'), id: idSchema });
const none = z.object({ action: z.literal('none') });
const catalogueName = z.string().max(200);

export const catalogueChoicesSchema = z.object({
  channels: z.record(catalogueName, z.discriminatedUnion('action', [create, use])).optional(),
  departments: z.record(catalogueName, z.discriminatedUnion('action', [create, use, none])).optional(),
});

export const yamlImportShape = {
  content: z
    .string()
    .max(
      MAX_JOURNEY_FILE_CHARS,
      `the file is too large to import (the limit is ${MAX_JOURNEY_FILE_CHARS / (1024 * 1024)} MB)`,
    ),
  /** Import as a new journey even where the journey the file came from is in this workspace. */
  asNew: z.boolean().default(false),
  choices: catalogueChoicesSchema.default({}),
};

/** Base64 of the largest spreadsheet accepted. */
const MAX_SHEET_BASE64 = Math.ceil(MAX_SHEET_BYTES / 3) * 4;

export const sheetTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('new'), name: z.string().trim().max(200) }),
  z.object({ kind: z.literal('existing'), journeyId: idSchema }),
]);

export const sheetImportShape = {
  fileName: z.string().max(500),
  base64: z
    .string()
    .max(MAX_SHEET_BASE64, `the file is too large to import (the limit is ${MAX_SHEET_BYTES / (1024 * 1024)} MB)`),
  /** The sheet to read; the first visible one when absent. */
  sheet: z.string().max(200).optional(),
  /** Column per field; guessed from the headers when absent. */
  mapping: z.partialRecord(z.enum(SHEET_FIELDS), z.number().int().min(0).max(16383).nullable()).optional(),
  target: sheetTargetSchema,
  choices: catalogueChoicesSchema.default({}),
};

export const fingerprintSchema = z.string().max(64);
