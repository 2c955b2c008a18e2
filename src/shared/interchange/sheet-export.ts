import { computeCoverage } from '../analysis/analyze';
import type { Language } from '../default-catalogue';
import type { JourneySlice } from '../journey/slice';
import { SHEET_FIELDS, SHEET_HEADERS, type SheetField } from './sheet-fields';

/**
 * The journey as a workbook for people who work in Excel: one sheet per view
 * — touchpoints in time order (the same columns the import reads, so the
 * sheet can come back), backstage, transitions, the stage × channel coverage
 * and the department × stage heatmap. Words are in the reader's language.
 */

export type SheetValue = string | number | null;

export interface SheetSpec {
  name: string;
  columns: { header: string; width: number }[];
  rows: SheetValue[][];
  /** Only whole numbers from -2 to 2 in this column (the template's emotion column). */
  emotionColumn?: number;
  /** Only values of the list in this column: the names on another sheet's range, e.g. 'Hinweise'!$B$20:$B$33. */
  listColumn?: { column: number; range: string };
}

const W = {
  touchpoints: { de: 'Kontaktpunkte', en: 'Touchpoints' },
  backstage: { de: 'Backstage', en: 'Backstage' },
  transitions: { de: 'Übergänge', en: 'Transitions' },
  coverage: { de: 'Abdeckung Phase × Kanal', en: 'Coverage stage × channel' },
  departments: { de: 'Abteilungen × Phasen', en: 'Departments × stages' },
  supporting: { de: 'Unterstützende Abteilungen', en: 'Supporting departments' },
  backChannel: { de: 'Rückkanal', en: 'Back channel' },
  knowsHistory: { de: 'Kennt Vorgeschichte', en: 'Knows earlier activity' },
  yes: { de: 'ja', en: 'yes' },
  no: { de: 'nein', en: 'no' },
  department: { de: 'Abteilung', en: 'Department' },
  title: { de: 'Titel', en: 'Title' },
  description: { de: 'Beschreibung', en: 'Description' },
  systems: { de: 'Systeme', en: 'Systems' },
  serves: { de: 'Dient den Kontaktpunkten', en: 'Serves touchpoints' },
  from: { de: 'Von', en: 'From' },
  to: { de: 'Nach', en: 'To' },
  fromChannel: { de: 'Kanal von', en: 'From channel' },
  toChannel: { de: 'Kanal nach', en: 'To channel' },
  carries: { de: 'Kontext wird übergeben', en: 'Carries context' },
  notes: { de: 'Notizen', en: 'Notes' },
  total: { de: 'Summe', en: 'Total' },
  noChannel: { de: 'Ohne Kanal', en: 'No channel' },
  noOwner: { de: 'Ohne Verantwortliche', en: 'No owner' },
} as const;

export const SHEET_WORDS = W;

const width = (field: SheetField) =>
  ['customer_action', 'company_response', 'pain_points', 'notes'].includes(field) ? 40 : field === 'title' ? 32 : 18;

