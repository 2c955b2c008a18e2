import { z } from 'zod';
import { col, type ColumnDef } from './columns';

/**
 * The replicated tables and their columns. This object is the allow-list of the
 * write path: a change naming a table or column that is not here is refused.
 * Every table also has `id` and the `tombstone` column (deletes are changes too).
 * The SQL migrations must create exactly these columns; a test checks that.
 */

export const CHANNEL_KINDS = [
  'website',
  'shop',
  'email',
  'sms',
  'push',
  'app',
  'social',
  'search_ads',
  'store',
  'shop_window',
  'call_centre',
  'print',
  'reseller',
  'review_site',
  'other',
] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const OWNERSHIPS = ['owned', 'paid', 'earned', 'third_party'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

const limit = z.number().int().min(1).max(100000).nullable();
export const channelConstraintsSchema = z.object({
  headlineMax: limit.default(null),
  bodyMax: limit.default(null),
  ctaMax: limit.default(null),
  subjectMax: limit.default(null),
  preheaderMax: limit.default(null),
  /** SMS: the most segments a message may use; null when the channel is not SMS. */
  smsMaxSegments: z.number().int().min(1).max(20).nullable().default(null),
  subject: z.boolean().default(false),
  preheader: z.boolean().default(false),
  links: z.boolean().default(true),
  images: z.boolean().default(true),
});
export type ChannelConstraints = z.infer<typeof channelConstraintsSchema>;
export const noConstraints: ChannelConstraints = channelConstraintsSchema.parse({});

export const CUSTOMER_EVENTS = [
  'newsletter_opened',
  'newsletter_clicked',
  'product_page_visited',
  'store_visited',
  'hotline_called',
  'cart_abandoned',
  'purchased',
  'complained',
] as const;
export type CustomerEvent = (typeof CUSTOMER_EVENTS)[number];
export const variantConditionSchema = z
  .object({ event: z.enum(CUSTOMER_EVENTS), channelId: z.string().max(64).nullable().default(null) })
  .nullable();

/** What a support system is, so templates can find the workspace's CRM or ticket system by kind. */
export const SYSTEM_KINDS = [
  'crm',
  'ticketing',
  'pos',
  'warehouse',
  'erp',
  'shop_system',
  'email_platform',
  'analytics',
  'other',
] as const;
export type SystemKind = (typeof SYSTEM_KINDS)[number];

export const APPROVAL_STATES = ['draft', 'in_review', 'changes_requested', 'approved'] as const;
export const COMMENT_TARGETS = ['journeys', 'stages', 'touchpoints', 'messages'] as const;
/** A frozen journey travels as one change value; it must fit a sync request (4 MiB). */
export const SNAPSHOT_MAX_CHARS = 3_000_000;

/** Journeys not reviewed for this many days are flagged, until a workspace says otherwise. */
export const DEFAULT_REVIEW_INTERVAL_DAYS = 90;

export const TABLES = {
  workspaces: {
    name: col.text(),
    description: col.longText(),
    banned_terms: col.strings(),
    required_terms: col.strings(),
    review_interval_days: col.int(1, 3650, DEFAULT_REVIEW_INTERVAL_DAYS),
  },
  departments: {
    name: col.text(),
    color: col.colour('#64748b'),
    sort_key: col.sortKey(),
    archived: col.bool(),
  },
  channels: {
    name: col.text(),
    kind: col.enumOf(CHANNEL_KINDS, 'other'),
    online: col.bool(true),
    ownership: col.enumOf(OWNERSHIPS, 'owned'),
    controlled: col.bool(true),
    monitored: col.bool(true),
    back_channel: col.bool(),
    constraints: col.object(channelConstraintsSchema, noConstraints),
    sort_key: col.sortKey(),
    archived: col.bool(),
    /** Who a message on this channel comes from in previews (an email's sender, an SMS's sender ID); '' = the workspace. */
    preview_sender: col.text(),
  },
  personas: {
    name: col.text(),
    description: col.longText(),
    goals: col.longText(),
    preferred_channel_ids: col.refs(),
  },
  journeys: {
    name: col.text(),
    description: col.longText(),
    persona_id: col.ref(),
    owner: col.text(),
    last_reviewed_at: col.dateTime(),
    approval: col.enumOf(APPROVAL_STATES, 'draft'),
    /** Who set the approval state, and when (the review trail shows older states from the change log). */
    approval_by: col.text(),
    approval_at: col.dateTime(),
    /** Why changes were requested (asked for when a reviewer requests changes); '' otherwise. */
    approval_note: col.longText(2000),
    archived: col.bool(),
    /** Channel lanes opened on this journey's map that may still be empty: they stay until closed. */
    lane_channel_ids: col.refs(),
    /** Backstage (department) lanes opened on this journey's map, kept the same way. */
    lane_department_ids: col.refs(),
  },
  stages: {
    journey_id: col.ref(),
    name: col.text(),
    sort_key: col.sortKey(),
  },
  touchpoints: {
    journey_id: col.ref(),
    stage_id: col.ref(),
    channel_id: col.ref(),
    title: col.text(),
    customer_action: col.longText(),
    company_response: col.longText(),
    owner_department_id: col.ref(),
    supporting_department_ids: col.refs(),
    emotion: col.int(-2, 2, 0),
    kpi: col.text(),
    back_channel: col.bool(),
    knows_history: col.bool(),
    notes: col.longText(),
    /** Order of the cards stacked in one step and lane. */
    sort_key: col.sortKey(),
    archived: col.bool(),
    /**
     * The customer's time order within the stage (fractional key). Touchpoints
     * with the same key happen at the same step (parallel); '' means "not yet
     * placed in time": such touchpoints follow the keyed ones in lane order,
     * which is the order the map showed before steps existed (see journey/steps.ts).
     */
    step_key: col.sortKey(),
    /** What the customer thinks, feels and says here, and what hurts. */
    thinks: col.longText(2000),
    feels: col.longText(2000),
    says: col.longText(2000),
    pain_points: col.longText(4000),
  },
  transitions: {
    journey_id: col.ref(),
    from_touchpoint_id: col.ref(),
    to_touchpoint_id: col.ref(),
    carries_context: col.bool(),
    notes: col.longText(),
  },
  facts: {
    key: col.text(64),
    label: col.text(),
    value: col.longText(2000),
    archived: col.bool(),
  },
  messages: {
    journey_id: col.ref(),
    stage_id: col.ref(),
    touchpoint_id: col.ref(),
    headline: col.text(500),
    body: col.longText(),
    cta: col.text(200),
  },
  variants: {
    message_id: col.ref(),
    channel_id: col.ref(),
    headline: col.text(500),
    body: col.longText(),
    cta: col.text(200),
    subject: col.text(500),
    preheader: col.text(500),
    condition: col.object(variantConditionSchema, null),
    precedence: col.int(0, 1000, 0),
  },
  comments: {
    target_table: col.enumOf(COMMENT_TARGETS, 'journeys'),
    target_id: col.ref(),
    parent_id: col.ref(),
    author: col.text(),
    body: col.longText(5000),
    resolved: col.bool(),
    /** The sync account that wrote it ('' on a device that does not sync); the server checks it. */
    author_id: col.text(100),
    /** Who resolved the thread (a root comment), and when; '' and null while it is open. */
    resolved_by: col.text(),
    resolved_at: col.dateTime(),
  },
  /**
   * A journey frozen at sign-off: the journey with its stages, touchpoints,
   * transitions, messages and variants as JSON text (parsed with its own schema
   * where it is read), so later edits never change what was approved.
   */
  snapshots: {
    journey_id: col.ref(),
    taken_by: col.text(),
    taken_at: col.dateTime(),
    note: col.longText(2000),
    content: col.longText(SNAPSHOT_MAX_CHARS),
  },
  /** The systems departments work with behind the scenes: CRM, ticket system, POS, warehouse… */
  support_systems: {
    name: col.text(),
    kind: col.enumOf(SYSTEM_KINDS, 'other'),
    description: col.longText(2000),
    sort_key: col.sortKey(),
    archived: col.bool(),
  },
  /**
   * What a department does behind the line of visibility (the service
   * blueprint's backstage). It stands in the step column of the first
   * touchpoint it serves (backstage_links); stage_id and step_key place it
   * when it serves none.
   */
  backstage_steps: {
    journey_id: col.ref(),
    stage_id: col.ref(),
    step_key: col.sortKey(),
    department_id: col.ref(),
    title: col.text(),
    description: col.longText(),
    system_ids: col.refs(),
    /** Order of backstage steps stacked in one step and department lane. */
    sort_key: col.sortKey(),
    archived: col.bool(),
  },
  /** A backstage step serves a touchpoint. A row per link, so links added on two devices at once both stay. */
  backstage_links: {
    journey_id: col.ref(),
    backstage_step_id: col.ref(),
    touchpoint_id: col.ref(),
  },
  /** Work passed from one backstage step to another, carrying the customer's context or losing it. */
  backstage_handoffs: {
    journey_id: col.ref(),
    from_step_id: col.ref(),
    to_step_id: col.ref(),
    carries_context: col.bool(),
    notes: col.longText(),
  },
  /** Workshop sticky notes captured per stage, before they become touchpoints. */
  workshop_notes: {
    journey_id: col.ref(),
    stage_id: col.ref(),
    channel_id: col.ref(),
    text: col.text(500),
    author: col.text(),
    sort_key: col.sortKey(),
    /** The touchpoint this note became; null while it is still a note. */
    touchpoint_id: col.ref(),
  },
} as const satisfies Record<string, Record<string, ColumnDef>>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
export type ColumnName<T extends TableName> = keyof (typeof TABLES)[T] & string;

type Columns<T extends TableName> = (typeof TABLES)[T];
export type Row<T extends TableName> = { id: string; tombstone: boolean } & {
  -readonly [C in keyof Columns<T>]: Columns<T>[C] extends ColumnDef<infer S> ? z.infer<S> : never;
};
export type RowFields<T extends TableName> = Partial<Omit<Row<T>, 'id'>>;

export type Workspace = Row<'workspaces'>;
export type Department = Row<'departments'>;
export type Channel = Row<'channels'>;
export type Persona = Row<'personas'>;
export type Journey = Row<'journeys'>;
export type Stage = Row<'stages'>;
export type Touchpoint = Row<'touchpoints'>;
export type Transition = Row<'transitions'>;
export type Fact = Row<'facts'>;
export type Message = Row<'messages'>;
export type Variant = Row<'variants'>;
export type Comment = Row<'comments'>;
export type Snapshot = Row<'snapshots'>;
export type WorkshopNote = Row<'workshop_notes'>;
export type SupportSystem = Row<'support_systems'>;
export type BackstageStep = Row<'backstage_steps'>;
export type BackstageLink = Row<'backstage_links'>;
export type BackstageHandoff = Row<'backstage_handoffs'>;

export const tombstoneColumn: ColumnDef = col.bool();

export function isTableName(name: string): name is TableName {
  return Object.prototype.hasOwnProperty.call(TABLES, name);
}

/** The column definition, or undefined when the table or column is not allowed. */
export function columnDef(table: string, column: string): ColumnDef | undefined {
  if (!isTableName(table)) return undefined;
  if (column === 'tombstone') return tombstoneColumn;
  const cols: Record<string, ColumnDef> = TABLES[table];
  return Object.prototype.hasOwnProperty.call(cols, column) ? cols[column] : undefined;
}

export function columnNames(table: TableName): string[] {
  return [...Object.keys(TABLES[table]), 'tombstone'];
}

/** A row with every column at its default: what a row is before changes fill it. */
export function emptyRow<T extends TableName>(table: T, id: string): Row<T> {
  const row: Record<string, unknown> = { id, tombstone: false };
  for (const [name, c] of Object.entries(TABLES[table] as Record<string, ColumnDef>)) row[name] = c.fallback;
  return row as Row<T>;
}
