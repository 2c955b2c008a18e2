import { test, expect } from './host-fixture';
import { row, seed } from './editing.helpers';
import { ready } from './workbench';

/**
 * Defect 7: the review desk sorted stage groups with localeCompare on the
 * fractional order keys, which are case-sensitive base-62 ('G' < 'V' < 'l').
 */
test('the review desk lists stage threads in the journey’s stage order, whatever the case of the order keys', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  const journey = 'journey-order-1';
  const stages = [
    { id: 'stage-order-1', name: 'Inspiration', key: 'G' },
    { id: 'stage-order-2', name: 'Research', key: 'V' },
    { id: 'stage-order-3', name: 'Purchase', key: 'l' },
  ];
  await seed(host, [
    ...row('journeys', journey, { name: 'Order check' }),
    ...stages.flatMap((s) => row('stages', s.id, { journey_id: journey, name: s.name, sort_key: s.key })),
    ...stages.flatMap((s, i) =>
      row('comments', `comment-order-${i + 1}`, {
        target_table: 'stages',
        target_id: s.id,
        author: 'Dana',
        body: `About ${s.name}`,
      }),
    ),
  ]);

  await page.getByRole('navigation').getByRole('button', { name: 'Review', exact: true }).click();
  await page.getByRole('table', { name: 'Journeys to review' }).getByRole('button', { name: 'Order check' }).click();
  const detail = page.getByRole('region', { name: 'Review of Order check' });
  await expect(detail.getByRole('region', { name: /^Stage: / })).toHaveCount(3);
  const names = await detail
    .getByRole('region', { name: /^Stage: / })
    .evaluateAll((els) =>
      els.map((el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''),
    );
  expect(names.map((n) => n.replace(/^Stage: /, ''))).toEqual(['Inspiration', 'Research', 'Purchase']);
});
