import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import type { FieldEdit } from '../src/shared/changes';
import { loadMigrations } from '../src/main/store/migrate';
import { startWebHost, type WebHost } from '../src/main/web/host';
import type { HostControl } from './host-fixture';
import { rows, seedTemplate, workspaceIdOf } from './coverage-seed';
import { ready } from './workbench';

/**
 * The dashboard's screenshots (docs/screenshots/coverage-*.png), at 1280×800
 * and 1920×1080. Run on purpose: SCREENSHOTS=1 npx playwright test e2e/coverage-screenshots.spec.ts
 *
 * The host's clock is turned back and moved forward week by week while the
 * workspace is built, so the trend has real history to show.
 */
test.skip(!process.env.SCREENSHOTS, 'writes docs/screenshots; set SCREENSHOTS=1 to run');

const root = resolve(__dirname, '..');
const out = join(root, 'docs', 'screenshots');
const WEEK = 7 * 86_400_000;

async function clockedHost(): Promise<{ control: HostControl; setWeeksAgo: (weeks: number) => void }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'workbench-shots-'));
  let now = Date.now() - 9 * WEEK;
  const host: WebHost = await startWebHost({
    dataDir,
    rendererDir: join(root, 'out', 'renderer'),
    migrations: loadMigrations(join(root, 'src', 'main', 'store', 'migrations')),
    version: 'test',
    now: () => now,
  });
  const control: HostControl = {
    current: host,
    dataDir,
    restart: () => Promise.reject(new Error('not needed here')),
    open: async (page) => void (await page.goto(host.openUrl)),
  };
  return { control, setWeeksAgo: (weeks) => (now = Math.max(now, Date.now() - weeks * WEEK)) };
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(out, `${name}.png`) });
}

/** A workspace that grew over nine weeks: journeys added, owners filled in, hand-offs fixed. */
async function buildHistory(
  control: HostControl,
  setWeeksAgo: (w: number) => void,
  language: 'en' | 'de',
): Promise<string[]> {
  const ws = await workspaceIdOf(control);
  const edit = (edits: FieldEdit[]) =>
    control.current.service.handlers['edits.apply']({ workspaceId: ws, label: 'editTouchpoint', edits });
  setWeeksAgo(8);
  const hopping = await seedTemplate(control, ws, 'device-hopping', language);
  // At first nobody had been made responsible for half the touchpoints.
  const unowned = (await rows(control, ws, 'touchpoints')).filter((tp) => tp.journey_id === hopping).slice(0, 4);
  const owners = new Map(unowned.map((tp) => [tp.id, tp.owner_department_id]));
  await edit(unowned.map((tp) => ({ table: 'touchpoints', row: tp.id, column: 'owner_department_id', value: null })));
  setWeeksAgo(7);
  const ropo = await seedTemplate(control, ws, 'ropo', language);
  setWeeksAgo(5);
  await edit(
    [...owners]
      .slice(0, 2)
      .map(([row, value]) => ({ table: 'touchpoints', row, column: 'owner_department_id', value })),
  );
  setWeeksAgo(4);
  const collect = await seedTemplate(control, ws, 'click-and-collect', language);
  setWeeksAgo(3);
  await edit(
    [...owners].slice(2).map(([row, value]) => ({ table: 'touchpoints', row, column: 'owner_department_id', value })),
  );
  setWeeksAgo(2);
  const complaint = await seedTemplate(control, ws, 'complaint-escalation', language);
  setWeeksAgo(1);
  const lost = (await rows(control, ws, 'transitions'))
    .filter((tr) => tr.journey_id === hopping && !tr.carries_context)
    .slice(0, 2);
  await edit(lost.map((tr) => ({ table: 'transitions', row: tr.id, column: 'carries_context', value: true })));
  setWeeksAgo(0);
  return [hopping, ropo, collect, complaint];
}

async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).selectOption({ label: option });
}

