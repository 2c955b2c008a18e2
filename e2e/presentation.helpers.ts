import { expect, type Locator, type Page } from '@playwright/test';
import type { Row } from '../src/shared/schema/tables';
import type { HostControl } from './host-fixture';
import { apply, row, workspaceOf } from './messages-seed';

/** Locators and seeding of the presentation specs. */

export function deck(page: Page): Locator {
  return page.getByRole('dialog', { name: /^(Presentation|Präsentation): / });
}

export function slideHeading(page: Page): Locator {
  return deck(page).getByRole('heading', { level: 1 });
}

/** A fact and a core message using it on the touchpoint with this title, as the Messages section would write them. */
export async function seedKeyMessage(
  host: HostControl,
  touchpointTitle: string,
  message: { headline: string; body: string; cta: string },
  fact: { key: string; value: string },
): Promise<void> {
  const workspaceId = await workspaceOf(host);
  const touchpoints = (await host.current.service.handlers['rows.list']({
    workspaceId,
    table: 'touchpoints',
    includeDeleted: false,
  })) as Row<'touchpoints'>[];
  const tp = touchpoints.find((t) => t.title === touchpointTitle);
  if (!tp) throw new Error(`no touchpoint ${touchpointTitle}`);
  await apply(host, workspaceId, [
    ...row('facts', `fact-${fact.key}`, { key: fact.key, label: fact.key, value: fact.value }),
    ...row('messages', `message-${tp.id}`, {
      journey_id: tp.journey_id,
      stage_id: tp.stage_id,
      touchpoint_id: tp.id,
      ...message,
    }),
  ]);
}

export async function present(page: Page, journeyName: string): Promise<void> {
  await page.getByRole('button', { name: /^(Present|Präsentieren)$/ }).click();
  await expect(deck(page)).toBeVisible();
  await expect(slideHeading(page)).toHaveText(journeyName);
}
