import type { Measure, Op, Page } from '../../../shared/export/ops';

/**
 * Draws a laid-out page on a canvas: the PNG export. The fonts are the
 * system's sans-serif (DejaVu Sans where installed), measured with the same
 * canvas, so the layout wraps to what the canvas really draws.
 */

/** DejaVu Sans' ascent in em. */
const ASCENT = 0.93;
const FAMILY = '"DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif';
const fontOf = (size: number, bold: boolean) => `${bold ? 'bold ' : ''}${size}px ${FAMILY}`;

/** Chromium refuses canvases beyond 32767 px a side or about 268 million pixels; stay well below. */
const MAX_SIDE = 16_000;
const MAX_AREA = 120_000_000;

/** The scale to draw at: 2× for sharp text, less when the page would not fit a canvas. */
export function canvasScale(width: number, height: number, preferred = 2): number {
  return Math.min(preferred, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
}

export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('no 2D canvas available');
  return (text, size, bold) => {
    ctx.font = fontOf(size, bold);
    return ctx.measureText(text).width;
  };
}

export function paintPage(page: Page): HTMLCanvasElement {
  const scale = canvasScale(page.width, page.height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.floor(page.width * scale));
  canvas.height = Math.max(1, Math.floor(page.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas available');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, page.width, page.height);
  // The PDF places a line's baseline at the font's ascent below y; the canvas does the same here.
  ctx.textBaseline = 'alphabetic';
  for (const op of page.ops) draw(ctx, op);
  return canvas;
}

function draw(ctx: CanvasRenderingContext2D, op: Op): void {
  switch (op.kind) {
    case 'rect':
      ctx.beginPath();
      if (op.radius) ctx.roundRect(op.x, op.y, op.w, op.h, op.radius);
      else ctx.rect(op.x, op.y, op.w, op.h);
      if (op.fill) {
        ctx.fillStyle = op.fill;
        ctx.fill();
      }
      if (op.stroke) {
        ctx.strokeStyle = op.stroke;
        ctx.lineWidth = 0.6;
        ctx.stroke();
      }
      return;
    case 'line':
      ctx.beginPath();
      ctx.moveTo(op.x1, op.y1);
      ctx.lineTo(op.x2, op.y2);
      ctx.strokeStyle = op.stroke;
      ctx.lineWidth = op.width;
      ctx.setLineDash(op.dash ? [op.dash, op.dash] : []);
      ctx.stroke();
      ctx.setLineDash([]);
      return;
    case 'circle':
      ctx.beginPath();
      ctx.arc(op.cx, op.cy, op.r, 0, Math.PI * 2);
      ctx.fillStyle = op.fill;
      ctx.fill();
      return;
    case 'text':
      ctx.font = fontOf(op.size, op.bold);
      ctx.fillStyle = op.color;
      ctx.fillText(op.text, op.x, op.y + op.size * ASCENT);
      return;
  }
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'),
  );
}
