import { test, expect } from './host-fixture';
import { rowsOf } from './editing.helpers';
import { createFromTemplate } from './journey-map.helpers';
import { ready } from './workbench';
import { captureInput, note, notesOf, openWorkshop, seedEmptyJourney } from './workshop.helpers';

const JOURNEY = 'A complaint escalates: email, hotline, social media';

test('workshop: capture by keyboard, timer, delete and undo, reload, move to the map', async ({ page, host }) => {
  // This device signs its notes.
  await host.current.service.handlers['settings.update']({ userName: 'Jana' });
  await host.open(page);
  await ready(page);
  await createFromTemplate(page, /^A complaint escalates/);
  // Touchpoints as stored: the map draws only the cards near the window.
  const touchpoints = async () => (await rowsOf(host, 'touchpoints')).filter((tp) => !tp.archived).length;
  const before = await touchpoints();
  await openWorkshop(page);
  await expect(page.getByRole('heading', { level: 1, name: `Workshop: ${JOURNEY}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Delivery' })).toBeVisible();

  // The keyboard help opens from its button and Esc folds it away again.
  const keysButton = page.locator('summary', { hasText: 'Keyboard' });
  await keysButton.click();
  const keysPanel = page.locator('.ws-keys .keys-panel');
  await expect(keysPanel).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('workshop-keys.png') });
  // Written from the note key table: the shortcut beside what it does.
  const cross = keysPanel.locator('dt', { hasText: 'Alt+← / Alt+→' });
  await expect(cross).toHaveCount(1);
  await expect(cross.locator('xpath=following-sibling::dd[1]')).toHaveText(
    'Move the note to the previous or next stage',
  );
  await page.keyboard.press('Escape');
  await expect(keysPanel).toBeHidden();
  await expect(keysButton).toBeFocused();

  // Keyboard only: type, Enter, the field stays ready; Ctrl+→ goes to the next stage.
  const delivery = captureInput(page, 'Delivery');
  await delivery.focus();
  await page.keyboard.type('#email Versandbestätigung mit Sendungsnummer');
  await expect(page.getByText('Channel: Email newsletter')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(delivery).toBeFocused();
  await expect(delivery).toHaveValue('');
  await page.keyboard.type('Paket kommt beschädigt an');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+ArrowRight');
  await expect(captureInput(page, 'Complaint')).toBeFocused();
  await page.keyboard.type('#tiktok Video vom kaputten Paket');
  await expect(page.getByText('No channel is called “#tiktok”.')).toBeVisible();
  // An unknown tag is said, not silently kept: the first Enter adds nothing, the second keeps it as text.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Press Enter again to keep “#tiktok”' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Notes in Complaint' })).toHaveCount(0);
  await page.keyboard.press('Enter');

  await expect(notesOf(page, 'Delivery')).toHaveCount(2);
  await expect(notesOf(page, 'Complaint')).toHaveCount(1);

  // Too long a note is refused with a reason, and nothing typed is lost.
  const long = 'Sehr lange Notiz '.repeat(30);
  await captureInput(page, 'Escalation').fill(long);
  await captureInput(page, 'Escalation').press('Enter');
  await expect(page.getByText('A note holds at most 500 characters.')).toBeVisible();
  await expect(captureInput(page, 'Escalation')).toHaveValue(long);
  await expect(page.getByRole('list', { name: 'Notes in Escalation' })).toHaveCount(0);
  await captureInput(page, 'Escalation').fill('');
  await captureInput(page, 'Complaint').focus();

  await expect(note(page, 'Versandbestätigung mit Sendungsnummer')).toHaveAttribute(
    'aria-label',
    'Versandbestätigung mit Sendungsnummer. Channel: Email newsletter.',
  );
  await expect(note(page, 'Paket kommt beschädigt an')).toHaveAttribute(
    'aria-label',
    'Paket kommt beschädigt an. Channel: No channel.',
  );
  await expect(note(page, '#tiktok Video vom kaputten Paket')).toBeVisible();
  await expect(note(page, '#tiktok Video vom kaputten Paket')).toContainText('by Jana');

  // Reorder with Alt+↑ and keep the keyboard on the note.
  await page.keyboard.press('Control+ArrowLeft');
  await expect(delivery).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(note(page, 'Versandbestätigung mit Sendungsnummer')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(note(page, 'Paket kommt beschädigt an')).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(notesOf(page, 'Delivery').first()).toHaveAttribute('aria-label', /^Paket kommt beschädigt an\./);
  await expect(note(page, 'Paket kommt beschädigt an')).toBeFocused();

  // Edit with Enter.
  await page.keyboard.press('Enter');
  const edit = page.getByRole('textbox', { name: 'Edit note' });
  await expect(edit).toBeFocused();
  await edit.fill('Paket kommt beschädigt an, Kunde ärgert sich');
  await page.keyboard.press('Enter');
  await expect(note(page, 'Paket kommt beschädigt an, Kunde ärgert sich')).toBeFocused();

  // Alt+→ / Alt+← move the note to the end of the neighbouring stage, the keyboard stays on it; Ctrl+Z takes each move back.
  const moving = note(page, 'Paket kommt beschädigt an, Kunde ärgert sich');
  const said = page.locator('.workshop > [aria-live="polite"]');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(notesOf(page, 'Complaint')).toHaveCount(2);
  await expect(notesOf(page, 'Complaint').last()).toHaveAttribute(
    'aria-label',
    /^Paket kommt beschädigt an, Kunde ärgert sich\./,
  );
  await expect(notesOf(page, 'Delivery')).toHaveCount(1);
  await expect(moving).toBeFocused();
  await expect(said).toHaveText(/^Note moved to the end of Complaint\./);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(notesOf(page, 'Delivery')).toHaveCount(2);
  await expect(notesOf(page, 'Delivery').last()).toHaveAttribute(
    'aria-label',
    /^Paket kommt beschädigt an, Kunde ärgert sich\./,
  );
  await expect(moving).toBeFocused();
  await expect(said).toHaveText(/^Note moved to the end of Delivery\./);
  await page.keyboard.press('Control+Z');
  await expect(notesOf(page, 'Complaint')).toHaveCount(2);
  await page.keyboard.press('Control+Z');
  await expect(notesOf(page, 'Complaint')).toHaveCount(1);
  await expect(notesOf(page, 'Delivery').first()).toHaveAttribute(
    'aria-label',
    /^Paket kommt beschädigt an, Kunde ärgert sich\./,
  );

  // The timer counts down.
  await page.getByRole('textbox', { name: 'Minutes' }).fill('0');
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('region', { name: 'Timer' }).getByRole('alert')).toHaveText(
    'Enter whole minutes from 1 to 180.',
  );
  await expect(page.getByRole('textbox', { name: 'Minutes' })).toHaveValue('0');
  await expect(page.getByRole('timer')).toHaveText('10:00');
  await page.getByRole('button', { name: '5 min', exact: true }).click();
  await expect(page.getByRole('timer')).toHaveText('05:00');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('timer')).toHaveText(/^04:5\d$/);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  const paused = await page.getByRole('timer').textContent();
  await expect(page.getByRole('timer')).toHaveText(paused!);

  // Delete a note with the keyboard, undo brings it back.
  await note(page, '#tiktok Video vom kaputten Paket').focus();
  await page.keyboard.press('Delete');
  await expect(notesOf(page, 'Complaint')).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Complaint' }).getByText('No notes yet. Type above and press Enter.'),
  ).toBeVisible();
  // The keyboard lands in the (empty) capture field, where Ctrl+Z takes the last action back.
  await expect(captureInput(page, 'Complaint')).toBeFocused();
  await page.keyboard.press('Control+Z');
  await expect(notesOf(page, 'Complaint')).toHaveCount(1);

  // Everything is saved: a restart keeps the notes and their order.
  await host.restart();
  await host.open(page);
  await ready(page);
  await page.getByRole('table').getByRole('button', { name: JOURNEY, exact: true }).click();
  await openWorkshop(page);
  await expect(notesOf(page, 'Delivery')).toHaveCount(2);
  await expect(notesOf(page, 'Delivery').first()).toHaveAttribute(
    'aria-label',
    /^Paket kommt beschädigt an, Kunde ärgert sich\./,
  );
  await expect(notesOf(page, 'Complaint')).toHaveCount(1);

  // Move to the map: the email note keeps its channel; the others take the default.
  await page.getByRole('button', { name: /^Move to the map/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Move notes to the map' })).toBeVisible();
  await expect(page.getByText('2 notes have no channel yet and stay on the board.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create 1 touchpoint' })).toBeEnabled();
  await page.getByRole('combobox', { name: 'Channel for notes without one' }).selectOption({ label: 'Call centre' });
  await page
    .getByRole('combobox', { name: 'Channel for “#tiktok Video vom kaputten Paket”' })
    .selectOption({ label: 'Social media' });
  await page.getByRole('button', { name: 'Create 3 touchpoints' }).click();
  await expect(page.getByText('All notes are on the map already.')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Capture board' })).toBeVisible();
  await expect(note(page, 'Versandbestätigung mit Sendungsnummer')).toHaveAttribute(
    'aria-label',
    'Versandbestätigung mit Sendungsnummer. On the map.',
  );
  await expect(page.locator('.ws-note.done')).toHaveCount(3);

  // Converting again makes nothing twice.
  await page.getByRole('button', { name: /^Move to the map/ }).click();
  await expect(page.getByText('All notes are on the map already. New notes will show up here.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to the board' }).click();

  // The converted note links to the map, where the cards sit in their stage and channel.
  await note(page, 'Versandbestätigung mit Sendungsnummer').getByRole('button', { name: 'On the map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: JOURNEY })).toBeVisible();
  await expect.poll(touchpoints).toBe(before + 3);
  await expect(
    page.getByRole('button', { name: /^Versandbestätigung mit Sendungsnummer\. Email newsletter, Delivery\./ }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Paket kommt beschädigt an, Kunde ärgert sich\. Call centre, Delivery\./ }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^#tiktok Video vom kaputten Paket\. Social media, Complaint\./ }),
  ).toBeVisible();
});

test('workshop: a journey without stages explains what to do', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  await seedEmptyJourney(host, 'journey-empty-0001', 'Noch leer');
  await page.reload();
  await page.getByRole('navigation').getByRole('button', { name: 'Journeys' }).click();
  await page.getByRole('table').getByRole('button', { name: 'Noch leer', exact: true }).click();
  await openWorkshop(page, { empty: true });
  await expect(page.getByRole('heading', { name: 'This journey has no stages yet' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Capture board' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Add stages' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Noch leer' })).toBeVisible();
});

test('workshop: notes of a removed stage are shown apart and can go back onto the board', async ({ page, host }) => {
  await host.open(page);
  await ready(page);
  const h = host.current.service.handlers;
  const [workspace] = await h['workspaces.list']({});
  const row = (table: 'journeys' | 'stages' | 'workshop_notes', id: string, fields: Record<string, string | boolean>) =>
    Object.entries(fields).map(([column, value]) => ({ table, row: id, column, value }));
  await h['edits.apply']({
    workspaceId: workspace!.id,
    label: 'createJourney',
    edits: [
      ...row('journeys', 'journey-orphan-01', { name: 'Beratung vor Ort' }),
      ...row('stages', 'stage-orphan-kept', { journey_id: 'journey-orphan-01', name: 'Beratung', sort_key: 'V' }),
      ...row('stages', 'stage-orphan-gone', {
        journey_id: 'journey-orphan-01',
        name: 'Entfernt',
        sort_key: 'k',
        tombstone: true,
      }),
      ...row('workshop_notes', 'note-orphan-01', {
        journey_id: 'journey-orphan-01',
        stage_id: 'stage-orphan-gone',
        text: 'Termin online buchen',
        sort_key: 'V',
      }),
    ],
  });
  await page.reload();
  await page.getByRole('navigation').getByRole('button', { name: 'Journeys' }).click();
  await page.getByRole('table').getByRole('button', { name: 'Beratung vor Ort', exact: true }).click();
  await openWorkshop(page);
  const orphans = page.getByRole('region', { name: '1 note belongs to a stage that was removed' });
  await expect(orphans).toContainText('Termin online buchen');
  await orphans
    .getByRole('combobox', { name: 'Move “Termin online buchen” to a stage' })
    .selectOption({ label: 'Beratung' });
  await expect(orphans).toHaveCount(0);
  await expect(notesOf(page, 'Beratung')).toHaveCount(1);
  await expect(note(page, 'Termin online buchen')).toBeVisible();
});
