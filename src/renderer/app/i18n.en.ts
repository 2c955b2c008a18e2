/** The app frame's words for saving and for what undo did (spread into the catalogue). */
export const saveEn = {
  saving: 'Saving…',
  saved: 'Saved',
  failed_one: 'Not saved',
  failed_other: '{{count}} edits not saved',
  failedHint_one:
    'An edit could not be saved. The field keeps your text: leave it again to retry, or copy the text before reloading.',
  failedHint_other:
    '{{count}} edits could not be saved. Their fields keep your text: leave them again to retry, or copy the text before reloading.',
  unsavedClose: 'An edit is not saved yet, so the window stayed open.',
  closeAnyway: 'Close anyway',
};

export const noticesEn = {
  region: 'Messages from the workbench',
  undone: 'Undone: {{action}}',
  redone: 'Redone: {{action}}',
  inJourney: 'in “{{journey}}”',
  undoThis: 'Undo',
};
