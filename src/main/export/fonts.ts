import { appResources } from '../resources';

/**
 * The fonts embedded in exported PDFs: DejaVu Sans, so every umlaut and symbol
 * the layout uses is in the file and no system font is needed on the reader's
 * side or ours. Where the files are (package in a checkout, extra resources in
 * an installed app) is the resource helper's business.
 */
export function exportFonts(): { regular: string; bold: string } {
  return appResources().fonts;
}
