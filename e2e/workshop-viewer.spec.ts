import { test, expect } from '@playwright/test';
import { createFromTemplate } from './journey-map.helpers';
import { joinAndDownload, syncNow, uploadAndInvite, withTwoClients } from './sync.helpers';
import { captureInput, note, notesOf, openWorkshop } from './workshop.helpers';

test('a viewer sees the synced workshop board read-only; the editor is told it syncs by itself', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  await withTwoClients(browser, async ({ server, a, b }) => {
    // A captures a note, then shares the workspace with B as a viewer.
    await createFromTemplate(a, /^A complaint escalates/);
    await openWorkshop(a);
    await captureInput(a, 'Delivery').fill('#email Versandbestätigung');
    await captureInput(a, 'Delivery').press('Enter');
    await expect(notesOf(a, 'Delivery')).toHaveCount(1);
    await expect(a.getByText('Saved on this computer only.', { exact: false })).toBeVisible();
    const code = await uploadAndInvite(a, server.url, 'viewer');
    await a.getByRole('navigation').getByRole('button', { name: 'Journeys' }).click();
    await a
      .getByRole('table')
      .getByRole('button', { name: /^A complaint escalates/ })
      .click();
    await openWorkshop(a);
    await expect(a.getByText(/^Syncs with http:\/\/127\.0\.0\.1:\d+ by itself/)).toBeVisible();

    await joinAndDownload(b, server.url, 'ben@example.com', 'Ben', code);
    await syncNow(b);
    await b.getByRole('navigation').getByRole('button', { name: 'Journeys' }).click();
    await b
      .getByRole('table')
      .getByRole('button', { name: /^A complaint escalates/ })
      .click();
    await openWorkshop(b);
    await expect(
      b.getByText('You can view this workspace but not change it (viewer role): the board is read-only.'),
    ).toBeVisible();
    await expect(note(b, 'Versandbestätigung')).toBeVisible();
    await expect(captureInput(b, 'Delivery')).toHaveCount(0);
    await expect(b.getByRole('button', { name: /^Move to the map/ })).toHaveCount(0);
    // Keys that would change a note do nothing.
    await note(b, 'Versandbestätigung').focus();
    await b.keyboard.press('Delete');
    await b.keyboard.press('Enter');
    await expect(b.getByRole('textbox', { name: 'Edit note' })).toHaveCount(0);
    await expect(notesOf(b, 'Delivery')).toHaveCount(1);
  });
});
