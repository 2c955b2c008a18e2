import { ApiError } from '../../shared/contract';
import type { JourneyRows } from '../../shared/journey/rows';
import type { Row, TableName } from '../../shared/schema/tables';
import { decodeRow } from '../store/codec';
import type { Db, SqlValue } from '../store/db';

/**
 * The one query for "the rows of this journey" on the desktop side:
 * journeys.open and every export read it, and hand it to the journey slice
 * (src/shared/journey) for order and meaning. Rows come live (tombstone = 0);
 * archived ones are included, the slice lists them apart.
 */
export async function readJourneyRows(db: Db, journeyId: string): Promise<JourneyRows> {
  const journeyRaw = await db.get('SELECT * FROM journeys WHERE id = ? AND tombstone = 0', [journeyId]);
  if (!journeyRaw) throw new ApiError('not_found', `no journey with id ${journeyId}`);
  const journey = decodeRow('journeys', journeyRaw);
  const decode = async <T extends TableName>(table: T, sql: string, params: readonly SqlValue[]): Promise<Row<T>[]> =>
    (await db.all(sql, params)).map((r) => decodeRow(table, r));
  const scoped = <
    T extends 'stages' | 'touchpoints' | 'transitions' | 'backstage_steps' | 'backstage_links' | 'backstage_handoffs',
  >(
    table: T,
  ) => decode(table, `SELECT * FROM "${table}" WHERE journey_id = ? AND tombstone = 0`, [journeyId]);
  const catalogue = <T extends 'channels' | 'departments' | 'support_systems'>(table: T) =>
    decode(table, `SELECT * FROM "${table}" WHERE tombstone = 0`, []);
  // A message belongs to the journey by its own journey id, or through its touchpoint or stage.
  const inJourney = `tombstone = 0 AND (journey_id = ?
    OR touchpoint_id IN (SELECT id FROM touchpoints WHERE journey_id = ?)
    OR stage_id IN (SELECT id FROM stages WHERE journey_id = ?))`;
  const ids = [journeyId, journeyId, journeyId];
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
    backstageSteps: await scoped('backstage_steps'),
    backstageLinks: await scoped('backstage_links'),
    backstageHandoffs: await scoped('backstage_handoffs'),
    messages: await decode('messages', `SELECT * FROM messages WHERE ${inJourney}`, ids),
    variants: await decode(
      'variants',
      `SELECT * FROM variants WHERE tombstone = 0 AND message_id IN (SELECT id FROM messages WHERE ${inJourney})`,
      ids,
    ),
    channels: await catalogue('channels'),
    departments: await catalogue('departments'),
    systems: await catalogue('support_systems'),
  };
}
