import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, test, expect } from './host-fixture';
import { createFromTemplate } from './journey-map.helpers';
import { apply, row, seedJourney } from './messages-seed';
import { goTo, nav, openCatalogue, ready, workspaceSwitcher } from './workbench';
import { captureInput, openWorkshop } from './workshop.helpers';

/** Defect 14: the small ones, each shown failing first. */

test('the workshop offers no “Create 0 touchpoints” and says what is missing', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^A complaint escalates/);
  await openWorkshop(page);
  const delivery = captureInput(page, 'Delivery');
  await delivery.fill('Paket kommt beschädigt an');
  await delivery.press('Enter');
  await page.getByRole('button', { name: /^Move to the map/ }).click();
  await expect(page.getByRole('button', { name: /^Create \d+ touchpoint/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Create 0/ })).toHaveCount(0);
  await expect(page.locator('.ws-convert-missing')).toHaveText(
    'No note has a channel yet: choose one for all notes above, or one per note.',
  );
  await page.getByRole('combobox', { name: 'Channel for notes without one' }).selectOption({ label: 'Call centre' });
  await expect(page.getByRole('button', { name: 'Create 1 touchpoint' })).toBeEnabled();
});

test('A4 and A3 PDFs of the same journey get different file names', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Research online, buy in the store/);
  const names: string[] = [];
  for (const item of ['PDF, A4 landscape', 'PDF, A3 landscape']) {
    await page.getByRole('button', { name: 'Export this journey' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: item }).click(),
    ]);
    names.push(download.suggestedFilename());
  }
  expect(names[0]).toMatch(/-A4-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(names[1]).toMatch(/-A3-\d{4}-\d{2}-\d{2}\.pdf$/);
});

test('an imported workspace with the same name as one here is told apart by its source', async ({
  page,
  host,
  browser,
}) => {
  await host.open(page);
  await ready(page);
  await goTo(page, 'Settings');
  await page.getByRole('tab', { name: 'Workspaces' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export “My workspace” to a file' }).click();
  const saved = await download;
  const file = join(mkdtempSync(join(tmpdir(), 'workbench-source-')), saved.suggestedFilename());
  await saved.saveAs(file);

  const hostB = await startHost(mkdtempSync(join(tmpdir(), 'workbench-e2e-b-')));
  const other = await browser.newPage();
  try {
    await other.goto(hostB.openUrl);
    await ready(other);
    await goTo(other, 'Settings');
    await other.getByRole('tab', { name: 'Workspaces' }).click();
    const chooser = other.waitForEvent('filechooser');
    await other.getByRole('button', { name: 'Import from file…' }).click();
    await (await chooser).setFiles(file);
    await expect(other.getByRole('button', { name: /^Open “/ })).toBeVisible();
    await workspaceSwitcher(other).click();
    const items = other.getByRole('list', { name: 'Workspaces', exact: true }).getByRole('listitem');
    await expect(items).toHaveCount(2);
    const texts = await items.allInnerTexts();
    expect(new Set(texts.map((x) => x.replace(/\s*current$/, '').trim())).size).toBe(2);
    await expect(items.filter({ hasText: saved.suggestedFilename() })).toHaveCount(1);
  } finally {
    await other.close();
    await hostB.close();
  }
});

test('the sender in previews is a channel setting', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  const seeded = await seedJourney(host, 'Bicycle purchase', { Inspiration: [['Spring newsletter', 'email']] });
  await apply(host, seeded.workspaceId, [
    ...row('messages', 'message-sender-1', {
      journey_id: seeded.journeyId,
      touchpoint_id: seeded.touchpoints['Spring newsletter']!,
      headline: 'Spring offer',
    }),
    ...row('variants', 'variant-sender-1', {
      message_id: 'message-sender-1',
      channel_id: seeded.channel('email').id,
      subject: 'Spring offer',
      body: 'Your new bike.',
    }),
  ]);
  const emailName = seeded.channel('email').name;
  await openCatalogue(page);
  await page.getByRole('button', { name: `Message limits of ${emailName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Message limits: ${emailName}` });
  await dialog.getByRole('textbox', { name: 'Sender shown in previews' }).fill('Radhaus Service');
  await dialog.getByRole('button', { name: 'Save limits' }).click();

  await nav(page, 'Messages').click();
  await page.getByRole('tab', { name: 'Write' }).click();
  const preview = page
    .getByRole('region', { name: `${emailName} · Default` })
    .getByRole('figure', { name: `Preview: ${emailName} · Default` });
  await expect(preview).toContainText('Radhaus Service');
  await expect(preview).not.toContainText('My workspace');
});
