import type { Framework } from '../framework/framework';

/** One row of `cli export`: a descriptor with where it belongs. */
export interface ExportRow {
  id: string;
  source: 'teachers-standards' | 'career-expectations';
  standard: string | null;
  /** Teachers' Standards stage code, or the career expectations role code. */
  stage: string;
  rating: string | null;
  text: string;
}

export function exportRows(framework: Framework, options: { includeRetired?: boolean } = {}): ExportRow[] {
  return framework.descriptors
    .filter((d) => options.includeRetired || !d.retired)
    .map((d) => ({
      id: d.id,
      source: d.source,
      standard: d.standard,
      stage: (d.stage ?? d.role) as string,
      rating: d.rating,
      text: d.text,
    }));
}

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage return, that some spreadsheets
 * skip before looking for one): OWASP's list for CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Quotes one CSV field the way Excel reads it: always in double quotes, inner quotes doubled. A value that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is neutralised, as OWASP recommends, by putting a single quote in front
 * of it, so a spreadsheet shows it as text and never evaluates it (a tag, a document's text or a file name can start
 * with anything). Every column goes through this.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return `"${(FORMULA_START.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
}

/** A CSV document for Excel: UTF-8 byte-order mark, a header row, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const lines = [header.map(csvField).join(','), ...rows.map((r) => r.map(csvField).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function exportCsv(rows: readonly ExportRow[]): string {
  return toCsv(
    ['id', 'source', 'standard', 'stage', 'rating', 'text'],
    rows.map((r) => [r.id, r.source, r.standard, r.stage, r.rating, r.text]),
  );
}
