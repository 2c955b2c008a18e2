import { JOURNEY_FILE_EXTENSION } from './format';

/**
 * A journey file's name: the journey's name and the extension, no date — the
 * file is meant to live in a repository, where the next export replaces it.
 */
export function journeyFileName(name: string): string {
  const stem = name
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 150)
    .replace(/[. ]+$/, '');
  return `${stem || 'journey'}${JOURNEY_FILE_EXTENSION}`;
}
