import type { ErrorCode } from '../shared/sync-wire';

/** A refusal the client is meant to read: status, a code to branch on, a sentence. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const invalid = (message: string) => new HttpError(400, 'invalid_input', message);
export const unauthorized = (message = 'sign in first: this request carries no valid token') =>
  new HttpError(401, 'unauthorized', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
export const notFound = (message: string) => new HttpError(404, 'not_found', message);
export const conflict = (message: string) => new HttpError(409, 'conflict', message);
export const tooLarge = (message: string) => new HttpError(413, 'too_large', message);
export const rateLimited = (message: string, waitMs: number) =>
  new HttpError(429, 'rate_limited', `${message}: retry in ${Math.ceil(waitMs / 1000)} s`, {
    'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))),
  });
