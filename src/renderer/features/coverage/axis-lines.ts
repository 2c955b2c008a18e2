/**
 * Breaks a name into at most `maxLines` lines of at most `perLine` characters:
 * at spaces and hyphens where possible, inside a word where it must (German
 * compounds), with an ellipsis when the name does not fit at all.
 */
export function axisLines(name: string, perLine: number, maxLines: number): string[] {
  const words = name
    .trim()
    .split(/(?<=[\s-])/)
    .map((w) => w.replace(/\s+$/, ' '));
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (let word of words) {
    if ((line + word).trimEnd().length <= perLine) {
      line += word;
      continue;
    }
    push();
    while (word.trimEnd().length > perLine) {
      lines.push(word.slice(0, perLine - 1) + '-');
      word = word.slice(perLine - 1);
    }
    line = word;
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!.replace(/-$/, '');
  kept[maxLines - 1] = (last.length >= perLine ? last.slice(0, perLine - 1) : last) + '…';
  return kept;
}
