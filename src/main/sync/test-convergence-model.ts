import fc from 'fast-check';
import type { Change, ChangeValue } from '../../shared/changes';
import type { TableName } from '../../shared/schema/tables';

/**
 * The scenarios of convergence.test.ts: devices (editors and one viewer) with
 * clocks skewed up to the server's refusal limit make edits to several tables
 * and sync in rounds whose steps run at the same time, while requests are
 * lost before or after the server, pushes are doubled, and pulls crash before
 * they commit. Edits are abstract here; the test makes them concrete for the
 * device that makes them (its name and account sign review data).
 */

/** The server's refusal limit is 5 minutes ahead; skews go right up to it (with room for the run's duration). */
export const MAX_SKEW_MS = 5 * 60_000 - 5_000;

const TOUCHPOINTS = ['tp-00000001', 'tp-00000002', 'tp-00000003'];
const STAGES = ['stage-000001', 'stage-000002'];
const JOURNEYS = ['journey-0001', 'journey-0002'];

/** Plain entity fields an editor may set (a viewer may not). */
export const ENTITY_FIELDS: { table: TableName; rows: string[]; column: string; value: fc.Arbitrary<ChangeValue> }[] = [
  { table: 'touchpoints', rows: TOUCHPOINTS, column: 'title', value: fc.string({ maxLength: 12 }) },
  { table: 'touchpoints', rows: TOUCHPOINTS, column: 'emotion', value: fc.integer({ min: -2, max: 2 }) },
  {
    table: 'touchpoints',
    rows: TOUCHPOINTS,
    column: 'supporting_department_ids',
    value: fc.array(fc.constantFrom('dep-00000001', 'dep-00000002'), { maxLength: 2 }),
  },
  { table: 'touchpoints', rows: TOUCHPOINTS, column: 'tombstone', value: fc.boolean() },
  { table: 'stages', rows: STAGES, column: 'name', value: fc.string({ maxLength: 10 }) },
  { table: 'stages', rows: STAGES, column: 'sort_key', value: fc.stringMatching(/^[0-9A-Za-z]{1,4}$/) },
  { table: 'journeys', rows: JOURNEYS, column: 'name', value: fc.string({ maxLength: 10 }) },
];

export type Edit =
  | { kind: 'field'; field: number; row: number; value: ChangeValue }
  /** A new comment by this device's account. */
  | { kind: 'comment'; body: string }
  /** Reword (or delete) one of this device's own comments. */
  | { kind: 'reword'; pick: number; body: string; remove: boolean }
  /** Resolve or reopen any thread this device can see. */
  | { kind: 'resolve'; pick: number; resolved: boolean }
  | { kind: 'approve'; journey: number; state: 'in_review' | 'approved' }
  /** A snapshot: written once, never changed. */
  | { kind: 'snapshot'; journey: number; content: string };

export type Step =
  | { kind: 'edit'; device: number; edits: Edit[] }
  | { kind: 'push'; device: number; lose: 'none' | 'request' | 'answer'; duplicate: boolean }
  | { kind: 'pull'; device: number; lose: 'none' | 'request' | 'answer'; crash: boolean }
  /** The viewer tries a batch with a non-review change in it: refused whole. */
  | { kind: 'forbidden'; touchpoint: number };

const fieldEdit: fc.Arbitrary<Edit> = fc.integer({ min: 0, max: ENTITY_FIELDS.length - 1 }).chain((field) =>
  fc.record({
    kind: fc.constant('field' as const),
    field: fc.constant(field),
    row: fc.nat(ENTITY_FIELDS[field]!.rows.length - 1),
    value: ENTITY_FIELDS[field]!.value,
  }),
);

const reviewEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('comment' as const), body: fc.string({ minLength: 1, maxLength: 12 }) }),
  fc.record({
    kind: fc.constant('reword' as const),
    pick: fc.nat(5),
    body: fc.string({ maxLength: 12 }),
    remove: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('resolve' as const), pick: fc.nat(8), resolved: fc.boolean() }),
  fc.record({
    kind: fc.constant('approve' as const),
    journey: fc.nat(JOURNEYS.length - 1),
    state: fc.constantFrom('in_review' as const, 'approved' as const),
  }),
  fc.record({
    kind: fc.constant('snapshot' as const),
    journey: fc.nat(JOURNEYS.length - 1),
    content: fc.string({ maxLength: 20 }),
  }),
);

