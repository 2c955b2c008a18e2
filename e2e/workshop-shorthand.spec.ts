import { test, expect } from './host-fixture';
import { createFromTemplate } from './journey-map.helpers';
import { ready } from './workbench';
import { captureInput, note, notesOf, openWorkshop } from './workshop.helpers';

/**
 * Issue #12, defect 13: `#shop` picked "Shop window" instead of "Online shop", and an
 * unknown `@word` stayed silently in the note's title. Whole-word and exact matches
 * win, the picked channel shows as a chip while typing, and a tag that names no
 * channel is said before anything is added. Channels answer to their default name
 * in the other language and to their kind, so `@Schaufenster` works in an English
 * workspace.
 */
test('workshop shorthand: exact matches win, a chip shows the channel, an unknown tag is said', async ({
  page,
  host,
}) => {
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^A complaint escalates/);
  await openWorkshop(page);

  const input = captureInput(page, 'Delivery');
  await input.fill('#shop Gutschein für die nächste Bestellung');
  const chip = page.locator('.ws-chip');
  await expect(chip).toHaveText('Channel: Online shopOnline shop');
  await expect(chip.locator('[aria-hidden="true"]')).toHaveText('Online shop');
  await input.press('Enter');
  await expect(note(page, 'Gutschein für die nächste Bestellung')).toHaveAttribute(
    'aria-label',
    'Gutschein für die nächste Bestellung. Channel: Online shop.',
  );

  // The German default name of an English workspace's channel, and its kind.
  await input.fill('@Schaufenster Osterdekoration mit Rabatt');
  await expect(chip.locator('[aria-hidden="true"]')).toHaveText('Shop window');
  await input.press('Enter');
  await expect(note(page, 'Osterdekoration mit Rabatt')).toHaveAttribute(
    'aria-label',
    'Osterdekoration mit Rabatt. Channel: Shop window.',
  );

  // Nothing matches: said while typing, refused once, kept as text only when asked.
  await input.fill('@Instagramm Reel zum Paket');
  await expect(chip).toHaveCount(0);
  await expect(page.getByText('No channel is called “@Instagramm”.')).toBeVisible();
  await input.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Press Enter again to keep “@Instagramm”' })).toBeVisible();
  await expect(input).toHaveValue('@Instagramm Reel zum Paket');
  await expect(notesOf(page, 'Delivery')).toHaveCount(2);
  await input.press('Enter');
  await expect(notesOf(page, 'Delivery')).toHaveCount(3);
  await expect(note(page, '@Instagramm Reel zum Paket')).toHaveAttribute(
    'aria-label',
    '@Instagramm Reel zum Paket. Channel: No channel.',
  );
  await expect(input).toHaveValue('');
});
