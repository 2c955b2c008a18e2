import { expect, type Locator, type Page } from '@playwright/test';

/** Steps of the review specs. */

/** The comment threads on the journey page (journey level). */
export function journeyComments(page: Page): Locator {
  return page.getByRole('region', { name: /^(Comments on this journey|Kommentare zu dieser Kundenreise)$/ });
}

/** Write a comment in a thread block; answers the name prompt once when it comes. */
export async function comment(page: Page, where: Locator, text: string, name?: string): Promise<void> {
  await where.getByRole('textbox', { name: /^(New comment|Neuer Kommentar)$/ }).fill(text);
  await where.getByRole('button', { name: /^(Comment|Kommentieren)$/ }).click();
  if (name) {
    const dialog = page.getByRole('dialog', { name: /^(Your name|Ihr Name)$/ });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('button', { name: /^(Save and continue|Speichern und weiter)$/ }).click();
  }
  await expect(where.getByRole('article').filter({ hasText: text })).toBeVisible();
}

export function approvalBar(page: Page): Locator {
  return page.getByRole('group', { name: /^(Approval|Freigabe)$/ });
}

const TABS = {
  map: /^(Map|Karte)$/,
  comments: /^(Comments & snapshots|Kommentare & Freigabestände)$/,
} as const;

/** Switches the journey page to one of its views: the map, or the journey's comments and snapshots. */
export async function journeyTab(page: Page, view: keyof typeof TABS): Promise<void> {
  const tab = page.getByRole('tablist', { name: /^(Journey views|Ansichten der Kundenreise)$/ }).getByRole('tab', {
    name: TABS[view],
  });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}
