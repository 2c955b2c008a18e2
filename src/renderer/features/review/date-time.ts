import { createFormatter, formatLanguage } from '../../../shared/format';

/** When an approval or a snapshot happened, in the reader's notation. */
export function formatDateTime(iso: string, language: string): string {
  return createFormatter(formatLanguage(language)).dateTime(iso);
}
