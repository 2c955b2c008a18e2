import type { TFunction } from 'i18next';
import { en } from '../i18n/en';

export type ActionKey = keyof typeof en.action;

function isActionKey(label: string): label is ActionKey {
  return Object.prototype.hasOwnProperty.call(en.action, label);
}

/** A history label in the interface language: labels are action keys; anything else is shown as it is. */
export function actionLabel(t: TFunction, label: string): string {
  return isActionKey(label) ? t(`action.${label}`) : label;
}
