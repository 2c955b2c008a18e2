import type { transferEn } from './transfer-i18n.en';

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const transferDe: Shape<typeof transferEn> = {
  title: 'Als Datei weitergeben',
  intro:
    'Speichern Sie den ganzen Workspace als eine Datei ({{extension}}), um ihn an Kolleginnen und Kollegen ohne Serververbindung weiterzugeben, und importieren Sie solche Dateien. Der Import führt zusammen: Je Feld gewinnt der neuere Wert, hier geht nichts verloren und nichts wird doppelt angelegt. Dieselbe Datei zweimal zu importieren ändert nichts.',
  export: '„{{name}}“ in Datei exportieren',
  exporting: 'Datei wird erstellt …',
  exported: '{{file}} gespeichert.',
  import: 'Aus Datei importieren …',
  importHint: 'Workspace-Dateien enden auf {{extension}} (oder .json).',
  fileLabel: 'Zu importierende Workspace-Datei',
  importing: '{{file}} wird importiert …',
  created_one: 'Workspace „{{name}}“ aus der Datei angelegt ({{n}} Änderung).',
  created_other: 'Workspace „{{name}}“ aus der Datei angelegt ({{n}} Änderungen).',
  merged_one: 'In „{{name}}“ übernommen: {{n}} neue Änderung, {{known}} bereits bekannt.',
  merged_other: 'In „{{name}}“ übernommen: {{n}} neue Änderungen, {{known}} bereits bekannt.',
  nothingNew: 'Nichts Neues: Alle {{known}} Änderungen der Datei sind bereits in „{{name}}“. Es wurde nichts geändert.',
  olderKept: 'Werte, die hier später als in der Datei geändert wurden, sind geblieben.',
  open: '„{{name}}“ öffnen',
  refusedTitle: '{{file}} wurde nicht importiert. Es wurde nichts geändert.',
  exportFailed: 'Die Datei konnte nicht erstellt werden.',
  unreadable: 'Die Datei konnte nicht gelesen werden.',
  details: 'Technische Details',
  problem: {
    empty: 'Die Datei ist leer.',
    too_large: 'Die Datei ist zu groß für den Import (höchstens {{limitMb}} MB).',
    truncated:
      'Die Datei ist unvollständig (abgeschnitten), vielleicht durch eine unterbrochene Kopie oder einen abgebrochenen Download. Lassen Sie sich die Datei erneut geben.',
    damaged: 'Die Datei ist beschädigt. Lassen Sie sich die Datei erneut geben.',
    not_workspace_file: 'Das ist keine Workspace-Datei der Omnichannel Workbench.',
    newer_version:
      'Die Datei stammt aus einer neueren Version der App. Aktualisieren Sie die App, um sie zu importieren.',
    invalid_change:
      'Die Datei enthält Daten, die diese Version der App nicht annimmt. Sie stammt vielleicht aus einer neueren Version oder ist beschädigt.',
    future_stamps:
      'Die Datei enthält Änderungen mit einem Datum in der Zukunft ({{at}}). Prüfen Sie Datum und Uhrzeit dieses Computers und des Computers, der die Datei erstellt hat.',
  },
  failed: 'Der Import ist fehlgeschlagen.',
  viewerRefused:
    'Nichts wurde importiert: Die Datei ändert Kundenreisen oder den Katalog, und Ihre Rolle in diesem Workspace ist Leser. Als Leser können Sie nur Kommentare und Freigaben übernehmen.',
};
