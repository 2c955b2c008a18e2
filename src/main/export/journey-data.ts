import type { JourneyExportInput } from '../../shared/export/journey-data';
import type { JourneyRows } from '../../shared/journey/rows';
import { readJourneyRows } from '../service/journey-query';
import type { Db } from '../store/db';

/** What a journey export reads: the same rows as journeys.open (one query for every view). */
export async function readJourneyExport(db: Db, journeyId: string): Promise<JourneyExportInput & JourneyRows> {
  return readJourneyRows(db, journeyId);
}
