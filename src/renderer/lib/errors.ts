import type { TFunction } from 'i18next';
import { ApiError, type ApiErrorCode } from '../../shared/contract';

export interface ShownError {
  code: ApiErrorCode | null;
  /** The technical message (English, from the app's core); shown as detail. */
  detail: string;
}

export function describeError(err: unknown): ShownError {
  if (err instanceof ApiError) return { code: err.code, detail: err.message };
  if (err instanceof Error) return { code: null, detail: err.message };
  return { code: null, detail: String(err) };
}

/** The sentence a user reads for an error, in the interface language. */
export function errorSentence(t: TFunction, error: ShownError): string {
  return error.code ? t(`errors.code.${error.code}`) : t('errors.generic');
}
