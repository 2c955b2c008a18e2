import type { shellEn } from './shell-i18n.en';

export const shellDe: { readonly [K in keyof typeof shellEn]: string } = {
  aboutTitle: 'Über Omnichannel Workbench',
  tagline: 'Kundenreisen, Kanalbotschaften und Abdeckung – offline zuerst.',
  version: 'Version {{version}}',
  host_electron: 'Desktop-App',
  host_web: 'Browser-Host',
  dataFolder: 'Datenordner',
  logsFolder: 'Protokolldateien',
  logsHint: 'Hilfe › Protokollordner öffnen zeigt sie.',
  fonts: 'PDF-Exporte betten die Schrift DejaVu Sans ein.',
  fontLicence: 'Lizenz der Schrift',
  updates:
    'Aktualisierungen kommen als neues Installationsprogramm von Ihrer IT-Abteilung oder von dem, der Ihnen die App gegeben hat.',
  close: 'Schließen',
  presentNeedsJourney: 'Öffnen Sie zuerst eine Kundenreise und wählen Sie dann „Kundenreise präsentieren“.',
  readOnly: 'Sie können diesen Workspace lesen, aber nicht ändern (Rolle: Leser).',
  openedFromDesktop: 'Vom Desktop geöffnet: {{file}}',
  dismiss: 'Ausblenden',
};
