import type { SystemKind } from '../schema/tables';
import type { Bilingual } from './types';

/** The name a support system gets when a template needs one of a kind the workspace has not named yet. */
export const DEFAULT_SYSTEM_NAMES: Readonly<Record<SystemKind, Bilingual>> = {
  crm: { de: 'CRM', en: 'CRM' },
  ticketing: { de: 'Ticketsystem', en: 'Ticket system' },
  pos: { de: 'Kassensystem', en: 'Point of sale' },
  warehouse: { de: 'Warenwirtschaft', en: 'Warehouse system' },
  erp: { de: 'ERP-System', en: 'ERP system' },
  shop_system: { de: 'Shopsystem', en: 'Shop system' },
  email_platform: { de: 'E-Mail-Plattform', en: 'E-mail platform' },
  analytics: { de: 'Webanalyse', en: 'Web analytics' },
  other: { de: 'Sonstiges System', en: 'Other system' },
};
