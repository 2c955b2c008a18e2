import { test, expect } from '@playwright/test';
import { createFromTemplate, openJourney } from './journey-map.helpers';
import { comment, journeyComments, journeyTab } from './review.helpers';
import { joinAndDownload, syncNow, uploadAndInvite, withTwoClients } from './sync.helpers';

const JOURNEY = 'Research online, buy in the store';
const shots = process.env.WORKBENCH_SCREENSHOTS;

test('review data is owned: only one’s own comments can be reworded or deleted, an admin moderates, a resolved thread says who resolved it', async ({
  browser,
}) => {
  // Two browsers, a server and six syncs: generous for a loaded CI machine (the screenshots add to it).
  test.setTimeout(240_000);
  await withTwoClients(browser, async ({ server, a, b }) => {
    // Anna (admin) maps a journey, shares the workspace and comments, signed with her account.
    await createFromTemplate(a, /^Research online, buy in the store/);
    const code = await uploadAndInvite(a, server.url, 'viewer');
    await openJourney(a, JOURNEY);
    await journeyTab(a, 'comments');
    await comment(a, journeyComments(a), 'Is the store price the same as online?');
    const annas = journeyComments(a).getByRole('article', { name: 'Comment by Anna' });
    await expect(annas.getByRole('button', { name: 'Edit the comment by Anna' })).toBeVisible();
    await syncNow(a);

    // Ben reviews as a viewer: Anna's comment has no edit or delete controls for him.
    await joinAndDownload(b, server.url, 'ben@example.com', 'Ben', code);
    await syncNow(b);
    await openJourney(b, JOURNEY);
    await journeyTab(b, 'comments');
    const threads = journeyComments(b);
    const anna = threads.getByRole('article', { name: 'Comment by Anna' });
    await expect(anna).toContainText('Is the store price the same as online?');
    await expect(anna.getByRole('button', { name: /^(Edit|Delete) the comment/ })).toHaveCount(0);

    // His own comment he rewords and deletes.
    await comment(b, threads, 'Please show the delivery time too.');
    const ben = threads.getByRole('article', { name: 'Comment by Ben' });
    await ben.getByRole('button', { name: 'Edit the comment by Ben' }).click();
    await ben.getByRole('textbox', { name: 'Edit the comment by Ben' }).fill('Please show the delivery time as well.');
    await ben.getByRole('button', { name: 'Save' }).click();
    await expect(ben).toContainText('Please show the delivery time as well.');
    await comment(b, threads, 'A typo, please ignore.');
    const typo = threads.getByRole('article').filter({ hasText: 'A typo, please ignore.' });
    await typo.getByRole('button', { name: 'Delete the comment by Ben' }).click();
    await expect(threads.getByRole('article').filter({ hasText: 'A typo, please ignore.' })).toHaveCount(0);

    // He may resolve Anna's thread; it then says who resolved it.
    await anna.getByRole('button', { name: 'Resolve' }).click();
    await threads.getByRole('button', { name: 'Show 1 resolved thread' }).click();
    await expect(threads.getByRole('article', { name: 'Comment by Anna' })).toContainText(/Resolved by Ben, /);
    await syncNow(b);

    // Anna, the workspace admin, sees who resolved her thread and may moderate Ben's comment.
    await syncNow(a);
    await openJourney(a, JOURNEY);
    await journeyTab(a, 'comments');
    const onA = journeyComments(a);
    await onA.getByRole('button', { name: 'Show 1 resolved thread' }).click();
    await expect(onA.getByRole('article', { name: 'Comment by Anna' })).toContainText(/Resolved by Ben, /);
    const bensOnA = onA.getByRole('article', { name: 'Comment by Ben' });
    await expect(bensOnA).toContainText('Please show the delivery time as well.');
    await expect(bensOnA.getByRole('button', { name: 'Edit the comment by Ben' })).toBeVisible();
    if (shots) {
      await b.setViewportSize({ width: 1280, height: 800 });
      await threads.scrollIntoViewIfNeeded();
      await b.screenshot({ path: `${shots}/review-ownership-viewer-en.png` });
      await onA.scrollIntoViewIfNeeded();
      await a.screenshot({ path: `${shots}/review-ownership-admin-en.png` });
      await b.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).click();
      await b.getByRole('tab', { name: 'General' }).click();
      await b.getByRole('radio', { name: 'Deutsch' }).check();
      await openJourney(b, JOURNEY);
      await journeyTab(b, 'comments');
      const de = b.getByRole('region', { name: 'Kommentare zu dieser Kundenreise' });
      await de.getByRole('button', { name: /erledigten Thread/ }).click();
      await de.scrollIntoViewIfNeeded();
      await b.screenshot({ path: `${shots}/review-ownership-viewer-de.png` });
    }
  });
});
