/**
 * Migrations are numbered .sql files (`001_initial.sql`, …) in the app and in
 * the server alike; each side reads its folder, this orders and checks the
 * names. Numbering must start at 1 and have no gaps, so two branches that both
 * add "their" 004 fail loudly instead of running in file-system order.
 */

export interface NumberedSql {
  id: number;
  name: string;
  sql: string;
}

const FILE_PATTERN = /^(\d{3})_([a-z0-9_]+)\.sql$/;

/** `what` names the set in errors ("migration", "server migration"); files not named like a migration are ignored. */
export function numberedSql(
  files: readonly { file: string; sql: () => string }[],
  what: string,
  where: string,
): NumberedSql[] {
  const ordered = files
    .map(({ file, sql }) => ({ m: FILE_PATTERN.exec(file), sql }))
    .filter((x): x is { m: RegExpExecArray; sql: () => string } => x.m !== null)
    .map(({ m, sql }) => ({ id: Number(m[1]), name: m[2]!, sql: sql() }))
    .sort((a, b) => a.id - b.id);
  ordered.forEach((m, i) => {
    if (m.id !== i + 1) throw new Error(`${what} numbering has a gap or duplicate at ${m.id}_${m.name}`);
  });
  if (ordered.length === 0) throw new Error(`no ${what}s found in ${where}`);
  return ordered;
}
