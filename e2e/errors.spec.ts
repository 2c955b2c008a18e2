import { test, expect } from './host-fixture';
import { departmentName, openCatalogue, ready, rename } from './workbench';

test('a refused edit is reported readably, the typed text stays in the field, and it saves once accepted', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  await openCatalogue(page);
  await page.route('**/api/edits.apply', (route) =>
    route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: { code: 'invalid_input', message: 'change 1: departments.name: too long' },
      }),
    }),
  );
  await rename(departmentName(page, 'Sales'), 'Sales and more');

  const alert = page.getByRole('alert', { name: 'Notifications' });
  await expect(alert).toContainText('Could not save: Rename department');
  await expect(alert).toContainText('The input was not accepted.');
  await expect(alert).toContainText('change 1: departments.name: too long');
  // Not saved, and said so; the typed text stays in the field rather than vanishing.
  await expect(page.locator('.save-status')).toHaveText(/Not saved/);
  await expect(departmentName(page, 'Sales')).toHaveValue('Sales and more');
  await expect(departmentName(page, 'Sales')).toHaveAttribute('aria-invalid', 'true');

  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeEmpty();

  // Once the core accepts edits again, the same rename goes through.
  await page.unroute('**/api/edits.apply');
  await rename(departmentName(page, 'Sales'), 'Sales and more');
  await expect(page.locator('.save-status')).toHaveText(/Saved/);
  await expect(departmentName(page, 'Sales and more')).not.toHaveAttribute('aria-invalid');
  await host.restart();
  await host.open(page);
  await ready(page);
  await openCatalogue(page);
  await expect(departmentName(page, 'Sales and more')).toBeVisible();
});

test('when the app core cannot be reached, the edit is not shown as saved', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await openCatalogue(page);
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await page.getByRole('checkbox', { name: 'SMS has a back channel' }).click();
  await expect(page.getByRole('alert', { name: 'Notifications' })).toContainText('Could not save: Change channel');
  await expect(page.getByRole('checkbox', { name: 'SMS has a back channel' })).toBeChecked();
});
