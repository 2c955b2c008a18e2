import type { CatalogueState } from '../../shared/interchange/plan-catalogue';
import type { Persona, Row, TableName } from '../../shared/schema/tables';
import { decodeRow } from '../store/codec';
import type { Db } from '../store/db';

/** The workspace rows an import is planned against: catalogues, facts and personas (live rows). */
export async function readCatalogueState(db: Db): Promise<CatalogueState & { personas: Persona[] }> {
  const live = async <T extends TableName>(table: T): Promise<Row<T>[]> =>
    (await db.all(`SELECT * FROM "${table}" WHERE tombstone = 0`)).map((r) => decodeRow(table, r));
  return {
    channels: await live('channels'),
    departments: await live('departments'),
    systems: await live('support_systems'),
    facts: await live('facts'),
    personas: await live('personas'),
  };
}

export async function liveJourney(db: Db, id: string): Promise<boolean> {
  return (await db.get('SELECT id FROM journeys WHERE id = ? AND tombstone = 0', [id])) !== undefined;
}

/** Any row with this id, deleted or not: a new journey must not take the id of a deleted one. */
export async function journeyIdTaken(db: Db, id: string): Promise<boolean> {
  return (await db.get('SELECT id FROM journeys WHERE id = ?', [id])) !== undefined;
}

/** Active journeys by name (then id), for "export all". */
export async function activeJourneyIds(db: Db): Promise<string[]> {
  const rows = await db.all<{ id: string; name: string }>(
    'SELECT id, name FROM journeys WHERE tombstone = 0 AND archived = 0',
  );
  return rows.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1)).map((r) => r.id);
}
