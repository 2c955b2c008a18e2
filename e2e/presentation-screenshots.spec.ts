import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { bigJourneyEdits } from '../bench/map-seed';
import type { Row } from '../src/shared/schema/tables';
import { test, expect, type HostControl } from './host-fixture';
import { createFromTemplate, openJourney } from './journey-map.helpers';
import { apply, row, seedJourney, workspaceOf } from './messages-seed';
import { deck, present, seedKeyMessage, slideHeading } from './presentation.helpers';
import { ready } from './workbench';

/**
 * The presentation's screenshots, at 1280×800 and 1920×1080. Run on purpose:
 *   SCREENSHOTS=1 npx playwright test e2e/presentation-screenshots.spec.ts
 */
test.skip(!process.env.SCREENSHOTS, 'writes docs/screenshots; set SCREENSHOTS=1 to run');

const out = resolve(__dirname, '..', 'docs', 'screenshots');
const WIDE = { width: 1920, height: 1080 };
const LAPTOP = { width: 1280, height: 800 };
const COMPLAINT = 'A complaint escalates: email, hotline, social media';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(out, `${name}.png`) });
}

/** Both sizes of the current slide. */
async function both(page: Page, name: string): Promise<void> {
  await page.setViewportSize(LAPTOP);
  await shot(page, name);
  await page.setViewportSize(WIDE);
  await shot(page, `${name}-1920`);
  await page.setViewportSize(LAPTOP);
}

async function approve(host: HostControl, name: string, state: Row<'journeys'>['approval'], by: string): Promise<void> {
  const workspaceId = await workspaceOf(host);
  const journeys = (await host.current.service.handlers['rows.list']({
    workspaceId,
    table: 'journeys',
    includeDeleted: false,
  })) as Row<'journeys'>[];
  const journey = journeys.find((j) => j.name === name)!;
  await apply(host, workspaceId, [
    { table: 'journeys', row: journey.id, column: 'approval', value: state },
    { table: 'journeys', row: journey.id, column: 'approval_by', value: by },
    { table: 'journeys', row: journey.id, column: 'approval_at', value: new Date().toISOString() },
  ]);
}

async function seedBig(host: HostControl): Promise<void> {
  const h = host.current.service.handlers;
  const workspaceId = await workspaceOf(host);
  const channels = (
    (await h['rows.list']({ workspaceId, table: 'channels', includeDeleted: false })) as Row<'channels'>[]
  ).sort((a, b) => (a.sort_key < b.sort_key ? -1 : 1));
  const departments = (await h['rows.list']({
    workspaceId,
    table: 'departments',
    includeDeleted: false,
  })) as Row<'departments'>[];
  await h['edits.apply']({
    workspaceId,
    label: 'createJourney',
    edits: bigJourneyEdits('big-journey-0001', 'Omnichannel programme 2030 (500 touchpoints)', channels, departments),
  });
}

/** A stage with a dozen touchpoints on four channels: the compact layout. */
async function seedBusyStage(host: HostControl): Promise<void> {
  const workspaceId = await workspaceOf(host);
  const h = host.current.service.handlers;
  const channels = (await h['rows.list']({
    workspaceId,
    table: 'channels',
    includeDeleted: false,
  })) as Row<'channels'>[];
  const departments = (await h['rows.list']({
    workspaceId,
    table: 'departments',
    includeDeleted: false,
  })) as Row<'departments'>[];
  const byKind = (kind: Row<'channels'>['kind']) => channels.find((c) => c.kind === kind)!.id;
  const cards: [string, Row<'channels'>['kind'], string, string, number][] = [
    ['Opening ad in the paper', 'print', 'Reads the ad over breakfast', 'Date, address and the opening offer', 1],
    ['Flyer in the letterbox', 'print', 'Keeps the flyer with the voucher', 'Voucher valid on opening weekend', 1],
    ['Countdown post', 'social', 'Likes and shares the countdown', 'Replies to questions within the hour', 2],
    ['Influencer visit', 'social', 'Watches the store tour', 'Links to the opening page', 1],
    ['Question about parking', 'social', 'Asks where to park', 'Answers with the car park map', 0],
    ['Opening page', 'website', 'Checks the opening hours', 'Hours, directions and the voucher', 1],
    ['Reserve a fitting', 'website', 'Books a fitting slot', 'Confirms the slot by email', 2],
    ['Slot reminder', 'email', 'Gets a reminder the day before', 'Adds the slot to the calendar', 1],
    ['Queue at the door', 'store', 'Waits in the queue', 'Staff hand out water and numbers', -1],
    ['Fitting with an advisor', 'store', 'Tries the new collection', 'Advisor knows the booked slot', 2],
    ['Checkout with voucher', 'store', 'Pays with the voucher', 'Voucher scanned, receipt by email', 1],
    ['Sold-out size', 'store', 'Cannot find the size', 'Advisor orders it for home delivery', -2],
  ];
  const journeyId = 'busy-journey-0001';
  const edits = [...row('journeys', journeyId, { name: 'Store opening weekend', owner: 'Store operations' })];
  ['Announcement', 'Opening day', 'Follow-up'].forEach((name, i) =>
    edits.push(...row('stages', `busy-stage-${i}`, { journey_id: journeyId, name, sort_key: 'ABC'[i]! })),
  );
  cards.forEach(([title, kind, action, response, emotion], i) =>
    edits.push(
      ...row('touchpoints', `busy-tp-${String(i).padStart(4, '0')}`, {
        journey_id: journeyId,
        stage_id: 'busy-stage-1',
        channel_id: byKind(kind),
        title,
        customer_action: action,
        company_response: response,
        emotion,
        owner_department_id: departments[i % departments.length]!.id,
        back_channel: i % 3 !== 0,
        knows_history: i % 4 === 1,
        sort_key: String.fromCharCode(0x41 + i),
      }),
    ),
  );
  await apply(host, workspaceId, edits);
}

