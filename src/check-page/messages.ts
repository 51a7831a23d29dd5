/** What the check page's main thread and its workers say to each other. */
import type { FileReport } from '../cli/report/model';

/** Main thread to worker. `bytes` is transferred, not copied. */
export type ToWorker =
  | { type: 'check'; index: number; path: string; bytes: ArrayBuffer }
  /** Build the four reports of a finished run (so that a run of 1,000 files does not hold up the page). */
  | { type: 'render'; reports: FileReport[]; generated: string };

/** Worker to main thread. */
export type FromWorker =
  | { type: 'ready'; edition: string; title: string }
  | { type: 'report'; index: number; report: FileReport }
  | { type: 'rendered'; json: string; csv: string; findingsCsv: string; html: string };
