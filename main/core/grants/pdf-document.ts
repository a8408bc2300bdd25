// A small document writer over pdf-lib for the grants' letters and minutes: A4 pages, headings, wrapped paragraphs,
// label/value lines and simple tables, flowing onto new pages. Made in the main process without a browser, so the
// same bytes come from the app, the CLI and the tests.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BODY_SIZE = 10.5;
const LINE_GAP = 1.35;
const GREY = rgb(0.3, 0.3, 0.3);

export interface PdfWriter {
  heading(text: string, level?: 1 | 2): void;
  paragraph(text: string, options?: { muted?: boolean }): void;
  field(label: string, value: string): void;
  /** Columns share the width by `widths` (fractions); the first row is the header, in bold. */
  table(rows: readonly (readonly string[])[], widths: readonly number[]): void;
  space(points?: number): void;
  save(): Promise<Uint8Array>;
}

/**
 * The standard fonts (no file to ship or find at run time) write Windows-1252: every letter of English, Spanish, French
 * and Portuguese. A character outside it is written without its accent when that makes it one (ǎ → a), else as "?".
 */
function encodable(font: PDFFont): (text: string) => string {
  const known = new Set(font.getCharacterSet());
  return (text) =>
    Array.from(text.replace(/\t/g, '    '), (ch) => {
      const code = ch.codePointAt(0) ?? 0;
      if (known.has(code) || ch === '\n') return ch;
      const bare = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      return Array.from(bare).every((c) => known.has(c.codePointAt(0) ?? 0)) && bare !== '' ? bare : '?';
    }).join('');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (font.widthOfTextAtSize(candidate, size) <= width || line === '') {
        line = candidate;
        // A single word wider than the line is cut where it overflows.
        while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      } else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

export async function createPdfWriter(meta: { title: string; language: string; author?: string }): Promise<PdfWriter> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const safe = encodable(regular);
  doc.setTitle(safe(meta.title));
  doc.setLanguage(meta.language);
  doc.setProducer('CRE Desktop');
  doc.setCreator('CRE Desktop');
  if (meta.author) doc.setAuthor(safe(meta.author));

  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const width = A4[0] - 2 * MARGIN;

  function room(height: number): void {
    if (y - height >= MARGIN) return;
    page = doc.addPage(A4);
    y = A4[1] - MARGIN;
  }

  function lines(text: string, font: PDFFont, size: number, x: number, maxWidth: number, color = rgb(0.1, 0.1, 0.1)): void {
    for (const line of wrap(safe(text), font, size, maxWidth)) {
      room(size * LINE_GAP);
      y -= size * LINE_GAP;
      page.drawText(line, { x, y, size, font, color });
    }
  }

  return {
    heading(text, level = 1) {
      const size = level === 1 ? 16 : 12.5;
      y -= level === 1 ? 4 : 10;
      room(size * 3);
      lines(text, bold, size, MARGIN, width);
      y -= 4;
    },
    paragraph(text, options = {}) {
      lines(text, regular, BODY_SIZE, MARGIN, width, options.muted ? GREY : undefined);
      y -= BODY_SIZE * 0.6;
    },
    field(label, value) {
      const labelWidth = Math.min(170, width / 3);
      room(BODY_SIZE * LINE_GAP * 2);
      const start = y;
      lines(label, bold, BODY_SIZE, MARGIN, labelWidth - 8);
      const afterLabel = y;
      y = start;
      lines(value, regular, BODY_SIZE, MARGIN + labelWidth, width - labelWidth);
      y = Math.min(y, afterLabel) - 2;
    },
    table(rows, widths) {
      const total = widths.reduce((a, b) => a + b, 0);
      const columns = widths.map((w) => (w / total) * width);
      rows.forEach((row, index) => {
        const font = index === 0 ? bold : regular;
        const size = BODY_SIZE - 1;
        const wrapped = row.map((cell, c) => wrap(safe(cell), font, size, (columns[c] ?? 40) - 6));
        const height = Math.max(...wrapped.map((cell) => cell.length)) * size * LINE_GAP + 4;
        room(height);
        let x = MARGIN;
        wrapped.forEach((cell, c) => {
          cell.forEach((line, i) => page.drawText(line, { x, y: y - (i + 1) * size * LINE_GAP, size, font }));
          x += columns[c] ?? 0;
        });
        y -= height;
        page.drawLine({ start: { x: MARGIN, y: y + 1 }, end: { x: MARGIN + width, y: y + 1 }, thickness: 0.4, color: GREY });
      });
      y -= BODY_SIZE;
    },
    space(points = BODY_SIZE) {
      y -= points;
    },
    save: () => doc.save(),
  };
}
