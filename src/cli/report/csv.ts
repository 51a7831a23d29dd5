import { toCsv } from '../../core/export/export';
import { diffToText } from '../../core/text/diff';
import type { FileReport } from './model';

export const CSV_HEADER = ['file', 'career stage', 'severity', 'kind', 'descriptor', 'paragraph', 'message', 'excerpt', 'diff'] as const;

/** One row per finding (and one per unreadable file), for Excel. */
export function csvReport(reports: readonly FileReport[]): string {
  const rows: (string | number | null)[][] = [];
  for (const r of reports) {
    if (r.error !== null) {
      rows.push([r.path, null, 'error', 'unreadable-file', null, null, r.error, null, null]);
      continue;
    }
    for (const f of r.findings) {
      rows.push([
        r.path,
        r.careerStage?.name ?? null,
        f.severity,
        f.kind,
        f.id,
        f.location.paragraph !== null ? f.location.paragraph + 1 : null,
        f.message,
        f.excerpt,
        f.diff ? diffToText(f.diff) : null,
      ]);
    }
  }
  return toCsv(CSV_HEADER, rows);
}
