/**
 * The two CSV reports, for Excel:
 *
 * - `check --format csv` (`csvReport`): one row per file, the pay panel's and HR's view: who, which career stage,
 *   rating and pay recommendation, how many objectives, the standards cited, what is missing, and how many findings of
 *   each severity; a file that was not read, or is not a review, says so in its status.
 * - `check --format findings-csv` (`findingsCsvReport`): one row per finding (and one per file that could not be
 *   read), with the message, excerpt and word diff, for working through the findings.
 *
 * Both neutralise formula cells (toCsv) and start with a byte-order mark so Excel reads them as UTF-8.
 */
import { toCsv } from '../../core/export/export';
import type { Framework } from '../../core/framework/framework';
import { diffToText } from '../../core/text/diff';
import type { FileReport } from './model';
import { PART_NAMES, PAY_LABELS, ratingName } from './outcome-labels';

export const CSV_HEADER = [
  'file',
  'teacher',
  'career stage',
  'rating',
  'pay recommendation',
  'objectives',
  'standards cited',
  'missing',
  'errors',
  'warnings',
  'notes',
  'status',
] as const;

export const FINDINGS_CSV_HEADER = ['file', 'career stage', 'severity', 'kind', 'descriptor', 'paragraph', 'message', 'excerpt', 'diff'] as const;

/** A file's status in the one-row-per-file CSV. */
export const STATUS = { review: 'checked', notAReview: 'not a review', notRead: 'not read' } as const;

/** One row per file (the outcome, and counts of findings by severity), for Excel. */
export function csvReport(framework: Framework, reports: readonly FileReport[]): string {
  const rows = reports.map((r): (string | number | null)[] => {
    if (r.error !== null) return [r.path, null, null, null, null, null, null, null, null, null, null, `${STATUS.notRead}: ${r.error}`];
    const count = (severity: string) => r.findings.filter((f) => f.severity === severity).length;
    const counts = [count('error'), count('warning'), count('info')];
    const o = r.outcome ?? null;
    if (o === null) return [r.path, null, r.careerStage?.name ?? null, null, null, null, null, null, ...counts, STATUS.notAReview];
    return [
      r.path,
      o.teacher,
      o.careerStage,
      o.rating !== null ? ratingName(framework, o.rating) : null,
      o.payRecommendation !== null ? (PAY_LABELS[o.payRecommendation] ?? o.payRecommendation) : null,
      o.objectives,
      o.standards.join('; ') || null,
      o.missing.map((m) => PART_NAMES[m]).join('; ') || null,
      ...counts,
      STATUS.review,
    ];
  });
  return toCsv(CSV_HEADER, rows);
}

/** One row per finding (and one per unreadable file), for Excel. */
export function findingsCsvReport(reports: readonly FileReport[]): string {
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
  return toCsv(FINDINGS_CSV_HEADER, rows);
}
