import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { newId } from '../src/shared/ids';
import { rowEdits } from '../src/shared/edits';
import { apply, rows, seedTemplate, workspaceIdOf } from './coverage-seed';
import { test, expect } from './host-fixture';
import { goTo, ready } from './workbench';

/** Issue 12, defects 4 (trend ≠ overview) and 5 (supporting departments ignored). */

const CLICK = 'Click & collect: buy online, pick up in the store';

async function openDashboard(page: Page, journey: string): Promise<void> {
  await goTo(page, 'Coverage');
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: journey });
}

test('a department that only supports touchpoints is counted as supporting in every department view, the CSV and the map', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  const workspaceId = await workspaceIdOf(host);
  const journeyId = await seedTemplate(host, workspaceId, 'click-and-collect', 'en');
  const management = (await rows(host, workspaceId, 'departments')).find((d) => d.name === 'Management')!;
  const touchpoints = (await rows(host, workspaceId, 'touchpoints')).filter((tp) => tp.journey_id === journeyId);
  expect(touchpoints.some((tp) => tp.owner_department_id === management.id)).toBe(false);
  const supported = touchpoints.find((tp) => tp.title === 'Return in the store')!;
  await apply(
    host,
    workspaceId,
    [
      {
        table: 'touchpoints',
        row: supported.id,
        column: 'supporting_department_ids',
        value: [...supported.supporting_department_ids, management.id],
      },
    ],
    'editTouchpoint',
  );

  await openDashboard(page, CLICK);
  await page.getByRole('tab', { name: 'Departments' }).click();
  const heatmap = page.getByRole('table', { name: 'Departments × stages' });
  const owns = heatmap.getByRole('row', { name: /^Management owns/ });
  const supports = heatmap.getByRole('row', { name: /^Management supports/ });
  await expect(owns.getByRole('cell').last()).toHaveText('0');
  await expect(supports.getByRole('cell').last()).toHaveText('1');
  // Store operations owns the card and Customer service supported it already.
  await expect(
    heatmap
      .getByRole('row', { name: /^Customer service supports/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('1');

  await page.getByText('Show as a table').click();
  const bars = page.locator('.cov-chart-table table');
  const barLine = bars.getByRole('row', { name: /^Management/ });
  await expect(barLine.getByRole('cell').last()).toHaveText('1');
  await expect(bars.getByRole('columnheader').last()).toHaveText('Supporting');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Matrix as CSV' }).click(),
  ]);
  const lines = readFileSync(await download.path(), 'utf8')
    .slice(1)
    .split('\r\n');
  expect(lines[0]).toBe(
    'Journey,Stage,Channel,Touchpoints,Owner departments,Supporting departments,Touchpoint titles,Average emotion',
  );
  expect(lines).toContain(
    `"${CLICK}",Service,Physical store,1,Store operations,"Management, Customer service",Return in the store,-1`,
  );

  // The map: Management is in the legend, and highlighting it keeps the card it supports lit.
  await page.getByRole('navigation').getByRole('button', { name: 'Journeys', exact: true }).click();
  await page.getByRole('button', { name: CLICK, exact: true }).click();
  const highlight = page.getByRole('button', { name: /^Highlight Management, 0 touchpoints, supports 1$/ });
  await highlight.click();
  await expect(page.locator(`.tp-card[data-id="${supported.id}"]`)).not.toHaveClass(/is-dimmed/);
  await expect(page.locator(`.tp-card[data-id="${touchpoints.find((t) => t.id !== supported.id)!.id}"]`)).toHaveClass(
    /is-dimmed/,
  );
});

test('the trend of a journey scores this week exactly as the overview does, messages included', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  const workspaceId = await workspaceIdOf(host);
  await seedTemplate(host, workspaceId, 'click-and-collect', 'en');
  const second = await seedTemplate(host, workspaceId, 'ropo', 'en');
  // Messages only in the second journey: the message criterion applies to the whole workspace.
  const tp = (await rows(host, workspaceId, 'touchpoints')).find((t) => t.journey_id === second)!;
  await apply(
    host,
    workspaceId,
    rowEdits('messages', newId(), {
      journey_id: second,
      stage_id: tp.stage_id,
      touchpoint_id: tp.id,
      headline: 'Same price in every channel',
    }),
    'addMessage',
  );

  await openDashboard(page, CLICK);
  const overview = await page.getByText(/^Overall score: \d+ of 100$/).textContent();
  const score = Number(/(\d+) of 100/.exec(overview ?? '')![1]);
  await page.getByRole('tab', { name: 'Trend' }).click();
  await expect(page.getByText(/^So far one week, \d{4}-W\d\d: overall score \d+,/)).toContainText(
    `overall score ${score},`,
  );

  // The whole workspace too.
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Whole workspace' });
  await page.getByRole('tab', { name: 'Overview' }).click();
  const whole = Number(
    /(\d+) of 100/.exec((await page.getByText(/^Overall score: \d+ of 100$/).textContent()) ?? '')![1],
  );
  await page.getByRole('tab', { name: 'Trend' }).click();
  await expect(page.getByText(/^So far one week/)).toContainText(`overall score ${whole},`);
});
