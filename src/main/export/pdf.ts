import type PDFKitDocument from 'pdfkit';
import type { Measure, Op, Page } from '../../shared/export/ops';
import { exportFonts } from './fonts';

/**
 * Writes laid-out pages as a PDF with DejaVu Sans embedded (pdfkit subsets it).
 * The layout needs the real font widths before it can place text, so the
 * document is created first and its metrics handed to `layout`.
 */
export async function writePdf(title: string, layout: (measure: Measure) => Page[]): Promise<Buffer> {
  // pdfkit takes a second and more to load: on the first export, not at start (the browser host opens sooner).
  const loaded = (await import('pdfkit')) as unknown as { default?: typeof PDFKitDocument };
  const PDFDocument = loaded.default ?? (loaded as unknown as typeof PDFKitDocument);
  const fonts = exportFonts();
  const doc = new PDFDocument({
    autoFirstPage: false,
    info: { Title: title, Creator: 'Omnichannel Workbench' },
    compress: true,
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const measure: Measure = (text, size, bold) =>
    doc
      .font(bold ? 'bold' : 'regular')
      .fontSize(size)
      .widthOfString(text);
  const pages = layout(measure);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const page of pages) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    for (const op of page.ops) draw(doc, op);
  }
  doc.end();
  return done;
}

function draw(doc: PDFKit.PDFDocument, op: Op): void {
  switch (op.kind) {
    case 'rect': {
      if (op.radius) doc.roundedRect(op.x, op.y, op.w, op.h, op.radius);
      else doc.rect(op.x, op.y, op.w, op.h);
      if (op.fill && op.stroke) doc.lineWidth(0.6).fillAndStroke(op.fill, op.stroke);
      else if (op.fill) doc.fill(op.fill);
      else if (op.stroke) doc.lineWidth(0.6).stroke(op.stroke);
      return;
    }
    case 'line':
      doc.moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).lineWidth(op.width).stroke(op.stroke);
      return;
    case 'circle':
      doc.circle(op.cx, op.cy, op.r).fill(op.fill);
      return;
    case 'text':
      // lineBreak: false — the layout has wrapped and fitted every line already.
      doc
        .font(op.bold ? 'bold' : 'regular')
        .fontSize(op.size)
        .fillColor(op.color)
        .text(op.text, op.x, op.y, { lineBreak: false });
      return;
  }
}
