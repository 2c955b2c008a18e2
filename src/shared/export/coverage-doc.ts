import { z } from 'zod';

/**
 * The coverage dashboard as a document: every sentence already in the
 * reader's language. The page builds it from the same analysis and texts the
 * dashboard shows (so print and screen agree) and the main process lays it out
 * and writes the PDF.
 */

const text = z.string().max(2000);
const short = z.string().max(300);
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/);

export const MAX_DOC_FINDINGS = 20_000;
export const MAX_DOC_DEPARTMENTS = 200;
export const MAX_DOC_COLUMNS = 500;

/**
 * Departments against stages or channels: one row per department (its colour,
 * or null for the row of touchpoints without an owner), one count per column.
 */
const countTableSchema = z
  .object({
    columns: z.array(short).max(MAX_DOC_COLUMNS),
    rows: z
      .array(
        z.object({
          name: short,
          colour: colour.nullable(),
          counts: z.array(z.number().int().min(0).max(1_000_000)).max(MAX_DOC_COLUMNS),
        }),
      )
      .max(MAX_DOC_DEPARTMENTS + 1),
  })
  .refine((t) => t.rows.every((r) => r.counts.length === t.columns.length), {
    message: 'every department row needs one count per column',
  });
export type CountTable = z.infer<typeof countTableSchema>;

export const coverageDocSchema = z.object({
  /** The reader's language: long words in the layout break by its hyphenation patterns. */
  language: z.enum(['de', 'en']),
  title: short,
  subtitle: short,
  labels: z.object({
    /** "Page {page} of {pages}". */
    page: short,
    verdict: short,
    scores: short,
    overall: short,
    matrix: short,
    stage: short,
    findings: short,
    noFindings: short,
    departments: short,
    noOwner: short,
    notApplicable: short,
    heatmap: short,
    byChannel: short,
    department: short,
    total: short,
    continued: short,
    noDepartments: short,
  }),
  /** The maturity level as its name ("Cross-channel"), and the verdict sentence. */
  level: short,
  verdict: text,
  reasons: z.array(text).max(50),
  /** "Still needed for omnichannel", or null at the top level. */
  next: z.object({ title: short, items: z.array(text).max(50) }).nullable(),
  scores: z.array(z.object({ label: short, value: z.number().min(0).max(100).nullable() })).max(20),
  overall: z.number().min(0).max(100),
  findings: z
    .array(z.object({ severity: z.enum(['high', 'medium', 'low']), severityLabel: short, text }))
    .max(MAX_DOC_FINDINGS),
  matrix: z.object({
    channels: z.array(short).max(200),
    rows: z
      .array(
        z.object({
          name: short,
          cells: z.array(z.object({ count: z.number().int().min(0), colours: z.array(colour).max(50) })),
        }),
      )
      .max(500),
  }),
  departments: z.array(z.object({ name: short, colour })).max(MAX_DOC_DEPARTMENTS),
  /** The dashboard's department × stage heatmap, the row without an owner last. */
  heatmap: countTableSchema,
  /** The dashboard's touchpoints per department and channel. */
  byChannel: countTableSchema,
});
export type CoverageDoc = z.infer<typeof coverageDocSchema>;
