import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { startHost } from './host-fixture';
import { card, createFromTemplate, openJourney, panel } from './journey-map.helpers';
import { approvalBar } from './review.helpers';
import { joinAndDownload, openServerTab, syncButton, syncNow, uploadAndInvite, withTwoClients } from './sync.helpers';
import { ready } from './workbench';
import { WEB_HOST_CALL_HEADER } from '../src/shared/web-host';

/**
 * The conflict log lists only what this device lost: a local edit overwritten
 * by a concurrent one. Others' ordinary sequential edits are history, not
 * conflicts — also on a device that has just downloaded the workspace. Values
 * read as the map shows them, authors are the accounts behind the devices, and
 * a viewer gets no restore (defects 8 and 9).
 */

const JOURNEY = 'Research online, buy in the store';

async function setEmotion(page: Page, title: string, label: RegExp): Promise<void> {
  await openJourney(page, JOURNEY);
  await card(page, title).click();
  await panel(page).getByRole('radio', { name: label }).check();
  await expect(panel(page).getByRole('radio', { name: label })).toBeChecked();
}

async function openConflicts(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('tab', { name: 'Conflicts' }).click();
}

test('sequential edits of others are no conflict on a fresh download; a real one names its author and reads like the map', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  await withTwoClients(browser, async ({ server, a, b }) => {
    await createFromTemplate(a, /^Research online, buy in the store/);
    const code = await uploadAndInvite(a, server.url, 'editor');
    await joinAndDownload(b, server.url, 'bert@example.com', 'Bert', code);
    await expect(syncButton(b)).toHaveAttribute('data-state', 'synced');

    // Bert edits, Anna sees it and edits the same field after him: history, not a conflict.
    await setEmotion(b, 'Advice in the store', /very negative/);
    await syncNow(b);
    await syncNow(a);
    await openJourney(a, JOURNEY);
    await card(a, 'Advice in the store').click();
    await expect(panel(a).getByRole('radio', { name: /very negative/ })).toBeChecked();
    await panel(a).getByRole('radio', { name: /^\+1 / }).check();
    await syncNow(a);
    await syncNow(b);

    // A third device downloads the workspace: nothing of its own was overwritten.
    await openServerTab(a);
    await a.getByRole('button', { name: 'Create invitation' }).click();
    const code2 = await a.getByTestId('invitation-code').inputValue();
    const hostC = await startHost(mkdtempSync(join(tmpdir(), 'workbench-e2e-c-')));
    const contextC = await browser.newContext();
    try {
      const c = await contextC.newPage();
      await c.goto(hostC.openUrl);
      await ready(c);
      await joinAndDownload(c, server.url, 'cleo@example.com', 'Cleo', code2);
      await expect(syncButton(c)).toHaveAttribute('data-state', 'synced');
      await openJourney(c, JOURNEY);
      await card(c, 'Advice in the store').click();
      await expect(panel(c).getByRole('radio', { name: /^\+1 / })).toBeChecked();
      await expect(syncButton(c)).not.toContainText(/conflict/);
      await openConflicts(c);
      await expect(c.getByText('No conflicts. Every change made it through.')).toBeVisible();
      await expect(c.getByTestId('conflict')).toHaveCount(0);
    } finally {
      await contextC.close();
      await hostC.close();
    }
    await openConflicts(b);
    await expect(b.getByTestId('conflict')).toHaveCount(0);

    // A real conflict: both change the emotion offline; Bert's later edit wins, Anna lost hers.
    await server.stop();
    await setEmotion(a, 'Advice in the store', /^−1 /);
    await setEmotion(b, 'Advice in the store', /^\+2 /);
    await server.start();
    await syncNow(a);
    await syncNow(b);
    await syncNow(a);
    await openConflicts(a);
    const entry = a.getByTestId('conflict');
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('Touchpoint “Advice in the store” · Emotion');
    await expect(entry.locator('.kept')).toContainText('+2 very positive');
    await expect(entry.locator('.kept')).toContainText('Bert');
    await expect(entry.locator('.lost')).toContainText('−1 negative');
    await expect(entry.locator('.lost')).toContainText('you (this device)');
    // Bert lost nothing.
    await openConflicts(b);
    await expect(b.getByTestId('conflict')).toHaveCount(0);
  });
});

test('a viewer gets no restore of an overwritten value: no button, and the app refuses it', async ({ browser }) => {
  test.setTimeout(150_000);
  await withTwoClients(browser, async ({ server, a, b }) => {
    await createFromTemplate(a, /^Research online, buy in the store/);
    const code = await uploadAndInvite(a, server.url, 'viewer');
    await joinAndDownload(b, server.url, 'vera@example.com', 'Vera', code);
    await expect(syncButton(b)).toHaveAttribute('data-state', 'synced');

    // Offline, the viewer sends the journey for review; later the admin sets it back to draft.
    await server.stop();
    await openJourney(b, JOURNEY);
    await approvalBar(b).getByRole('button', { name: 'Send for review' }).click();
    await expect(approvalBar(b)).toContainText('In review');
    await openJourney(a, JOURNEY);
    await approvalBar(a).getByRole('button', { name: 'Approve' }).click();
    await expect(approvalBar(a)).toContainText('Approved');
    await server.start();
    await syncNow(a);
    await syncNow(b);

    await openConflicts(b);
    const entry = b.getByTestId('conflict').first();
    await expect(entry).toBeVisible();
    await expect(entry.getByRole('button', { name: /^(Restore mine|Restore overwritten value)/ })).toHaveCount(0);
    await expect(entry.getByRole('button', { name: /^Dismiss/ })).toBeVisible();

    // Below the screen too: the app refuses the restore.
    const answer = await b.evaluate(async (callHeader) => {
      // The workspace on screen, as the address names it.
      const workspaceId = new URLSearchParams(location.hash.split('?')[1]).get('ws');
      // As the page's own client calls the host: JSON with the host's call header.
      const headers = { 'Content-Type': 'application/json', [callHeader]: '1' };
      const conflicts = await fetch('/api/conflicts.list', {
        method: 'POST',
        headers,
        body: JSON.stringify({ workspaceId }),
      }).then((r) => r.json());
      const conflictId = (conflicts as { result: { id: number }[] }).result[0]!.id;
      return fetch('/api/conflicts.restore', {
        method: 'POST',
        headers,
        body: JSON.stringify({ workspaceId, conflictId }),
      }).then((r) => r.json());
    }, WEB_HOST_CALL_HEADER);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(syncButton(b)).toHaveAttribute('data-state', 'synced');
  });
});
