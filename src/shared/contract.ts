import { z } from 'zod';
import { fieldEditSchema } from './changes';
import { idSchema } from './schema/columns';
import { TABLE_NAMES, type Row, type TableName } from './schema/tables';

/**
 * The API between the page and the desktop side: one map of queries and
 * commands, and one map of events pushed to the page. Both transports (Electron
 * IPC and the browser host's HTTP) are generated from these maps; the page only
 * ever sees `ApiClient`.
 */

export type Endpoint<I extends z.ZodType, O, K extends 'query' | 'command'> = {
  readonly kind: K;
  readonly input: I;
  /** Phantom: carries the output type; never read at run time. */
  readonly output?: O;
};

const query =
  <O>() =>
  <I extends z.ZodType>(input: I): Endpoint<I, O, 'query'> => ({ kind: 'query', input });
const command =
  <O>() =>
  <I extends z.ZodType>(input: I): Endpoint<I, O, 'command'> => ({ kind: 'command', input });

export const languageSetting = z.enum(['system', 'de', 'en']);
export type LanguageSetting = z.infer<typeof languageSetting>;

export interface Settings {
  language: LanguageSetting;
  lastWorkspaceId: string | null;
  /** Journeys not reviewed for this many days are flagged. */
  staleAfterDays: number;
}

export interface AppInfo {
  name: string;
  version: string;
  host: 'electron' | 'web';
  systemLanguage: string;
  dataDir: string;
}

export type WorkspaceProblemCode = 'corrupt' | 'newer_version' | 'unreadable';

export interface WorkspaceSummary {
  id: string;
  name: string;
  file: string;
  status: 'ready' | 'unavailable';
  problem: { code: WorkspaceProblemCode; message: string } | null;
}

export interface JourneyBundle {
  journey: Row<'journeys'>;
  stages: Row<'stages'>[];
  touchpoints: Row<'touchpoints'>[];
  transitions: Row<'transitions'>[];
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface ApplyResult {
  applied: number;
  history: HistoryState;
}

const workspaceRef = z.object({ workspaceId: idSchema });
export const tableNameSchema = z.enum(TABLE_NAMES as [TableName, ...TableName[]]);
/** Big enough to duplicate a 500-touchpoint journey in one undoable step. */
export const MAX_EDITS_PER_COMMAND = 50_000;

export const contract = {
  'app.info': query<AppInfo>()(z.object({})),
  'settings.get': query<Settings>()(z.object({})),
  'settings.update': command<Settings>()(
    z.object({
      language: languageSetting.optional(),
      lastWorkspaceId: idSchema.nullable().optional(),
      staleAfterDays: z.number().int().min(1).max(3650).optional(),
    }),
  ),
  'workspaces.list': query<WorkspaceSummary[]>()(z.object({})),
  'workspaces.create': command<{ id: string }>()(
    z.object({
      name: z.string().trim().min(1, 'a workspace needs a name').max(200),
      language: z.enum(['de', 'en']),
    }),
  ),
  'rows.list': query<Row<TableName>[]>()(
    workspaceRef.extend({ table: tableNameSchema, includeDeleted: z.boolean().default(false) }),
  ),
  'journeys.open': query<JourneyBundle>()(workspaceRef.extend({ journeyId: idSchema })),
  /**
   * Every edit the page makes: field edits, stamped and applied in one
   * transaction. `label` names the action for undo/redo; the renderer sends a
   * key of its i18n catalogue so the label shows in the current language.
   */
  'edits.apply': command<ApplyResult>()(
    workspaceRef.extend({
      label: z.string().max(200).default(''),
      edits: z.array(fieldEditSchema).min(1, 'nothing to apply').max(MAX_EDITS_PER_COMMAND),
    }),
  ),
  'history.state': query<HistoryState>()(workspaceRef),
  'history.undo': command<ApplyResult>()(workspaceRef),
  'history.redo': command<ApplyResult>()(workspaceRef),
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export const METHODS = Object.keys(contract) as Method[];
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = NonNullable<Contract[M]['output']>;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events pushed to the page. */
export interface Events {
  /** Rows of these tables changed in this workspace (local edit, undo, sync). */
  changed: { workspaceId: string; tables: TableName[]; history: HistoryState };
  /** A workspace was added or became (un)available. */
  workspaces: Record<string, never>;
  /** Settings changed (another window follows a language switch). */
  settings: Settings;
}
export type EventName = keyof Events;
export const EVENT_NAMES: readonly EventName[] = ['changed', 'workspaces', 'settings'];

export type ApiClient = { [M in Method]: (input: Input<M>) => Promise<Output<M>> };
export interface EventSource {
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}

export type ApiErrorCode = 'invalid_input' | 'not_found' | 'unavailable' | 'forbidden' | 'internal';

/** An error the page can show: a code to branch on and a sentence to read. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const apiErrorSchema = z.object({
  code: z.enum(['invalid_input', 'not_found', 'unavailable', 'forbidden', 'internal']),
  message: z.string(),
});

/** Validate a call's input; a readable ApiError when it does not fit. */
export function parseInput<M extends Method>(method: M, input: unknown): ParsedInput<M> {
  const parsed = contract[method].input.safeParse(input ?? {});
  if (parsed.success) return parsed.data as ParsedInput<M>;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new ApiError('invalid_input', `${method}: ${where}${issue?.message ?? 'invalid input'}`);
}

/** What a transport carries back for every call. */
export type Envelope = { ok: true; result: unknown } | { ok: false; error: { code: ApiErrorCode; message: string } };

/** What the Electron preload exposes on `window.workbench`: nothing but this. */
export interface WorkbenchBridge {
  invoke(method: Method, input: unknown): Promise<Envelope>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}
