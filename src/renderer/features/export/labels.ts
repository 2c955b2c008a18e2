import type { TFunction } from 'i18next';
import { createFormatter, formatLanguage } from '../../../shared/format';
import type { JourneyLabels } from '../../../shared/export/journey-data';
import type { exportEn } from './i18n.en';

type DocKey = keyof typeof exportEn.doc;

export function exportDate(language: string, date = new Date()): string {
  return createFormatter(formatLanguage(language)).date(date, 'long');
}

/** The words printed into a journey export, in the interface language. */
export function journeyLabels(t: TFunction, language: string): JourneyLabels {
  const d = (key: DocKey): string => t(`export.doc.${key}`);
  return {
    language: formatLanguage(language),
    kind: d('kind'),
    persona: d('persona'),
    date: t('export.doc.exported', { date: exportDate(language) }),
    page: d('page'),
    noChannel: d('noChannel'),
    noOwner: d('noOwner'),
    untitled: d('untitled'),
    unnamedStage: d('unnamedStage'),
    continued: d('continued'),
    backChannel: d('backChannel'),
    knowsHistory: d('knowsHistory'),
    emotion: d('emotion'),
    legend: d('legend'),
    departments: d('departments'),
    handoffs: d('handoffs'),
    noHandoffs: d('noHandoffs'),
    empty: d('empty'),
    step: d('step'),
    voice: d('voice'),
    curve: d('curve'),
    lowest: d('lowest'),
    highest: d('highest'),
    curveRange: d('curveRange'),
    lineOfVisibility: d('lineOfVisibility'),
    backstage: d('backstage'),
    noDepartment: d('noDepartment'),
    systems: d('systems'),
    carried: d('carried'),
    keyMessages: d('keyMessages'),
    stageMessage: d('stageMessage'),
    unknownFacts: d('unknownFacts'),
  };
}
