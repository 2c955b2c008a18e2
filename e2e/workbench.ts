import { expect, type Locator, type Page } from '@playwright/test';

/** Accessible locators and steps the end-to-end specs share. */

export function nav(page: Page, name: string | RegExp): Locator {
  return page.getByRole('navigation').getByRole('button', { name, exact: true });
}

/** Open a section and wait for its heading. */
export async function goTo(page: Page, section: string, heading = section): Promise<void> {
  await nav(page, section).click();
  await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
}

export async function openCatalogue(page: Page): Promise<void> {
  await goTo(page, 'Settings');
  await page.getByRole('tab', { name: 'Catalogue' }).click();
  await expect(page.getByRole('heading', { name: 'Departments', exact: true })).toBeVisible();
}

export function departmentName(page: Page, name: string): Locator {
  return page.getByRole('textbox', { name: `Name of department ${name}`, exact: true });
}

export function channelName(page: Page, name: string): Locator {
  return page.getByRole('textbox', { name: `Name of channel ${name}`, exact: true });
}

/** Type a new name into an inline field and save it with Enter. */
export async function rename(field: Locator, next: string): Promise<void> {
  await field.fill(next);
  await field.press('Enter');
}

export function workspaceSwitcher(page: Page): Locator {
  return page.getByRole('button', { name: /^Workspace: / });
}

/** The app has started: the shell with its navigation is there. */
export async function ready(page: Page): Promise<void> {
  await expect(page.getByRole('navigation')).toBeVisible();
}
