import { z } from 'zod';
import type { Analysis, CoverageNames, TrendPoint } from './analysis';
import { fieldEditSchema, type Change } from './changes';
import { coverageDocSchema } from './export/coverage-doc';
import { journeyLabelsSchema } from './export/journey-data';
import { fingerprintSchema, sheetImportShape, yamlImportShape } from './interchange/api';
import type { YamlPreview } from './interchange/preview';
import type { SheetPreview } from './interchange/sheet-preview';
import type { JourneyRows } from './journey/rows';
import type { ConsistencyReport } from './messages';
import { idSchema } from './schema/columns';
import { TABLE_NAMES, type Row, type TableName } from './schema/tables';
import { MAX_WORKSPACE_FILE_CHARS } from './workspace-file-format';
import { settingsPatch, type Settings } from './settings';
import { roleSchema, type Member, type Role } from './sync-wire';

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
  /** Where this device got the workspace from, when it came as a file (the file's name); tells alike names apart. */
  source: string | null;
}

/** What importing a workspace file did (see workspaces.importFile). */
export interface WorkspaceImportResult {
  workspaceId: string;
  name: string;
  /** The file's workspace was not on this device: a new workspace was made for it. */
  created: boolean;
  /** Changes in the file. */
  received: number;
  /** Changes this workspace had not seen before (merged; sent on by sync). */
  applied: number;
  /** Changes it held already: skipped. */
  alreadyKnown: number;
  /** Fields whose value the import changed (an older copy changes none). */
  fieldsChanged: number;
  /** Fields the file changed too, where this workspace keeps its newer value. */
  keptNewer: number;
}

/** The rows of one journey (see journey/rows.ts); buildJourneySlice gives them order and meaning. */
export type JourneyBundle = JourneyRows;

/** One step of the undo history: what it was and where the user made it. */
export interface HistoryStep {
  /** Stays the same while a field edit grows keystroke by keystroke (see `group` in edits.apply). */
  id: number;
  label: string;
  /** The address of the place the edit was made (the page's `#/…` route), or null. */
  place: string | null;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  undo: HistoryStep | null;
  redo: HistoryStep | null;
}

export interface ApplyResult {
  applied: number;
  history: HistoryState;
  /** The `changed` event that carries this edit (see ChangeStamp); absent when nothing changed. */
  stamp?: ChangeStamp;
}

/**
 * Where a workspace's `changed` events stand. The service numbers them 1, 2, 3 …
 * per workspace; `epoch` is new whenever the service (re)opens the workspace, so
 * a page that sees another epoch, or a number that skips one, has missed an event
 * and reloads instead of patching.
 */
export interface ChangeStamp {
  epoch: string;
  seq: number;
}

/** Rows as they are after a change, per table; deleted rows come with tombstone true. */
export type ChangedRows = { [T in TableName]?: Row<T>[] };

/** The coverage dashboard's analysis as the desktop side computed it, with the names it shows. */
export interface CoverageResult {
  analysis: Analysis;
  names: CoverageNames;
}

/** Several tables read at one moment, and the last `changed` event that moment includes. */
export interface RowsSnapshot {
  stamp: ChangeStamp;
  rows: ChangedRows;
}

const workspaceRef = z.object({ workspaceId: idSchema });
export const tableNameSchema = z.enum(TABLE_NAMES as [TableName, ...TableName[]]);
/** Big enough to duplicate a 500-touchpoint journey in one undoable step. */
export const MAX_EDITS_PER_COMMAND = 50_000;

// ---------------------------------------------------------------------------
// Sync: sign-in to a sync server, upload/download, background status, members,
// and the conflict log. Implemented in src/main/service/sync-handlers.ts.
// ---------------------------------------------------------------------------

/** The member roles and the member shape are the sync API's own (sync-wire.ts), stated there once. */
export const syncRoleSchema = roleSchema;
export type SyncRole = Role;

