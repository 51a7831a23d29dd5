/**
 * The page's three downloads, made by the CLI's own report writers, so that they read as `check --format json|csv|html`
 * does on the same files (the JSON exactly; the HTML with this run's date).
 */
import type { Framework } from '../core/framework/framework';
import { csvReport } from '../cli/report/csv';
import { htmlReport } from '../cli/report/html';
import { jsonReport } from '../cli/report/json';
import { summarise, type FileReport } from '../cli/report/model';

export interface RenderedReports {
  json: string;
  csv: string;
  html: string;
}

export function renderReports(framework: Framework, reports: readonly FileReport[], generated: Date): RenderedReports {
  const summary = summarise(framework, reports);
  return { json: jsonReport(reports, summary), csv: csvReport(reports), html: htmlReport(framework, reports, summary, generated) };
}
