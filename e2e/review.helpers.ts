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