/** local: not connected to a server. pending: N local changes not yet acknowledged. */
export type SyncState = 'local' | 'synced' | 'pending' | 'syncing' | 'offline' | 'error';
/** Why sync stopped: sign in again, access lost, viewer with local edits, computer clock wrong, server refused data, server failing. */
export type SyncErrorCode = 'signed_out' | 'forbidden' | 'read_only' | 'clock' | 'rejected' | 'server';

export interface SyncStatus {
  workspaceId: string;
  state: SyncState;
  server: string | null;
  /** Local changes the server has not acknowledged yet. */
  pending: number;
  /** A sentence for offline and error states. */
  reason: string | null;
  errorCode: SyncErrorCode | null;
  /** Epoch ms of the last successful round. */
  lastSyncedAt: number | null;
  /** Epoch ms of the next automatic retry after a failure. */
  nextRetryAt: number | null;
  role: SyncRole | null;
  /** Live notifications from the server are connected. */
  live: boolean;
  /** Open entries in the conflict log. */
  conflicts: number;
  /** Server clock minus this computer's, when known and off by more than a few seconds. */
  clockSkewMs: number | null;
}

export interface SyncAccount {
  server: string;
  accountId: string;
  email: string;
  name: string;
  instanceAdmin: boolean;
  expiresAt: number;
}

export interface RemoteWorkspace {
  id: string;
  name: string;
  role: SyncRole;
  onThisDevice: boolean;
}

export type SyncMember = Member;

export interface SyncInvitation {
  code: string;
  expiresAt: number;
  workspaceId: string | null;
  role: SyncRole | null;
}

export interface ConflictSide {
  value: unknown;
  hlc: string;
  /** ISO time the change was made (by its device's clock). */
  at: string;
  /** The device (clock node) that made it. */
  node: string;
  /** The account behind that device, when the server knows it. */
  author: string | null;
  thisDevice: boolean;
}

export interface ConflictEntry {
  id: number;
  table: TableName;
  row: string;
  column: string;
  /** The value the field shows. */
  kept: ConflictSide;
  /** The value that was overwritten; conflicts.restore writes it again. */
  lost: ConflictSide;
  recordedAt: string;
  dismissed: boolean;
}

const serverRef = z.object({ server: z.string().trim().min(1, 'a server address is needed').max(500) });
const syncEmail = z.string().trim().min(3).max(254);
const accountIdSchema = z.string().min(1).max(100);

const syncContract = {
  'sync.accounts': query<SyncAccount[]>()(z.object({})),
  'sync.signUp': command<SyncAccount>()(
    serverRef.extend({
      email: syncEmail,
      name: z.string().trim().min(1).max(100),
      password: z.string().min(10).max(200),
      invitation: z.string().max(100).optional(),
    }),
  ),
  'sync.signIn': command<SyncAccount>()(serverRef.extend({ email: syncEmail, password: z.string().min(1).max(200) })),
  /** Revokes the token on the server (when reachable) and forgets it here. */
  'sync.signOut': command<Record<string, never>>()(serverRef),
  'sync.remoteWorkspaces': query<RemoteWorkspace[]>()(serverRef),
  'sync.status': query<SyncStatus>()(workspaceRef),
  /** Creates the workspace on the server, sends everything, then keeps it in sync. */
  'sync.upload': command<SyncStatus>()(workspaceRef.extend({ server: serverRef.shape.server })),
  /**
   * Joins a workspace that is on this device already (imported from a file, say) to the
   * server's copy of the same workspace, for any role: both histories merge through the
   * write path (per field the newer edit wins) and it stays in sync.
   */
  'sync.connect': command<SyncStatus>()(workspaceRef.extend({ server: serverRef.shape.server })),
  /** Creates a new local workspace file from the server's and keeps it in sync. */
  'sync.download': command<{ id: string }>()(serverRef.extend({ workspaceId: idSchema })),
  'sync.now': command<SyncStatus>()(workspaceRef),
  /** Stops syncing; the local data stays. */
  'sync.disconnect': command<SyncStatus>()(workspaceRef),
  'sync.members': query<SyncMember[]>()(workspaceRef),
  'sync.addMember': command<SyncMember[]>()(workspaceRef.extend({ email: syncEmail, role: syncRoleSchema })),
  'sync.setRole': command<SyncMember[]>()(workspaceRef.extend({ accountId: accountIdSchema, role: syncRoleSchema })),
  'sync.removeMember': command<SyncMember[]>()(workspaceRef.extend({ accountId: accountIdSchema })),
  /** A code for sign-up or joining: with workspaceId it joins that workspace with `role`; with only `server`, an account on the server (instance admin only). */
  'sync.invite': command<SyncInvitation>()(
    z
      .object({
        server: serverRef.shape.server.optional(),
        workspaceId: idSchema.optional(),
        role: syncRoleSchema.default('editor'),
        expiresInHours: z.number().int().min(1).max(2160).default(168),
      })
      .refine((i) => i.server !== undefined || i.workspaceId !== undefined, 'name a workspace or a server'),
  ),
  'conflicts.list': query<ConflictEntry[]>()(workspaceRef.extend({ includeDismissed: z.boolean().default(false) })),
  /** Writes the overwritten value again as a new change (undoable like any edit). */
  'conflicts.restore': command<ApplyResult>()(workspaceRef.extend({ conflictId: z.number().int().positive() })),
  'conflicts.dismiss': command<{ dismissed: number }>()(
    workspaceRef.extend({ conflictId: z.number().int().positive() }),
  ),
} as const;

