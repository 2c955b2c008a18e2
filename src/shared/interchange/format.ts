import { z } from 'zod';
import { PLACEHOLDER_KEY_PATTERN } from '../messages/placeholders';
import { idSchema } from '../schema/columns';
import { CHANNEL_KINDS, CUSTOMER_EVENTS, SYSTEM_KINDS } from '../schema/tables';

/**
 * The journey file: one journey as readable YAML, for review in git. Every
 * reference is a readable name or key (channels and departments by name,
 * stages, touchpoints and backstage steps by key), never an internal id; only
 * the journey carries its id, so that importing the file again updates the
 * journey it came from. Objects are strict: a misspelt key is an error with
 * its line, not silently dropped. docs/journey-file.md describes the format;
 * docs/journey-file.schema.json is generated from this schema (a test keeps
 * them equal).
 */

export const JOURNEY_FILE_FORMAT = 'omnichannel-workbench/journey';
export const JOURNEY_FILE_VERSION = 1;
export const JOURNEY_FILE_EXTENSION = '.journey.yaml';
/** A journey of 500 touchpoints with messages is well under 1 MB; a whole workspace of them fits. */
export const MAX_JOURNEY_FILE_CHARS = 10 * 1024 * 1024;

const text = (max: number) => z.string().max(max);
/** A name that refers to a channel, department or system of the workspace. */
const catalogueRef = z.string().trim().min(1).max(200);
/** A key that refers to a stage, touchpoint or backstage step of this file. */
export const keySchema = z.string().trim().min(1).max(100);

const condition = z.strictObject({
  event: z.enum(CUSTOMER_EVENTS),
  /** Only after the event happened on this channel; any channel when absent. */
  channel: catalogueRef.optional(),
});

const variant = z.strictObject({
  channel: catalogueRef,
  subject: text(500).optional(),
  preheader: text(500).optional(),
  headline: text(500).optional(),
  body: text(20000).optional(),
  cta: text(200).optional(),
  condition: condition.optional(),
  precedence: z.number().int().min(0).max(1000).optional(),
});

const message = z.strictObject({
  headline: text(500).optional(),
  body: text(20000).optional(),
  cta: text(200).optional(),
  variants: z.array(variant).max(200).optional(),
});

const touchpointFields = {
  key: keySchema.optional(),
  title: text(200),
  channel: catalogueRef,
  owner: catalogueRef.optional(),
  supporting: z.array(catalogueRef).max(50).optional(),
  emotion: z.number().int().min(-2).max(2).optional(),
  customer_action: text(20000).optional(),
  company_response: text(20000).optional(),
  thinks: text(2000).optional(),
  feels: text(2000).optional(),
  says: text(2000).optional(),
  pain_points: text(4000).optional(),
  kpi: text(200).optional(),
  back_channel: z.boolean().optional(),
  knows_history: z.boolean().optional(),
  notes: text(20000).optional(),
  message: message.optional(),
};

const touchpoint = z.strictObject(touchpointFields);

/** Off the map: without a channel, or without a stage of this journey. */
const offMapTouchpoint = z.strictObject({
  ...touchpointFields,
  channel: catalogueRef.optional(),
  stage: keySchema.optional(),
});

const backstageFields = {
  key: keySchema.optional(),
  title: text(200),
  department: catalogueRef.optional(),
  description: text(20000).optional(),
  systems: z.array(catalogueRef).max(100).optional(),
};

const backstage = z.strictObject({
  ...backstageFields,
  /** Keys of the touchpoints it serves; it stands in the step of the first of them. */
  serves: z.array(keySchema).max(500).optional(),
});

const offMapBackstage = z.strictObject(backstageFields);

const step = z.strictObject({
  touchpoints: z.array(touchpoint).max(500).optional(),
  backstage: z.array(backstage).max(500).optional(),
});

const stage = z.strictObject({
  key: keySchema.optional(),
  name: text(200),
  message: message.optional(),
  steps: z.array(step).max(5000).optional(),
});

const link = z.strictObject({
  from: keySchema,
  to: keySchema,
  carries_context: z.boolean().optional(),
  notes: text(20000).optional(),
});

const persona = z.strictObject({
  name: text(200),
  description: text(20000).optional(),
  goals: text(20000).optional(),
  preferred_channels: z.array(catalogueRef).max(100).optional(),
});

const journey = z.strictObject({
  /** The journey the file was written from: importing it again offers to update that journey. */
  id: idSchema.optional(),
  name: text(200),
  description: text(20000).optional(),
  owner: text(200).optional(),
  persona: persona.optional(),
  /** Lanes opened on the map that may still be empty. */
  lanes: z
    .strictObject({
      channels: z.array(catalogueRef).max(500).optional(),
      departments: z.array(catalogueRef).max(500).optional(),
    })
    .optional(),
  message: message.optional(),
});

export const journeyFileSchema = z.strictObject({
  format: z.literal(JOURNEY_FILE_FORMAT),
  version: z.literal(JOURNEY_FILE_VERSION),
  journey,
  channels: z
    .array(z.strictObject({ name: catalogueRef, kind: z.enum(CHANNEL_KINDS).optional() }))
    .max(500)
    .optional(),
  departments: z
    .array(
      z.strictObject({
        name: catalogueRef,
        color: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/)
          .optional(),
      }),
    )
    .max(500)
    .optional(),
  systems: z
    .array(
      z.strictObject({
        name: catalogueRef,
        kind: z.enum(SYSTEM_KINDS).optional(),
        description: text(2000).optional(),
      }),
    )
    .max(500)
    .optional(),
  facts: z
    .array(
      z.strictObject({
        key: z.string().max(64).regex(PLACEHOLDER_KEY_PATTERN, 'a fact key is lower case: letters, digits and _'),
        label: text(200).optional(),
        value: text(2000).optional(),
      }),
    )
    .max(2000)
    .optional(),
  stages: z.array(stage).max(200).optional(),
  transitions: z.array(link).max(20000).optional(),
  handoffs: z.array(link).max(20000).optional(),
  off_map: z
    .strictObject({
      touchpoints: z.array(offMapTouchpoint).max(5000).optional(),
      backstage: z.array(offMapBackstage).max(5000).optional(),
    })
    .optional(),
});

export type JourneyFile = z.infer<typeof journeyFileSchema>;
export type FileStage = z.infer<typeof stage>;
export type FileStep = z.infer<typeof step>;
export type FileTouchpoint = z.infer<typeof touchpoint>;
export type FileOffMapTouchpoint = z.infer<typeof offMapTouchpoint>;
export type FileBackstage = z.infer<typeof backstage>;
export type FileOffMapBackstage = z.infer<typeof offMapBackstage>;
export type FileLink = z.infer<typeof link>;
export type FileMessage = z.infer<typeof message>;
export type FileVariant = z.infer<typeof variant>;
export type FilePersona = z.infer<typeof persona>;

/** The head every version shares: read first, so a newer file is named as such and not as a list of unknown keys. */
export const fileHeadSchema = z.looseObject({ format: z.unknown(), version: z.unknown() });
