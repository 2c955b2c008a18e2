/** The desktop shell's words in the page: the About dialog and notes on menu commands. */
export const shellEn = {
  aboutTitle: 'About Omnichannel Workbench',
  tagline: 'Customer journeys, channel messages and coverage — offline first.',
  version: 'Version {{version}}',
  host_electron: 'Desktop app',
  host_web: 'Browser host',
  dataFolder: 'Data folder',
  logsFolder: 'Log files',
  logsHint: 'Help › Open logs folder shows them.',
  fonts: 'PDF exports embed the DejaVu Sans font.',
  fontLicence: 'Font licence',
  updates: 'Updates come with a new installer from your IT department or from whoever gave you this app.',
  close: 'Close',
  presentNeedsJourney: 'Open a journey first, then choose Present journey.',
  readOnly: 'You can read this workspace but not change it (role: viewer).',
  openedFromDesktop: 'Opened from the desktop: {{file}}',
  dismiss: 'Dismiss',
} as const;
