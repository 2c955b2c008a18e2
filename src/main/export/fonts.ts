import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The fonts embedded in exported PDFs: DejaVu Sans from the `dejavu-fonts-ttf`
 * package, resolved at run time (the package stays outside the bundle), so
 * every umlaut and symbol the layout uses is in the file and no system font
 * is needed on the reader's side or ours.
 */
export function exportFonts(): { regular: string; bold: string } {
  const req = createRequire(__filename);
  const dir = join(dirname(req.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return { regular: join(dir, 'DejaVuSans.ttf'), bold: join(dir, 'DejaVuSans-Bold.ttf') };
}
