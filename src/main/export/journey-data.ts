import { ApiError } from '../../shared/contract';
import type { JourneyExportInput } from '../../shared/export/journey-data';
import type { TableName } from '../../shared/schema/tables';
import type { Db } from '../store/db';
import { decodeRow } from '../store/codec';

/** Reads what a journey export needs from the workspace database. */
export async function readJourneyExport(db: Db, journeyId: string): Promise<JourneyExportInput> {
  const raw = await db.get('SELECT * FROM journeys WHERE id = ? AND tombstone = 0', [journeyId]);
  if (!raw) throw new ApiError('not_found', `no journey with id ${journeyId}`);
  const journey = decodeRow('journeys', raw);
  const scoped = async <T extends 'stages' | 'touchpoints' | 'transitions'>(table: T) =>
    (await db.all(`SELECT * FROM "${table}" WHERE journey_id = ? AND tombstone = 0`, [journeyId])).map((r) =>
      decodeRow(table, r),
    );
  const all = async <T extends TableName>(table: T) =>
    (await db.all(`SELECT * FROM "${table}" WHERE tombstone = 0`)).map((r) => decodeRow(table, r));
  const personaRaw =
    journey.persona_id === null
      ? undefined
      : await db.get('SELECT * FROM personas WHERE id = ? AND tombstone = 0', [journey.persona_id]);
  return {
    journey,
    persona: personaRaw ? decodeRow('personas', personaRaw) : null,
    stages: await scoped('stages'),
    touchpoints: await scoped('touchpoints'),
    transitions: await scoped('transitions'),
    channels: await all('channels'),
    departments: await all('departments'),
  };
}
