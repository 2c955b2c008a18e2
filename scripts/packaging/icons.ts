import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { BICUBIC2, createICNS, createICO } from 'png2icons';

/**
 * `npm run icons`: every icon the packages need, from the one source image
 * resources/icon.svg. The results are committed (packing never renders), so
 * run this after changing the SVG.
 *
 * - resources/icons/NxN.png — the Linux set (AppImage, deb) and the window icon
 * - resources/icon.ico      — Windows (installer and executable), 16–256 px
 * - resources/icon.icns     — macOS, up to 1024 px
 */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

export function renderPng(svg: string, size: number): Buffer {
  // Each size is rendered from the vector, not scaled down from a bitmap, so small sizes stay sharp.
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

export function writeIcons(resourcesDir: string): string[] {
  const svg = readFileSync(join(resourcesDir, 'icon.svg'), 'utf8');
  const iconsDir = join(resourcesDir, 'icons');
  mkdirSync(iconsDir, { recursive: true });
  const written: string[] = [];
  const pngs = new Map<number, Buffer>();
  for (const size of PNG_SIZES) {
    const png = renderPng(svg, size);
    pngs.set(size, png);
    const file = join(iconsDir, `${size}x${size}.png`);
    writeFileSync(file, png);
    written.push(file);
  }
  const ico = createICO(pngs.get(256)!, BICUBIC2, 0, false, true);
  const icns = createICNS(pngs.get(1024)!, BICUBIC2, 0);
  if (!ico || !icns) throw new Error('png2icons could not make the .ico/.icns files');
  writeFileSync(join(resourcesDir, 'icon.ico'), ico);
  writeFileSync(join(resourcesDir, 'icon.icns'), icns);
  written.push(join(resourcesDir, 'icon.ico'), join(resourcesDir, 'icon.icns'));
  return written;
}

if (require.main === module) {
  for (const file of writeIcons(resolve(__dirname, '..', '..', 'resources'))) process.stdout.write(`${file}\n`);
}
