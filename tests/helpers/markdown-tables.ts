// Markdown as far as the docs tests need it: a section under a heading, the rows of its first table, code spans.

/** The lines under `heading` (an exact line such as "## Audit events") up to the next heading of its level or above. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) throw new Error(`The document has no heading "${heading}".`);
  const level = heading.indexOf(' ');
  const end = lines.findIndex((line, index) => index > start && /^#{1,6} /.test(line) && line.indexOf(' ') <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The body rows of the first pipe table in `text`, each as its trimmed cells (header and separator left out). */
export function firstTable(text: string): string[][] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim().startsWith('|'));
  if (start < 0) throw new Error('No table found.');
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.trim().startsWith('|')) break;
    rows.push(line.trim().slice(1, -1).split('|').map((cell) => cell.trim()));
  }
  return rows;
}

/** Every `code` span of a cell, in order. */
export function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
}

/** A cell that is exactly one code span: its text. */
export function codeName(cell: string): string {
  const match = /^`([^`]+)`$/.exec(cell);
  if (!match?.[1]) throw new Error(`Expected a single name in backticks, found "${cell}".`);
  return match[1];
}
