import type { Envelope } from '../../shared/contract';
import { dispatch, toApiError, type Handlers } from './registry';

/** Run a call and wrap the outcome for a transport; errors become data, never throws. */
export async function callEnveloped(handlers: Handlers, method: string, input: unknown): Promise<Envelope> {
  try {
    return { ok: true, result: await dispatch(handlers, method, input) };
  } catch (err) {
    const e = toApiError(err);
    return { ok: false, error: { code: e.code, message: e.message } };
  }
}