// ---------------------------------------------------------------------------
// Export: PDFs written on the desktop side with an embedded font. Implemented in
// src/main/service/export-handlers.ts. PNG and Mermaid are made in the page.
// ---------------------------------------------------------------------------

export const paperSchema = z.enum(['a4', 'a3']);

export interface ExportedFile {
  fileName: string;
  base64: string;
}

const exportContract = {
  /** The journey map, paged for the paper (landscape); `labels` are the document's words in the reader's language. */
  'export.journeyPdf': query<ExportedFile>()(
    workspaceRef.extend({
      journeyId: idSchema,
      paper: paperSchema,
      labels: journeyLabelsSchema,
      /** Backstage lanes under the line of visibility; shown unless false. */
      backstage: z.boolean().optional(),
    }),
  ),
  /** The coverage dashboard of one journey or (journeyId null) the workspace, as the page composed it. */
  'export.coveragePdf': query<ExportedFile>()(
    workspaceRef.extend({ journeyId: idSchema.nullable(), paper: paperSchema, document: coverageDocSchema }),
  ),
} as const;

// ---------------------------------------------------------------------------
// Interchange: a journey as a readable YAML file, spreadsheets in and out.
// Files are read and written on the desktop side (src/main/interchange/);
// the page sends the file and shows the preview. Implemented in
// src/main/interchange/handlers.ts.
// ---------------------------------------------------------------------------

/** What an interchange import did; `stale`: nothing was written because the workspace changed after the preview. */
export interface InterchangeImportResult {
  applied: number;
  history: HistoryState;
  /** The journeys made or updated, in file order. */
  journeyIds: string[];
  stale: boolean;
}

