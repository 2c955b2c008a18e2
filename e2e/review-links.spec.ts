import { test, expect } from './host-fixture';
import { apply, row, seedJourney } from './messages-seed';
import { nav, ready } from './workbench';

/** Links from the reviewer's desk to the place a comment was made. */

test('"Show" on a message thread opens Messages at that touchpoint with the thread in view', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  // Another journey with touchpoints comes first, so the section's own choice would be the wrong one.
  await seedJourney(host, 'Aardvark newsletter', { Inspiration: [['Welcome mail', 'email']] });
  const bike = await seedJourney(host, 'Bicycle purchase', {
    Inspiration: [['Spring newsletter', 'email']],
    Purchase: [
      ['Order confirmation', 'sms'],
      ['Pickup in store', 'store'],
    ],
  });
  const messageId = 'message-pickup';
  await apply(host, bike.workspaceId, [
    ...row('messages', messageId, {
      journey_id: bike.journeyId,
      touchpoint_id: bike.touchpoints['Pickup in store']!,
      headline: 'Your bike is ready',
      body: 'Pick it up today.',
    }),
    ...row('comments', 'cm-000000001-pickupcomment', {
      target_table: 'messages',
      target_id: messageId,
      author: 'Dana',
      body: 'Say until when the store keeps it.',
      resolved: false,
    }),
  ]);

  await nav(page, 'Review').click();
  await page
    .getByRole('table', { name: 'Journeys to review' })
    .getByRole('button', { name: 'Bicycle purchase' })
    .click();
  const detail = page.getByRole('region', { name: 'Review of Bicycle purchase' });
  const group = detail.getByRole('region', { name: 'Message: Pickup in store' });
  await expect(group).toContainText('Say until when the store keeps it.');
  // A low window, so the thread is below the fold unless the link brings it into view.
  await page.setViewportSize({ width: 1280, height: 520 });
  await group.getByRole('button', { name: 'Show' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Write' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('combobox', { name: 'Journey' })).toHaveValue(bike.journeyId);
  await expect(page.getByRole('heading', { level: 2, name: 'Pickup in store' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Headline, core message', exact: true })).toHaveValue(
    'Your bike is ready',
  );
  const thread = page.getByRole('region', { name: 'Comments on this message' });
  await expect(thread).toContainText('Say until when the store keeps it.');
  await expect(thread).toBeInViewport();

  // The link was taken once: going to Messages again by the sidebar keeps no stale request.
  await nav(page, 'Review').click();
  await nav(page, 'Messages').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Journey' })).not.toHaveValue(bike.journeyId);
});
