import type { FieldEdit } from '../src/shared/changes';
import type { Row } from '../src/shared/schema/tables';
import { buildFromTemplate, templateById } from '../src/shared/templates';
import type { Language } from '../src/shared/default-catalogue';
import type { HostControl } from './host-fixture';

/** Seeding for the coverage specs: straight through the service, as another window or a sync would. */

export async function workspaceIdOf(host: HostControl): Promise<string> {
  const list = await host.current.service.handlers['workspaces.list']({});
  const ready = list.find((w) => w.status === 'ready');
  if (!ready) throw new Error('no workspace yet: open the page first');
  return ready.id;
}

export async function apply(
  host: HostControl,
  workspaceId: string,
  edits: FieldEdit[],
  label = 'createJourney',
): Promise<void> {
  await host.current.service.handlers['edits.apply']({ workspaceId, label, edits });
}

export async function rows<T extends 'departments' | 'channels' | 'touchpoints' | 'transitions' | 'journeys'>(
  host: HostControl,
  workspaceId: string,
  table: T,
): Promise<Row<T>[]> {
  return (await host.current.service.handlers['rows.list']({ workspaceId, table, includeDeleted: false })) as Row<T>[];
}

/** A journey from one of the shipped templates, mapped onto the workspace's departments and channels. */
export async function seedTemplate(
  host: HostControl,
  workspaceId: string,
  id: 'device-hopping' | 'ropo' | 'click-and-collect' | 'complaint-escalation',
  language: Language,
): Promise<string> {
  const template = templateById(id);
  if (!template) throw new Error(`no template ${id}`);
  const result = buildFromTemplate(template, {
    language,
    departments: await rows(host, workspaceId, 'departments'),
    channels: await rows(host, workspaceId, 'channels'),
  });
  await apply(host, workspaceId, result.edits);
  return result.journeyId;
}
