import type { noticesEn, saveEn } from './i18n.en';

export const saveDe: Record<keyof typeof saveEn, string> = {
  saving: 'Wird gespeichert …',
  saved: 'Gespeichert',
  failed_one: 'Nicht gespeichert',
  failed_other: '{{count}} Änderungen nicht gespeichert',
  failedHint_one:
    'Eine Änderung konnte nicht gespeichert werden. Das Feld behält Ihren Text: Verlassen Sie es erneut, um es noch einmal zu versuchen, oder kopieren Sie den Text, bevor Sie neu laden.',
  failedHint_other:
    '{{count}} Änderungen konnten nicht gespeichert werden. Die Felder behalten Ihren Text: Verlassen Sie sie erneut, um es noch einmal zu versuchen, oder kopieren Sie den Text, bevor Sie neu laden.',
  unsavedClose: 'Eine Änderung ist noch nicht gespeichert, darum bleibt das Fenster offen.',
  closeAnyway: 'Trotzdem schließen',
};

export const noticesDe: Record<keyof typeof noticesEn, string> = {
  region: 'Meldungen der Workbench',
  undone: 'Rückgängig gemacht: {{action}}',
  redone: 'Wiederholt: {{action}}',
  inJourney: 'in „{{journey}}“',
  undoThis: 'Rückgängig',
};
