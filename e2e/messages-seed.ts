import { randomUUID } from 'node:crypto';
import type { FieldEdit } from '../src/shared/changes';
import type { ChannelKind, Row, TableName } from '../src/shared/schema/tables';
import type { HostControl } from './host-fixture';

/**
 * Seeds a journey with stages and touchpoints through the service, as the
 * journey map would, so the Messages specs do not depend on the map's UI.
 */

export interface SeededJourney {
  workspaceId: string;
  journeyId: string;
  channel: (kind: ChannelKind) => Row<'channels'>;
  touchpoints: Record<string, string>;
}

export function row(table: TableName, id: string, fields: Record<string, FieldEdit['value']>): FieldEdit[] {
  return Object.entries(fields).map(([column, value]) => ({ table, row: id, column, value }));
}

export async function apply(host: HostControl, workspaceId: string, edits: FieldEdit[]): Promise<void> {
  await host.current.service.handlers['edits.apply']({ workspaceId, label: 'writeMessage', edits });
}

export async function workspaceOf(host: HostControl): Promise<string> {
  const [workspace] = await host.current.service.handlers['workspaces.list']({});
  if (!workspace) throw new Error('no workspace: open the page first');
  return workspace.id;
}

/**
 * A journey "name" with the given stages, each holding touchpoints on channels
 * of the given kinds: `{ Inspiration: [['Newsletter', 'email']] }`.
 */
export async function seedJourney(
  host: HostControl,
  name: string,
  stages: Record<string, readonly (readonly [string, ChannelKind])[]>,
): Promise<SeededJourney> {
  const workspaceId = await workspaceOf(host);
  const channels = (await host.current.service.handlers['rows.list']({
    workspaceId,
    table: 'channels',
    includeDeleted: false,
  })) as Row<'channels'>[];
  const channel = (kind: ChannelKind) => {
    const found = channels.find((c) => c.kind === kind);
    if (!found) throw new Error(`no ${kind} channel`);
    return found;
  };
  const journeyId = randomUUID();
  const edits = row('journeys', journeyId, { name, owner: 'Marketing' });
  const touchpoints: Record<string, string> = {};
  Object.entries(stages).forEach(([stageName, tps], s) => {
    const stageId = randomUUID();
    edits.push(
      ...row('stages', stageId, { journey_id: journeyId, name: stageName, sort_key: String.fromCharCode(0x41 + s) }),
    );
    tps.forEach(([title, kind], i) => {
      const id = randomUUID();
      touchpoints[title] = id;
      edits.push(
        ...row('touchpoints', id, {
          journey_id: journeyId,
          stage_id: stageId,
          channel_id: channel(kind).id,
          title,
          sort_key: String.fromCharCode(0x41 + i),
        }),
      );
    });
  });
  await apply(host, workspaceId, edits);
  return { workspaceId, journeyId, channel, touchpoints };
}
