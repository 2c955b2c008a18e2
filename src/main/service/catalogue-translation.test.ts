import { describe, expect, it } from 'vitest';
import { planCatalogueTranslation, translationEdits } from '../../shared/catalogue-translation';
import { DEFAULT_CHANNELS, DEFAULT_DEPARTMENTS } from '../../shared/default-catalogue';
import { testService } from './test-service';

/**
 * Translating the default catalogue through the real write path: a workspace
 * created in English, opened by a German team.
 */

type Row = { id: string; name: string; tombstone: boolean; archived: boolean };

async function englishWorkspace() {
  const t = testService({ systemLanguage: 'en' });
  const { id } = await t.call<{ id: string }>('workspaces.create', { name: 'My workspace', language: 'en' });
  const list = async () => ({
    channels: await t.call<Row[]>('rows.list', { workspaceId: id, table: 'channels' }),
    departments: await t.call<Row[]>('rows.list', { workspaceId: id, table: 'departments' }),
    workspace: (await t.call<Row[]>('rows.list', { workspaceId: id, table: 'workspaces' }))[0] ?? null,
  });
  return { ...t, id, list };
}

describe('translating the default catalogue', () => {
  it('renames every default name into German in one undoable step, and back', async () => {
    const { call, service, id, list } = await englishWorkspace();
    const before = await list();
    expect(before.channels.map((c) => c.name)).toContain('Physical store');

    const toGerman = planCatalogueTranslation(before, 'de');
    expect(toGerman.renamings.length).toBeGreaterThan(0);
    await call('edits.apply', { workspaceId: id, label: 'translateCatalogue', edits: translationEdits(toGerman) });
    const german = await list();
    expect(german.channels.map((c) => c.name).sort()).toEqual(DEFAULT_CHANNELS.map((c) => c.de).sort());
    expect(german.departments.map((d) => d.name).sort()).toEqual(DEFAULT_DEPARTMENTS.map((d) => d.de).sort());
    expect(german.workspace?.name).toBe('Mein Arbeitsbereich');
    // Nothing left to do in German; everything can go back to English.
    expect(planCatalogueTranslation(german, 'de').renamings).toEqual([]);

    await call('history.undo', { workspaceId: id });
    expect((await list()).channels.map((c) => c.name).sort()).toEqual(before.channels.map((c) => c.name).sort());

    await call('history.redo', { workspaceId: id });
    const back = planCatalogueTranslation(await list(), 'en');
    await call('edits.apply', { workspaceId: id, label: 'translateCatalogue', edits: translationEdits(back) });
    expect((await list()).channels.map((c) => c.name).sort()).toEqual(DEFAULT_CHANNELS.map((c) => c.en).sort());
    await service.close();
  });

  it('never overwrites a name the team chose, nor makes two rows share a name', async () => {
    const { call, service, id, list } = await englishWorkspace();
    const rows = await list();
    const store = rows.channels.find((c) => c.name === 'Physical store')!;
    const window = rows.channels.find((c) => c.name === 'Shop window')!;
    const sales = rows.departments.find((d) => d.name === 'Sales')!;
    await call('edits.apply', {
      workspaceId: id,
      label: 'rename',
      edits: [
        { table: 'channels', row: store.id, column: 'name', value: 'Flagship Berlin' },
        // A team that already named a department the way the German default would.
        { table: 'departments', row: sales.id, column: 'name', value: 'Kundenservice' },
      ],
    });
    const plan = planCatalogueTranslation(await list(), 'de');
    expect(plan.renamings.find((r) => r.id === store.id)).toBeUndefined();
    expect(plan.kept).toContainEqual({ table: 'channels', id: store.id, name: 'Flagship Berlin', why: 'own' });
    // "Customer service" would become a second "Kundenservice": left as it is.
    const service_ = rows.departments.find((d) => d.name === 'Customer service')!;
    expect(plan.kept).toContainEqual({ table: 'departments', id: service_.id, name: 'Customer service', why: 'taken' });
    expect(plan.renamings).toContainEqual({
      table: 'channels',
      id: window.id,
      from: 'Shop window',
      to: 'Schaufenster',
    });

    await call('edits.apply', { workspaceId: id, label: 'translateCatalogue', edits: translationEdits(plan) });
    const after = await list();
    expect(after.channels.find((c) => c.id === store.id)?.name).toBe('Flagship Berlin');
    expect(after.departments.filter((d) => d.name === 'Kundenservice')).toHaveLength(1);
    await service.close();
  });

  it('recognises default names of earlier versions', () => {
    const plan = planCatalogueTranslation(
      {
        workspace: { id: 'w', name: 'Mein Workspace' },
        channels: [{ id: 'c', name: 'Push-Benachrichtigung', tombstone: false }],
        departments: [],
      },
      'de',
    );
    expect(plan.renamings).toEqual([
      { table: 'channels', id: 'c', from: 'Push-Benachrichtigung', to: 'Push-Nachricht' },
      { table: 'workspaces', id: 'w', from: 'Mein Workspace', to: 'Mein Arbeitsbereich' },
    ]);
  });
});
