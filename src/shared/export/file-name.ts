/**
 * A file name from the reader's words and a date, e.g.
 * "Kundenreise-Rücksendung über die Filiale-2026-11-23.pdf": characters that
 * Windows or macOS refuse become spaces, umlauts stay.
 */
export function exportFileName(parts: readonly string[], date: Date, extension: string): string {
  const day = date.toISOString().slice(0, 10);
  const clean = (p: string) =>
    p
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      // Windows refuses names ending in a dot or space.
      .replace(/[. ]+$/, '');
  const stem = parts
    .map(clean)
    .filter(Boolean)
    .join('-')
    .slice(0, 150)
    .replace(/[. ]+$/, '');
  return `${stem ? `${stem}-` : ''}${day}.${extension}`;
}