test('presentation slides in English', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^A complaint escalates/);
  await seedKeyMessage(
    host,
    'Calling the hotline',
    {
      headline: 'We call you back within {{callback_hours}} hours',
      body: 'Your case number is enough: we already know what happened, and the same advisor stays with you until it is solved.',
      cta: 'Request a call-back',
    },
    { key: 'callback_hours', value: '2' },
  );
  await seedKeyMessage(
    host,
    'Public post',
    {
      headline: 'Sorry — we are on it',
      body: 'Send us your order number by direct message and we call you today.',
      cta: 'Send a message',
    },
    { key: 'unused_fact', value: 'x' },
  );
  await approve(host, COMPLAINT, 'in_review', 'Anna Berger');

  await present(page, COMPLAINT);
  await both(page, 'presentation-title');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(slideHeading(page)).toHaveText('Escalation');
  await both(page, 'presentation-stage');
  await page.keyboard.press('End');
  await expect(deck(page).getByTestId('deck-verdict')).toBeVisible();
  await both(page, 'presentation-verdict');
  await page.keyboard.press('Escape');

  await seedJourney(host, 'Nothing planned yet', {});
  await page.getByRole('button', { name: 'All journeys' }).click();
  await page.getByRole('table').getByRole('button', { name: 'Nothing planned yet', exact: true }).click();
  await present(page, 'Nothing planned yet');
  await page.keyboard.press('ArrowRight');
  await shot(page, 'presentation-empty');
  await page.keyboard.press('Escape');

  await seedBusyStage(host);
  await page.getByRole('button', { name: 'All journeys' }).click();
  await page.getByRole('table').getByRole('button', { name: 'Store opening weekend', exact: true }).click();
  await present(page, 'Store opening weekend');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slideHeading(page)).toHaveText('Opening day');
  await both(page, 'presentation-compact-stage');
  await page.keyboard.press('Escape');

  // 45 touchpoints on one channel: the channel runs on over the columns.
  const workspaceId = await workspaceOf(host);
  const channels = (await host.current.service.handlers['rows.list']({
    workspaceId,
    table: 'channels',
    includeDeleted: false,
  })) as Row<'channels'>[];
  const web = channels.find((c) => c.kind === 'website')!.id;
  await apply(host, workspaceId, [
    ...row('journeys', 'web-journey-0001', { name: 'Website relaunch', owner: 'E-commerce' }),
    ...row('stages', 'web-stage-0001', { journey_id: 'web-journey-0001', name: 'Online research', sort_key: 'M' }),
    ...Array.from({ length: 45 }, (_, i) =>
      row('touchpoints', `web-tp-${String(i).padStart(4, '0')}`, {
        journey_id: 'web-journey-0001',
        stage_id: 'web-stage-0001',
        channel_id: web,
        title: `Product page ${i + 1}`,
        emotion: (i % 5) - 2,
        sort_key: `M${String(i).padStart(3, '0')}`,
      }),
    ).flat(),
  ]);
  await page.getByRole('button', { name: 'All journeys' }).click();
  await page.getByRole('table').getByRole('button', { name: 'Website relaunch', exact: true }).click();
  await present(page, 'Website relaunch');
  await page.keyboard.press('ArrowRight');
  await expect(slideHeading(page)).toHaveText('Online research');
  await shot(page, 'presentation-one-channel-stage');
  await page.keyboard.press('Escape');

  await seedBig(host);
  await openJourney(page, 'Omnichannel programme 2030 (500 touchpoints)');
  await present(page, 'Omnichannel programme 2030 (500 touchpoints)');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slideHeading(page)).toHaveText('Stage 3');
  await both(page, 'presentation-500-stage');
});

test.describe('German', () => {
  test.use({ locale: 'de-DE' });

  test('presentation slides in German', async ({ page, host }) => {
    await host.open(page);
    await ready(page);
    await createFromTemplate(page, /^Beschwerde eskaliert/);
    await seedKeyMessage(
      host,
      'Anruf bei der Hotline',
      {
        headline: 'Wir rufen Sie innerhalb von {{rueckruf_stunden}} Stunden zurück',
        body: 'Ihre Vorgangsnummer genügt: Wir wissen schon, was passiert ist.',
        cta: 'Rückruf anfordern',
      },
      { key: 'rueckruf_stunden', value: '2' },
    );
    await present(page, 'Beschwerde eskaliert: E-Mail, Hotline, Social Media');
    await shot(page, 'presentation-de-title');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(slideHeading(page)).toHaveText('Eskalation');
    await both(page, 'presentation-de-stage');
    await page.keyboard.press('End');
    await shot(page, 'presentation-de-verdict');
  });
});