test('English dashboard', async ({ page }) => {
  const { control, setWeeksAgo } = await clockedHost();
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await control.open(page);
    await ready(page);
    await page.getByRole('navigation').getByRole('button', { name: 'Coverage' }).click();
    await expect(page.getByRole('heading', { name: 'Nothing to measure yet' })).toBeVisible();
    await shot(page, 'coverage-empty');

    await buildHistory(control, setWeeksAgo, 'en');
    await pick(page, 'Show', 'Research online, buy in the store');
    await expect(page.getByTestId('verdict')).toBeVisible();
    await shot(page, 'coverage-dashboard');
    await page.getByRole('tab', { name: 'Matrix' }).click();
    await shot(page, 'coverage-matrix');
    await page.getByRole('tab', { name: 'Departments' }).click();
    await shot(page, 'coverage-departments');
    await page
      .getByRole('heading', { name: 'Departments × channels' })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'coverage-departments-bars');
    await page.getByRole('tab', { name: /^Findings/ }).click();
    await shot(page, 'coverage-findings');

    await pick(page, 'Show', 'Whole workspace');
    await page.getByRole('tab', { name: 'Overview' }).click();
    await shot(page, 'coverage-workspace');
    await page
      .getByRole('heading', { name: 'Journeys', exact: true })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'coverage-workspace-journeys');
    await page.getByRole('tab', { name: 'Trend' }).click();
    await expect(page.getByText(/^From \d{4}-W\d\d to/)).toBeVisible();
    await shot(page, 'coverage-trend');

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('tab', { name: 'Overview' }).click();
    await shot(page, 'coverage-workspace-1920');
    await pick(page, 'Show', 'Research online, buy in the store');
    await shot(page, 'coverage-dashboard-1920');
    await page.getByRole('tab', { name: 'Matrix' }).click();
    await shot(page, 'coverage-matrix-1920');

    // A journey only sketched: stages, no touchpoints yet.
    const ws = await workspaceIdOf(control);
    await control.current.service.handlers['edits.apply']({
      workspaceId: ws,
      label: 'createJourney',
      edits: [
        { table: 'journeys', row: 'jny-sketch-000001', column: 'name', value: 'Subscription renewal (draft)' },
        { table: 'stages', row: 'stg-sketch-000001', column: 'journey_id', value: 'jny-sketch-000001' },
        { table: 'stages', row: 'stg-sketch-000001', column: 'name', value: 'Reminder' },
      ],
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await pick(page, 'Show', 'Subscription renewal (draft)');
    await expect(page.getByRole('heading', { name: 'No touchpoints on this journey yet' })).toBeVisible();
    await shot(page, 'coverage-empty-journey');
  } finally {
    await control.current.close();
  }
});

test.describe('German', () => {
  test.use({ locale: 'de-DE' });

  test('German dashboard with long department names', async ({ page }) => {
    const { control, setWeeksAgo } = await clockedHost();
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await control.open(page);
      await ready(page);
      const ws = await workspaceIdOf(control);
      const departments = await rows(control, ws, 'departments');
      const rename = (from: string, to: string) => ({
        table: 'departments' as const,
        row: departments.find((d) => d.name === from)!.id,
        column: 'name',
        value: to,
      });
      await control.current.service.handlers['edits.apply']({
        workspaceId: ws,
        label: 'renameDepartment',
        edits: [
          rename('Kundenservice', 'Kundendienstleistungsabteilungsleitung'),
          rename('Filialbetrieb', 'Filialbetrieb und stationärer Einzelhandel Süddeutschland'),
        ],
      });
      await buildHistory(control, setWeeksAgo, 'de');
      await page.getByRole('navigation').getByRole('button', { name: 'Abdeckung' }).click();
      await pick(page, 'Anzeigen', 'Beschwerde eskaliert: E-Mail, Hotline, Social Media');
      await expect(page.getByTestId('verdict')).toBeVisible();
      await shot(page, 'coverage-de');
      await page.getByRole('tab', { name: 'Abteilungen' }).click();
      await shot(page, 'coverage-de-departments');
      await page
        .getByRole('heading', { name: 'Abteilungen × Kanäle' })
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot(page, 'coverage-de-departments-bars');
      await page.getByRole('tab', { name: 'Matrix' }).click();
      await shot(page, 'coverage-de-matrix');
      await page.getByRole('tab', { name: /^Befunde/ }).click();
      await shot(page, 'coverage-de-findings');
      await pick(page, 'Anzeigen', 'Gesamter Arbeitsbereich');
      await page.getByRole('tab', { name: 'Verlauf' }).click();
      await expect(page.getByText(/^Von \d{4}-W\d\d bis/)).toBeVisible();
      await shot(page, 'coverage-de-trend');
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.getByRole('tab', { name: 'Überblick' }).click();
      await shot(page, 'coverage-de-1920');
    } finally {
      await control.current.close();
    }
  });
});
