import { test, expect } from './host-fixture';
import { card, createFromTemplate, panel } from './journey-map.helpers';
import { deck, present } from './presentation.helpers';
import { approvalBar, comment, journeyComments } from './review.helpers';
import { ready } from './workbench';

/**
 * Defect 6: after approving and then editing, every place that shows the
 * approval — the journey page, the presentation's title slide, the review
 * desk — says "Approved — changed since" and links to the comparison.
 * "Request changes" asks for a reason.
 */

const JOURNEY = 'Research online, buy in the store';

async function approveAsDana(page: import('@playwright/test').Page) {
  const bar = approvalBar(page);
  await bar.getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your name' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Dana');
  await dialog.getByRole('button', { name: 'Save and continue' }).click();
  await expect(bar).toContainText('Approved');
}

test('approved, then edited: “Approved — changed since” with a link to the changes on the journey page, the title slide and the review desk', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Research online, buy in the store/);
  await approveAsDana(page);
  const bar = approvalBar(page);
  await expect(bar).not.toContainText('changed since');

  await card(page, 'Advice in the store').click();
  await panel(page).getByRole('textbox', { name: 'Title' }).fill('Advice and test ride');
  await panel(page).getByRole('textbox', { name: 'Title' }).press('Enter');

  // The journey page.
  await expect(bar).toContainText('Approved — changed since');
  await bar.getByRole('button', { name: 'Show changes' }).click();
  const compare = page.getByRole('dialog', { name: /^Changes since sign-off/ });
  await expect(compare).toContainText('title “Advice in the store” → “Advice and test ride”');
  await compare.getByRole('button', { name: 'Close' }).click();

  // The presentation's title slide: the state, and the way to the comparison.
  await present(page, JOURNEY);
  await expect(deck(page)).toContainText('Approved — changed since');
  await expect(deck(page)).not.toContainText(/Approved · Dana/);
  await deck(page).getByRole('button', { name: 'Show changes' }).click();
  await expect(deck(page)).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: /^Changes since sign-off/ })).toContainText('Advice and test ride');
  await page
    .getByRole('dialog', { name: /^Changes since sign-off/ })
    .getByRole('button', { name: 'Close' })
    .click();

  // The review desk.
  await page.getByRole('navigation').getByRole('button', { name: 'Review', exact: true }).click();
  const row = page.getByRole('table', { name: 'Journeys to review' }).getByRole('row').filter({ hasText: JOURNEY });
  await expect(row).toContainText('Approved — changed since');
  await row.getByRole('button', { name: 'Show changes' }).click();
  await expect(page.getByRole('dialog', { name: /^Changes since sign-off/ })).toContainText('Advice and test ride');
});

test('“Request changes” asks for a reason and keeps it with the state and in the comments', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Research online, buy in the store/);
  const bar = approvalBar(page);
  await bar.getByRole('button', { name: 'Send for review' }).click();
  const name = page.getByRole('dialog', { name: 'Your name' });
  await name.getByRole('textbox', { name: 'Name' }).fill('Dana');
  await name.getByRole('button', { name: 'Save and continue' }).click();
  await expect(bar).toContainText('In review');

  await bar.getByRole('button', { name: 'Request changes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Request changes' });
  // No reason, no request.
  await dialog.getByRole('button', { name: 'Request changes' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Say what should change, so the team knows what to do.');
  await expect(bar).toContainText('In review');
  await dialog.getByRole('textbox', { name: 'What should change?' }).fill('The store price must match the online one.');
  await dialog.getByRole('button', { name: 'Request changes' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(bar).toContainText('Changes requested');
  await expect(bar).toContainText('The store price must match the online one.');
  await page.getByRole('tab', { name: 'Comments & snapshots' }).click();
  await expect(journeyComments(page).getByRole('article', { name: 'Comment by Dana' })).toContainText(
    'The store price must match the online one.',
  );

  // One undo takes back the request and its comment.
  await page.getByRole('button', { name: 'Undo: Request changes' }).click();
  await expect(bar).toContainText('In review');
  await expect(journeyComments(page).getByRole('article', { name: 'Comment by Dana' })).toHaveCount(0);
});

test('a resolved thread says who resolved it, also after a reload', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^Research online, buy in the store/);
  await page.getByRole('tab', { name: 'Comments & snapshots' }).click();
  const threads = journeyComments(page);
  await comment(page, threads, 'Is the store price the same as online?', 'Dana');
  const thread = threads.getByRole('article', { name: 'Comment by Dana' });
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(threads).toContainText('0 open threads');
  await threads.getByRole('button', { name: 'Show 1 resolved thread' }).click();
  await expect(thread).toContainText('Resolved by Dana');

  await page.reload();
  await ready(page);
  await page.getByRole('tab', { name: 'Comments & snapshots' }).click();
  await threads.getByRole('button', { name: 'Show 1 resolved thread' }).click();
  await expect(thread).toContainText('Resolved by Dana');
  // Reopened, it no longer names anyone.
  await thread.getByRole('button', { name: 'Reopen' }).click();
  await expect(threads).toContainText('1 open thread');
  await expect(thread).not.toContainText('Resolved');
});
