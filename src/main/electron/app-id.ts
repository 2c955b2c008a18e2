/** The application id: installers (electron-builder.ts) and Windows' taskbar grouping (setAppUserModelId) share it. */
export const APP_ID = 'de.omnichannel-workbench.desktop';