export function journeySheets(slice: JourneySlice, language: Language): SheetSpec[] {
  const w = (key: keyof typeof W) => W[key][language];
  const yesNo = (b: boolean) => (b ? w('yes') : w('no'));
  const channelName = (id: string | null) => (id === null ? '' : (slice.channels.get(id)?.name ?? ''));
  const departmentName = (id: string | null) => (id === null ? '' : (slice.departments.get(id)?.name ?? ''));
  const stepNumber = (id: string) => {
    const step = slice.stepOf.get(id);
    return step ? step.indexInStage + 1 : null;
  };
  const stageName = (i: number) => slice.stages[i]?.name ?? '';

  const touchpoints: SheetSpec = {
    name: w('touchpoints'),
    columns: [
      ...SHEET_FIELDS.map((f) => ({ header: SHEET_HEADERS[f][language], width: width(f) })),
      { header: w('supporting'), width: 24 },
      { header: w('backChannel'), width: 12 },
      { header: w('knowsHistory'), width: 14 },
    ],
    rows: slice.touchpoints.map((tp) => {
      const step = slice.stepOf.get(tp.id)!;
      const values: Record<SheetField, SheetValue> = {
        stage: stageName(step.stageIndex),
        step: step.indexInStage + 1,
        channel: channelName(tp.channel_id),
        title: tp.title,
        customer_action: tp.customer_action,
        company_response: tp.company_response,
        owner: departmentName(tp.owner_department_id),
        emotion: tp.emotion,
        kpi: tp.kpi,
        thinks: tp.thinks,
        feels: tp.feels,
        says: tp.says,
        pain_points: tp.pain_points,
        notes: tp.notes,
      };
      return [
        ...SHEET_FIELDS.map((f) => values[f]),
        tp.supporting_department_ids.map(departmentName).filter(Boolean).join(', '),
        yesNo(tp.back_channel),
        yesNo(tp.knows_history),
      ];
    }),
  };

  const backstage: SheetSpec = {
    name: w('backstage'),
    columns: [
      { header: SHEET_HEADERS.stage[language], width: 18 },
      { header: SHEET_HEADERS.step[language], width: 8 },
      { header: w('department'), width: 20 },
      { header: w('title'), width: 32 },
      { header: w('description'), width: 40 },
      { header: w('systems'), width: 24 },
      { header: w('serves'), width: 40 },
    ],
    rows: [...slice.backstage.steps, ...slice.backstage.unplaced].map((b) => {
      const step = slice.stepOf.get(b.id);
      return [
        step ? stageName(step.stageIndex) : '',
        stepNumber(b.id),
        departmentName(b.department_id),
        b.title,
        b.description,
        b.system_ids
          .map((id) => slice.systems.get(id)?.name ?? '')
          .filter(Boolean)
          .join(', '),
        (slice.backstage.serves.get(b.id) ?? []).map((tp) => tp.title).join(', '),
      ];
    }),
  };

  const transitions: SheetSpec = {
    name: w('transitions'),
    columns: [
      { header: w('from'), width: 32 },
      { header: w('fromChannel'), width: 20 },
      { header: w('to'), width: 32 },
      { header: w('toChannel'), width: 20 },
      { header: w('carries'), width: 14 },
      { header: w('notes'), width: 40 },
    ],
    rows: slice.transitions.map((t) => {
      const from = slice.touchpointById.get(t.from_touchpoint_id!)!;
      const to = slice.touchpointById.get(t.to_touchpoint_id!)!;
      return [
        from.title,
        channelName(from.channel_id),
        to.title,
        channelName(to.channel_id),
        yesNo(t.carries_context),
        t.notes,
      ];
    }),
  };

  return [touchpoints, backstage, transitions, ...coverageSheets(slice, language)];
}

function coverageSheets(slice: JourneySlice, language: Language): SheetSpec[] {
  const w = (key: keyof typeof W) => W[key][language];
  const channels = [...slice.channels.values()];
  const departments = [...slice.departments.values()];
  const coverage = computeCoverage({
    departments,
    channels,
    personas: slice.persona ? [slice.persona] : [],
    journeys: [slice.journey],
    stages: slice.stages,
    touchpoints: slice.touchpoints,
    transitions: slice.transitions,
  }).journeys[0];
  if (!coverage) return [];
  const channelById = new Map(channels.map((c) => [c.id, c]));
  const departmentById = new Map(departments.map((d) => [d.id, d]));
  const count = (n: number) => (n === 0 ? null : n);
  const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);
  const hasUnassigned = coverage.unassigned.some((c) => c.touchpointIds.length > 0);

  const matrix: SheetSpec = {
    name: w('coverage'),
    columns: [
      { header: SHEET_HEADERS.stage[language], width: 22 },
      ...coverage.channelIds.map((id) => ({ header: channelById.get(id)?.name ?? '', width: 14 })),
      ...(hasUnassigned ? [{ header: w('noChannel'), width: 14 }] : []),
      { header: w('total'), width: 10 },
    ],
    rows: coverage.rows.map((row, r) => {
      const cells = coverage.cells[r]!.map((c) => c.touchpointIds.length);
      const unassigned = coverage.unassigned[r]!.touchpointIds.length;
      return [row.name, ...cells.map(count), ...(hasUnassigned ? [count(unassigned)] : []), sum(cells) + unassigned];
    }),
  };
  const hasUnowned = coverage.unownedByRow.some((n) => n > 0);
  const heatmap: SheetSpec = {
    name: w('departments'),
    columns: [
      { header: w('department'), width: 24 },
      ...coverage.rows.map((row) => ({ header: row.name, width: 14 })),
      { header: w('total'), width: 10 },
    ],
    rows: [
      ...coverage.departmentIds.map((id, d) => [
        departmentById.get(id)?.name ?? '',
        ...coverage.departmentByRow[d]!.map(count),
        sum(coverage.departmentByRow[d]!),
      ]),
      ...(hasUnowned ? [[w('noOwner'), ...coverage.unownedByRow.map(count), sum(coverage.unownedByRow)]] : []),
    ],
  };
  return [matrix, heatmap];
}
