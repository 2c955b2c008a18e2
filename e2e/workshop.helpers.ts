import { expect, type Locator, type Page } from '@playwright/test';
import type { HostControl } from './host-fixture';
import { escape } from './journey-map.helpers';

/** Locators of the workshop specs. */

export function captureInput(page: Page, stage: string): Locator {
  return page.getByRole('textbox', { name: new RegExp(`^(New note in|Neue Notiz in) ${stage}$`) });
}

export function notesOf(page: Page, stage: string): Locator {
  return page.getByRole('list', { name: new RegExp(`^(Notes in|Notizen in) ${stage}$`) }).getByRole('listitem');
}

/** A sticky by its whole text (its label starts with the text; the shown text may carry soft hyphens). */
export function note(page: Page, text: string): Locator {
  return page.getByRole('listitem', {
    name: new RegExp(`^${escape(text)}\\. (Channel|Kanal|On the map|Auf der Karte)`),
  });
}

export async function openWorkshop(page: Page, { empty = false } = {}): Promise<void> {
  await page.getByRole('button', { name: /^(Workshop)$/ }).click();
  if (!empty) await expect(page.getByRole('region', { name: /^(Capture board|Sammelwand)$/ })).toBeVisible();
}

/** A journey with no stages at all, written through the service as the page would. */
export async function seedEmptyJourney(host: HostControl, id: string, name: string): Promise<void> {
  const h = host.current.service.handlers;
  const [workspace] = await h['workspaces.list']({});
  await h['edits.apply']({
    workspaceId: workspace!.id,
    label: 'createJourney',
    edits: [{ table: 'journeys', row: id, column: 'name', value: name }],
  });
}
