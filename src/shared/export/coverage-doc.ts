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

export const coverageDocSchema = z.object({
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
  }),
  /** The maturity level as its name ("Cross channel"), and the verdict sentence. */
  level: short,
  verdict: text,
  reasons: z.array(text).max(50),
  /** "Still needed for omni channel", or null at the top level. */
  next: z.object({ title: short, items: z.array(text).max(50) }).nullable(),
  scores: z.array(z.object({ label: short, value: z.number().min(0).max(100).nullable() })).max(20),
  overall: z.number().min(0).max(100),
  findings: z
    .array(z.object({ severity: z.enum(['high', 'medium', 'low']), severityLabel: short, text }))
    .max(MAX_DOC_FINDINGS),
  matrix: z.object({
    channels: z.array(short).max(200),
    rows: z
      .array(z.object({ name: short, cells: z.array(z.object({ count: z.number().int().min(0), colours: z.array(colour).max(50) })) }))
      .max(500),
  }),
  departments: z.array(z.object({ name: short, colour })).max(200),
});
export type CoverageDoc = z.infer<typeof coverageDocSchema>;
