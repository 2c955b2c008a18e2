import { test as plain } from '@playwright/test';
import { test, expect } from './host-fixture';
import { card, createFromTemplate, openJourney, panel } from './journey-map.helpers';
import { approvalBar, comment, journeyComments, journeyTab } from './review.helpers';
import { joinAndDownload, syncButton, syncNow, uploadAndInvite, withTwoClients } from './sync.helpers';
import { ready } from './workbench';

const JOURNEY = 'Research online, buy in the store';

test('comments, replies, resolve and reopen; approve freezes a snapshot; compare shows later edits; persisted; German', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Research online, buy in the store/);

  await journeyTab(page, 'comments');
  // A journey-level comment asks for a name once, then a reply, resolve and reopen.
  const threads = journeyComments(page);
  await expect(threads).toContainText('No comments yet.');
  await comment(page, threads, 'Is the store price the same as online?', 'Dana');
  const thread = threads.getByRole('article', { name: 'Comment by Dana' });
  await expect(thread).toContainText('Dana');
  await thread.getByRole('button', { name: 'Reply' }).click();
  await thread.getByRole('textbox', { name: 'Reply to Dana' }).fill('Yes, the fact library keeps it identical.');
  await thread.getByRole('button', { name: 'Send reply' }).click();
  await expect(thread.getByRole('listitem')).toContainText('Yes, the fact library keeps it identical.');
  await expect(threads).toContainText('1 open thread');
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(threads).toContainText('0 open threads');
  await threads.getByRole('button', { name: 'Show 1 resolved thread' }).click();
  await threads.getByRole('article', { name: 'Comment by Dana' }).getByRole('button', { name: 'Reopen' }).click();
  await expect(threads).toContainText('1 open thread');

  // A comment on a touchpoint, in the map's side panel.
  await journeyTab(page, 'map');
  await card(page, 'Advice in the store').click();
  const tpThreads = panel(page).getByRole('region', { name: 'Comments' });
  await comment(page, tpThreads, 'Can the advisor see the online comparison?');
  await expect(tpThreads).toContainText('1 open thread');

  // In review, then approved: a snapshot appears.
  const bar = approvalBar(page);
  await expect(bar).toContainText('Draft');
  await bar.getByRole('button', { name: 'Send for review' }).click();
  await expect(bar).toContainText('In review');
  await bar.getByRole('button', { name: 'Approve' }).click();
  await expect(bar).toContainText('Approved');
  await expect(bar).toContainText('by Dana');
  await journeyTab(page, 'comments');
  const snapshots = page.getByRole('region', { name: 'Snapshots' });
  await expect(snapshots.getByRole('listitem')).toHaveCount(1);
  await expect(snapshots).toContainText('Approved by Dana');

  // Nothing changed yet; then a title edit on the map shows up in the comparison.
  await snapshots.getByRole('button', { name: 'Compare with now' }).click();
  let dialog = page.getByRole('dialog', { name: /^Changes since sign-off/ });
  await expect(dialog).toContainText('Nothing has changed since this snapshot.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await journeyTab(page, 'map');
  await card(page, 'Advice in the store').click();
  await panel(page).getByRole('textbox', { name: 'Title' }).fill('Advice and test ride');
  await panel(page).getByRole('textbox', { name: 'Title' }).press('Enter');
  await expect(card(page, 'Advice and test ride')).toBeVisible();
  await journeyTab(page, 'comments');
  await snapshots.getByRole('button', { name: 'Compare with now' }).click();
  dialog = page.getByRole('dialog', { name: /^Changes since sign-off/ });
  await expect(dialog).toContainText(
    'Touchpoint Advice and test ride: title “Advice in the store” → “Advice and test ride”',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await snapshots.getByRole('button', { name: 'Open' }).click();
  dialog = page.getByRole('dialog', { name: /^Snapshot of/ });
  await expect(dialog).toContainText('Advice in the store');
  await expect(dialog).not.toContainText('Advice and test ride');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // After a restart everything is still there; the desk flags the change.
  await host.restart();
  await host.open(page);
  await ready(page);
  // A damaged snapshot (say, written by a broken client) is reported, not fatal.
  const h = host.current.service.handlers;
  const [workspace] = await h['workspaces.list']({});
  const journeys = (await h['rows.list']({ workspaceId: workspace!.id, table: 'journeys', includeDeleted: false })) as {
    id: string;
  }[];
  await h['edits.apply']({
    workspaceId: workspace!.id,
    label: 'approveJourney',
    edits: [
      { table: 'snapshots', row: 'snapshot-broken-1', column: 'journey_id', value: journeys[0]!.id },
      { table: 'snapshots', row: 'snapshot-broken-1', column: 'taken_by', value: 'Somebody' },
      { table: 'snapshots', row: 'snapshot-broken-1', column: 'taken_at', value: '2020-01-01T00:00:00.000Z' },
      { table: 'snapshots', row: 'snapshot-broken-1', column: 'content', value: '{"version":1,"stages":' },
    ],
  });
  await openJourney(page, JOURNEY);
  await journeyTab(page, 'comments');
  await expect(journeyComments(page).getByRole('article', { name: 'Comment by Dana' })).toContainText(
    'Yes, the fact library keeps it identical.',
  );
  // The device signs every snapshot with its own user (review data is owned): told apart by its date.
  const broken = page.getByRole('region', { name: 'Snapshots' }).getByRole('listitem').filter({ hasText: '2020' });
  await broken.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText(
    'This snapshot cannot be read: the snapshot is not valid JSON',
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(approvalBar(page)).toContainText('Approved');
  await page.getByRole('navigation').getByRole('button', { name: 'Review', exact: true }).click();
  const row = page.getByRole('table', { name: 'Journeys to review' }).getByRole('row').filter({ hasText: JOURNEY });
  await expect(row).toContainText('Approved');
  await expect(row).toContainText('Changed');
  await expect(row.getByRole('cell').nth(2)).toHaveText('2');
  await row.getByRole('button', { name: JOURNEY }).click();
  const detail = page.getByRole('region', { name: `Review of ${JOURNEY}` });
  await expect(detail.getByRole('region', { name: 'Touchpoint: Advice and test ride' })).toContainText(
    'Can the advisor see the online comparison?',
  );
  await expect(detail.getByRole('region', { name: 'Journey' })).toContainText('Is the store price the same as online?');

  // "Show" opens the journey with the touchpoint's card selected.
  await detail
    .getByRole('region', { name: 'Touchpoint: Advice and test ride' })
    .getByRole('button', { name: 'Show' })
    .click();
  await expect(panel(page).getByRole('textbox', { name: 'Title' })).toHaveValue('Advice and test ride');

  // German labels.
  await page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('tab', { name: 'General' }).click();
  await page.getByRole('radio', { name: 'Deutsch' }).check();
  await page.getByRole('navigation').getByRole('button', { name: 'Freigabe', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Freigabe' })).toBeVisible();
  const rowDe = page
    .getByRole('table', { name: 'Zu prüfende Kundenreisen' })
    .getByRole('row')
    .filter({ hasText: JOURNEY });
  await expect(rowDe).toContainText('Freigegeben');
  await expect(rowDe).toContainText('Geändert');
  await rowDe.getByRole('button', { name: JOURNEY }).click();
  const detailDe = page.getByRole('region', { name: `Prüfung von ${JOURNEY}` });
  await expect(approvalBar(page)).toContainText('Freigegeben');
  await expect(detailDe.getByRole('button', { name: 'Mit jetzt vergleichen' })).toHaveCount(2);
  await expect(detailDe.getByRole('region', { name: 'Kontaktpunkt: Advice and test ride' })).toContainText(
    '1 offene Diskussion',
  );
});

plain(
  'a viewer sees the map without editing controls, comments and approves; the admin receives it',
  async ({ browser }) => {
    plain.setTimeout(120_000);
    await withTwoClients(browser, async ({ server, a, b }) => {
      // The admin maps a journey, writes a core message, uploads the workspace and invites a viewer.
      await createFromTemplate(a, /^Research online, buy in the store/);
      await a.getByRole('navigation').getByRole('button', { name: 'Messages', exact: true }).click();
      await a.getByRole('tab', { name: 'Write' }).click();
      const headline = a.getByRole('textbox', { name: 'Headline, core message', exact: true });
      await headline.fill('Compare at home, try it in the store');
      await headline.blur();
      await expect(a.getByRole('region', { name: 'Comments on this message' })).toBeVisible();
      const code = await uploadAndInvite(a, server.url, 'viewer');

      // The viewer joins and opens the journey: no editing controls.
      await joinAndDownload(b, server.url, 'victor@example.com', 'Victor', code);
      await expect(syncButton(b)).toHaveAttribute('data-state', 'synced');
      await openJourney(b, JOURNEY);
      await expect(b.getByText('You review this workspace as a viewer')).toBeVisible();
      await expect(b.getByRole('button', { name: 'Add touchpoint' })).toHaveCount(0);
      await expect(b.getByRole('button', { name: 'Archive journey' })).toHaveCount(0);
      await expect(b.getByRole('button', { name: 'Add stage' })).toHaveCount(0);
      await card(b, 'Advice in the store').click();
      await expect(panel(b).getByRole('textbox', { name: 'Title' })).toBeDisabled();
      // Keyboard and double-click do not create or move anything either (the map draws only the cards near
      // the window, so the count is compared with itself, and the card keeps its place).
      const cards = await b.locator('.tp-card').count();
      const place = await card(b, 'Advice in the store').boundingBox();
      await card(b, 'Advice in the store').press('Alt+ArrowRight');
      await expect(b.locator('.map-notice')).toContainText('As a viewer you can comment and approve, but not edit.');
      await expect(b.locator('.tp-card')).toHaveCount(cards);
      expect(await card(b, 'Advice in the store').boundingBox()).toEqual(place);

      // The viewer comments (signed with the account name) and approves.
      await comment(b, panel(b).getByRole('region', { name: 'Comments' }), 'Please show the stock level here.');
      await expect(panel(b).getByRole('article', { name: 'Comment by Victor' })).toBeVisible();
      await approvalBar(b).getByRole('button', { name: 'Approve' }).click();
      await expect(approvalBar(b)).toContainText('Approved');
      await syncNow(b);

      // Messages are read-only too, but the message can be commented on.
      await b.getByRole('navigation').getByRole('button', { name: 'Messages', exact: true }).click();
      await b.getByRole('tab', { name: 'Write' }).click();
      await expect(b.getByRole('textbox', { name: 'Headline, core message', exact: true })).toHaveValue(
        'Compare at home, try it in the store',
      );
      await expect(b.getByRole('textbox', { name: 'Headline, core message', exact: true })).toBeDisabled();
      await expect(b.getByRole('button', { name: 'Add variant', exact: true })).toBeHidden();
      await comment(b, b.getByRole('region', { name: 'Comments on this message' }), 'Shorter, please.');
      await syncNow(b);

      // The admin receives both.
      await syncNow(a);
      await openJourney(a, JOURNEY);
      await expect(approvalBar(a)).toContainText('Approved', { timeout: 10_000 });
      await expect(approvalBar(a)).toContainText('by Victor');
      await card(a, 'Advice in the store').click();
      await expect(panel(a).getByRole('article', { name: 'Comment by Victor' })).toContainText(
        'Please show the stock level here.',
      );
      await expect(a.getByRole('button', { name: 'Add touchpoint' })).toBeVisible();
    });
  },
);