const interchangeContract = {
  /** One journey (or, with journeyId null, every active journey) as a YAML journey file. */
  'interchange.exportYaml': query<{ fileName: string; content: string }>()(
    workspaceRef.extend({ journeyId: idSchema.nullable() }),
  ),
  /** What importing this journey file would do; problems with their lines when it cannot be imported. */
  'interchange.previewYaml': query<YamlPreview>()(workspaceRef.extend(yamlImportShape)),
  /** Imports a journey file as one undoable step, if the preview with this fingerprint still holds. */
  'interchange.importYaml': command<InterchangeImportResult>()(
    workspaceRef.extend({ ...yamlImportShape, fingerprint: fingerprintSchema }),
  ),
  /** A spreadsheet's sheets, columns, mapping, first rows and per-row problems, and what importing it would do. */
  'interchange.previewSheet': query<SheetPreview>()(workspaceRef.extend(sheetImportShape)),
  'interchange.importSheet': command<InterchangeImportResult>()(
    workspaceRef.extend({ ...sheetImportShape, fingerprint: fingerprintSchema }),
  ),
  /** The journey and its coverage as an .xlsx workbook, one sheet per view. */
  'interchange.exportXlsx': query<ExportedFile>()(
    workspaceRef.extend({ journeyId: idSchema, language: z.enum(['de', 'en']) }),
  ),
  /** The spreadsheet to start from, in German or English, with this workspace's channel and department names. */
  'interchange.sheetTemplate': query<ExportedFile>()(workspaceRef.extend({ language: z.enum(['de', 'en']) })),
} as const;

// ---------------------------------------------------------------------------
// Desktop shell: the native menu's commands and files opened by the operating
// system (double-click on a workspace file, a second start with a file, the
// menu's Import). Wired in src/main/electron/; the page's side is
// src/renderer/app/useShellCommands.ts.
// ---------------------------------------------------------------------------

/** Every command the native application menu can give. */
export const MENU_COMMANDS = [
  'journey.new',
  'workspace.import',
  'workspace.export',
  'settings.open',
  'history.undo',
  'history.redo',
  'view.zoomIn',
  'view.zoomOut',
  'view.zoomReset',
  'view.fullScreen',
  'journey.present',
  'app.about',
  'app.openLogs',
  'app.quit',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * The menu commands the page carries out (sent as the `menu` event); the rest
 * are the window's own (zoom, full screen, logs folder, quit) or open a native
 * dialog first (import: the chosen file arrives like a double-clicked one).
 */
export const PAGE_MENU_COMMANDS = [
  'journey.new',
  'workspace.export',
  'settings.open',
  'history.undo',
  'history.redo',
  'journey.present',
  'app.about',
] as const satisfies readonly MenuCommand[];
export type PageMenuCommand = (typeof PAGE_MENU_COMMANDS)[number];

/** A file the operating system handed to the app; the page imports it with the import dialog's checks. */
export type OpenedFile =
  | { name: string; content: string }
  /** Could not be read (gone, a folder, too large): said to the user, nothing imported. */
  | { name: string; problem: 'unreadable' | 'too_large'; detail: string };

/** The external links the app itself shows; the desktop shell opens only these in the browser. */
export const APP_LINKS = ['https://dejavu-fonts.github.io/License.html'] as const;

export const contract = {
  'app.info': query<AppInfo>()(z.object({})),
  'settings.get': query<Settings>()(z.object({})),
  'settings.update': command<Settings>()(settingsPatch),
  'workspaces.list': query<WorkspaceSummary[]>()(z.object({})),
  'workspaces.create': command<{ id: string }>()(
    z.object({
      name: z.string().trim().min(1, 'a workspace needs a name').max(200),
      language: z.enum(['de', 'en']),
    }),
  ),
  /** The whole workspace as one file to hand on (text of a workspace file, see workspace-file-format.ts). */
  'workspaces.exportFile': query<{ fileName: string; content: string }>()(workspaceRef),
  /**
   * Merges a workspace file into the workspace with its id, or creates that
   * workspace. A file that is damaged, cut off, foreign or too new is refused
   * with invalid_input and changes nothing.
   */
  'workspaces.importFile': command<WorkspaceImportResult>()(
    z.object({
      /** The file's name, kept as where the workspace came from when the import creates it. */
      fileName: z.string().trim().max(300).optional(),
      content: z
        .string()
        .max(
          MAX_WORKSPACE_FILE_CHARS,
          `the file is too large to import (the limit is ${MAX_WORKSPACE_FILE_CHARS / (1024 * 1024)} MB)`,
        ),
    }),
  ),
  'rows.list': query<Row<TableName>[]>()(
    workspaceRef.extend({ table: tableNameSchema, includeDeleted: z.boolean().default(false) }),
  ),
  /** Several tables at once (live rows), with the event stamp they include: the page's data store loads through this. */
  'rows.load': query<RowsSnapshot>()(
    workspaceRef.extend({ tables: z.array(tableNameSchema).min(1).max(TABLE_NAMES.length) }),
  ),
  /** When each row of a table was last edited (newest field stamp), for drift checks. */
  'rows.lastEdited': query<Record<string, string>>()(workspaceRef.extend({ table: tableNameSchema })),
  /** Coverage, findings and maturity of the workspace, computed (and kept up to date) on the desktop side. */
  'analysis.coverage': query<CoverageResult>()(workspaceRef),
  /** The weekly trend of the workspace (journeyId null) or of one journey, kept up to date on the desktop side. */
  'analysis.trend': query<TrendPoint[]>()(workspaceRef.extend({ journeyId: idSchema.nullable().default(null) })),
  /** The consistency check of one journey or (journeyId null) the workspace, kept up to date on the desktop side. */
  'analysis.consistency': query<ConsistencyReport>()(
    workspaceRef.extend({ journeyId: idSchema.nullable().default(null) }),
  ),
  /** Every change this workspace has seen, oldest first. */
  'changes.history': query<Change[]>()(workspaceRef),
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
      /**
       * Saves of one field edit, typed in several goes, carry the same group: the
       * history keeps them as one step (undo takes back the whole edit, not a keystroke).
       */
      group: z.string().min(1).max(100).optional(),
      /** Where the user made the edit (the page's address): undo takes the user back there first. */
      place: z.string().max(2000).optional(),
    }),
  ),
  'history.state': query<HistoryState>()(workspaceRef),
  'history.undo': command<ApplyResult>()(workspaceRef),
  'history.redo': command<ApplyResult>()(workspaceRef),
  /**
   * The page's answer to a `closing` event: its edits are saved (or the user chose to
   * leave unsaved ones), so the desktop window may close; proceed false keeps it open.
   */
  'app.closeReady': command<Record<string, never>>()(z.object({ proceed: z.boolean() })),
  ...syncContract,
  ...exportContract,
  ...interchangeContract,
  /** Files opened by the operating system since the last call (each is handed out once). */
  'shell.takeOpenedFiles': command<OpenedFile[]>()(z.object({})),
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