const lose = fc.constantFrom('none' as const, 'none' as const, 'request' as const, 'answer' as const);

/** Steps for `devices` devices; the last one is the viewer. */
function stepFor(devices: number): fc.Arbitrary<Step> {
  const viewer = devices - 1;
  const editor = fc.nat(devices - 2);
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        device: editor,
        edits: fc.array(fc.oneof({ weight: 3, arbitrary: fieldEdit }, { weight: 1, arbitrary: reviewEdit }), {
          minLength: 1,
          maxLength: 3,
        }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        device: fc.constant(viewer),
        edits: fc.array(reviewEdit, { minLength: 1, maxLength: 2 }),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('push' as const),
        device: fc.nat(devices - 1),
        lose,
        duplicate: fc.boolean(),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('pull' as const),
        device: fc.nat(devices - 1),
        lose,
        crash: fc.boolean(),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('forbidden' as const), touchpoint: fc.nat(TOUCHPOINTS.length - 1) }),
    },
  );
}

/** A device syncs one thing at a time (its loop runs one round); edits may overlap a round. */
function oneSyncPerDevice(round: Step[]): boolean {
  const syncing = round
    .filter((s) => s.kind === 'push' || s.kind === 'pull')
    .map((s) => (s as { device: number }).device);
  return new Set(syncing).size === syncing.length;
}

/**
 * A device syncing while its user keeps typing: something is pending, then a
 * round starts and an edit lands in the middle of it.
 */
function overlapFor(devices: number): fc.Arbitrary<Step[][]> {
  const edits = fc.array(fc.oneof(fieldEdit, reviewEdit), { minLength: 1, maxLength: 2 });
  return fc.nat(devices - 2).chain((device) =>
    fc
      .tuple(
        edits,
        fc.oneof(
          fc.record({
            kind: fc.constant('push' as const),
            device: fc.constant(device),
            lose,
            duplicate: fc.boolean(),
          }),
          fc.record({ kind: fc.constant('pull' as const), device: fc.constant(device), lose, crash: fc.boolean() }),
        ),
        edits,
      )
      .map(([before, sync, during]): Step[][] => [
        [{ kind: 'edit', device, edits: before }],
        [sync, { kind: 'edit', device, edits: during }],
      ]),
  );
}

export const scenario = fc.integer({ min: 3, max: 4 }).chain((editors) => {
  const devices = editors + 1;
  return fc.record({
    devices: fc.constant(devices),
    skews: fc.array(
      fc.oneof(fc.integer({ min: -MAX_SKEW_MS, max: MAX_SKEW_MS }), fc.constantFrom(-MAX_SKEW_MS, MAX_SKEW_MS)),
      { minLength: devices, maxLength: devices },
    ),
    limits: fc.record({
      pushBatch: fc.integer({ min: 1, max: 4 }),
      pushBytes: fc.constant(1 << 20),
      pageSize: fc.integer({ min: 1, max: 4 }),
    }),
    rounds: fc
      .array(
        fc.oneof(
          {
            weight: 4,
            arbitrary: fc
              .array(stepFor(devices), { minLength: 1, maxLength: 3 })
              .filter(oneSyncPerDevice)
              .map((round) => [round]),
          },
          { weight: 1, arbitrary: overlapFor(devices) },
        ),
        { minLength: 1, maxLength: 20 },
      )
      .map((blocks) => blocks.flat()),
  });
});

export const entityChange = (e: Extract<Edit, { kind: 'field' }>): Omit<Change, 'hlc'> => {
  const f = ENTITY_FIELDS[e.field]!;
  return { table: f.table, row: f.rows[e.row]!, column: f.column, value: e.value };
};

export const journeyRow = (i: number): string => JOURNEYS[i]!;
export const touchpointRow = (i: number): string => TOUCHPOINTS[i]!;
