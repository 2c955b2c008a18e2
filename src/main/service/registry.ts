import {
  ApiError,
  METHODS,
  parseInput,
  isMethod,
  type Method,
  type Output,
  type ParsedInput,
} from '../../shared/contract';

export type Handler<M extends Method> = (input: ParsedInput<M>) => Promise<Output<M>>;
export type Handlers = { [M in Method]: Handler<M> };

/**
 * Collects one handler per contract method. Registering a method twice is a
 * programming error and fails at start-up, as does forgetting one.
 */
export class HandlerRegistry {
  private readonly handlers = new Map<Method, Handler<Method>>();

  register<M extends Method>(method: M, handler: Handler<M>): this {
    if (this.handlers.has(method)) throw new Error(`handler for "${method}" registered twice`);
    this.handlers.set(method, handler as unknown as Handler<Method>);
    return this;
  }

  complete(): Handlers {
    const missing = METHODS.filter((m) => !this.handlers.has(m));
    if (missing.length > 0) throw new Error(`no handler for ${missing.join(', ')}`);
    return Object.fromEntries(this.handlers) as unknown as Handlers;
  }
}

/** The one entry both transports use: name check, schema check, call, error shape. */
export async function dispatch(handlers: Handlers, method: string, input: unknown): Promise<unknown> {
  if (!isMethod(method)) throw new ApiError('not_found', `unknown method "${method}"`);
  const parsed = parseInput(method, input);
  const handler = handlers[method] as (input: unknown) => Promise<unknown>;
  try {
    return await handler(parsed);
  } catch (err) {
    throw toApiError(err);
  }
}

/** What crosses a transport when a call fails: never a stack trace. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof Error && err.name === 'ChangeRejected') return new ApiError('invalid_input', err.message);
  if (err instanceof Error && err.name === 'WorkspaceFileProblem') return new ApiError('unavailable', err.message);
  return new ApiError('internal', err instanceof Error ? err.message : String(err));
}
