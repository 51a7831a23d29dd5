/**
 * The page's four downloads, made by the CLI's own report writers, so that they read as
 * `check --format json|csv|findings-csv|html` does on the same files (the JSON and both CSVs exactly; the HTML with
 * this run's date).
 */
import type { Framework } from '../core/framework/framework';
import { csvReport, findingsCsvReport } from '../cli/report/csv';
import { htmlReport } from '../cli/report/html';
import { jsonReport } from '../cli/report/json';
import { summarise, type FileReport } from '../cli/report/model';

export interface RenderedReports {
  json: string;
  /** One row per file. */
  csv: string;
  /** One row per finding. */
  findingsCsv: string;
  html: string;
}

export function renderReports(framework: Framework, reports: readonly FileReport[], generated: Date): RenderedReports {
  const summary = summarise(framework, reports);
  return { json: jsonReport(reports, summary), csv: csvReport(framework, reports), findingsCsv: findingsCsvReport(reports), html: htmlReport(framework, reports, summary, generated) };
}
