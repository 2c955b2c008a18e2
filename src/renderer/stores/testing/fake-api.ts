import type { ApiClient, Events, Input, Method, Output } from '../../../shared/contract';
import { emptyRow, type Row, type TableName } from '../../../shared/schema/tables';

/**
 * Tests only: an ApiClient whose every call waits until the test answers it,
 * so a test can deliver answers late, out of order, or not at all, as a slow
 * transport would.
 */

export interface PendingCall<M extends Method = Method> {
  method: M;
  input: Input<M>;
  answer(result: Output<M>): Promise<void>;
  refuse(err: unknown): Promise<void>;
}

export interface FakeApi {
  api: ApiClient;
  /** Calls not answered yet, oldest first. */
  pending: PendingCall[];
  /** The oldest unanswered call of this method; fails the test when there is none. */
  next<M extends Method>(method: M): PendingCall<M>;
  count(method: Method): number;
}

/** Lets every promise callback that is ready run (answers reach the stores). */
export const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
};

export function fakeApi(): FakeApi {
  const pending: PendingCall[] = [];
  const api = new Proxy({} as ApiClient, {
    get: (_, method: string) => (input: unknown) =>
      new Promise((resolve, reject) => {
        pending.push({
          method: method as Method,
          input: input as never,
          answer: async (result) => {
            resolve(result);
            await settle();
          },
          refuse: async (err) => {
            reject(err);
            await settle();
          },
        });
      }),
  });
  return {
    api,
    pending,
    next(method) {
      const at = pending.findIndex((c) => c.method === method);
      if (at < 0) throw new Error(`no pending ${method} call (pending: ${pending.map((c) => c.method).join(', ')})`);
      return pending.splice(at, 1)[0] as unknown as PendingCall<typeof method>;
    },
    count: (method) => pending.filter((c) => c.method === method).length,
  };
}

/** A row of `table` with these fields over the defaults. */
export function row<T extends TableName>(table: T, id: string, fields: Partial<Row<T>> = {}): Row<T> {
  return { ...emptyRow(table, id), ...fields };
}

const HISTORY = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

/** A `changed` event as the service sends it. */
export function changed(
  workspaceId: string,
  epoch: string,
  seq: number,
  rows: Events['changed']['rows'],
  tables = Object.keys(rows ?? {}) as TableName[],
): Events['changed'] {
  return { workspaceId, tables, history: HISTORY, stamp: { epoch, seq }, ...(rows ? { rows } : {}) };
}