/** An event's payload type, carried by the value only for the compiler (like `query<O>()`). */
const event = <P>(): { readonly payload?: P } => ({});

/** Events pushed to the page: the names and their payloads stated once; both transports list them from here. */
const EVENTS = {
  /** Rows of these tables changed in this workspace (local edit, undo, sync). */
  changed: event<{
    workspaceId: string;
    tables: TableName[];
    history: HistoryState;
    /** This event's place in the workspace's sequence (absent only from old senders: then reload). */
    stamp?: ChangeStamp;
    /** The rows the change touched, as they are now; absent when there were too many: reload `tables`. */
    rows?: ChangedRows;
  }>(),
  /** A workspace was added or became (un)available. */
  workspaces: event<Record<string, never>>(),
  /** Settings changed (another window follows a language switch). */
  settings: event<Settings>(),
  /** A workspace's sync status changed (see SyncStatus). */
  sync: event<SyncStatus>(),
  /** The desktop window is about to close: save what is typed, then answer with app.closeReady. */
  closing: event<Record<string, never>>(),
  /** The native menu asks the page to carry out a command. */
  menu: event<{ command: PageMenuCommand }>(),
  /** Files were opened by the operating system: take them with shell.takeOpenedFiles. */
  filesOpened: event<Record<string, never>>(),
};
export type Events = { [E in keyof typeof EVENTS]: NonNullable<(typeof EVENTS)[E]['payload']> };
export type EventName = keyof Events;
export const EVENT_NAMES = Object.freeze(Object.keys(EVENTS)) as readonly EventName[];

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
