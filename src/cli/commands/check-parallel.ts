/**
 * Checks many files on worker threads, with the reports in the order of the file list.
 *
 * Why: checking is CPU-bound (the descriptor matcher), so one thread uses one core. And memory: on one thread, peak
 * memory grew with the number of files (+57 MB from 100 to 1,000 generated reviews) although what is kept per file is
 * about 2.5 KB. The rest was garbage: each document's working set lives long enough to be promoted to the old
 * generation, and V8, sizing its heap from a maximum of several gigabytes and seeing that full collections are cheap,
 * let it pile up and kept the pages. Each worker's heap has a maximum (see {@link WORKER_HEAP_LIMITS}) far above what a
 * review needs, but low enough for V8 to collect early, so peak memory stays flat however many files there are.
 *
 * How: each worker is given the loaded editions once (structured clone, so no re-reading or re-validating), then one
 * file at a time, the next as soon as it reports. A worker that stops (its heap limit reached on an extraordinary
 * document, or a bug) cannot take the batch with it: its file is reported as not checked, with the reason, and is NOT
 * checked again on this thread (which has no heap limit, so the same file could bring the whole run down), and a new
 * worker takes its place if it had been working. When no worker is left, the remaining files are checked here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Worker, type ResourceLimits } from 'worker_threads';
import type { Framework } from '../../core/framework/framework';
import type { FileReport } from '../report/model';
import { checkFile, unreadReport } from './check-file';

/** The report for a file whose worker stopped while checking it. */
export function workerStoppedReport(file: string, reason: string): FileReport {
  return unreadReport(
    file,
    `The file could not be checked: the worker thread checking it stopped (${reason}). A document that needs this much memory or time is not a review this tool can check.`,
  );
}

/** With this many files or more, `check` uses worker threads unless told otherwise; fewer are quicker on one thread. */
export const PARALLEL_FROM = 16;
/** At most this many workers by default (each holds its own copy of the editions). */
const MAX_DEFAULT_WORKERS = 8;
/**
 * Heap limits of each worker (MB), measured over 100 and 1,000 generated reviews on two workers. A worker's live heap is
 * about 10 MB. With V8's defaults peak memory grew by 35 MB from 100 to 1,000 files; with an old generation of at most
 * 256 MB (25 times the live heap) by 5 MB, as V8 scales its heap growth to the maximum (a lower one did no better). A young
 * generation of 16 MB, rather than 48, holds a document's short-lived garbage and saves 30 MB; 8 MB cost 15% more CPU.
 */
export const WORKER_HEAP_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 256 };

/** The compiled worker script. Missing when this module runs from TypeScript source (ts-jest), so use one thread there. */
export const WORKER_SCRIPT = path.join(__dirname, 'check-worker.js');

/** What each worker is given once, at start. */
export interface WorkerSetup {
  framework: Framework;
  editions: ReadonlyMap<string, Framework>;
}

/** Main thread to worker: check this file. */
export interface WorkerJob {
  index: number;
  path: string;
}

/** Worker to main thread: the report for job `index`. */
export interface WorkerReport {
  index: number;
  report: FileReport;
}

/** Worker to main thread, once, when it has taken in its setup: it is given files only after this. */
export interface WorkerReady {
  ready: true;
}

export interface ParallelOptions extends WorkerSetup {
  /** How many workers. */
  workers: number;
  /** Called as each report comes in (in the order they finish, not list order). */
  onReport?: (report: FileReport) => void;
  /** Called when a worker stops unexpectedly, with what it said (or its exit code). */
  onWorkerStopped?: (reason: string, file: string | null) => void;
  /** The worker script (tests give a stand-in). */
  script?: string;
  /** Checks a file on this thread. Defaults to {@link checkFile} with the options' editions. */
  checkHere?: (file: string) => FileReport;
  /** Defaults to {@link WORKER_HEAP_LIMITS}. */
  heapLimits?: ResourceLimits;
}

/**
 * Worker threads for `count` files; 0 means checking on the main thread. With `threads` (--threads) given: 1 is the main
 * thread alone, more is that many workers (never more than files). Otherwise none below 16 files; from 16, one per core
 * up to 8, at least 8 files each, and one even on a single core, for the memory.
 */
export function workersFor(count: number, cores: number, threads?: number): number {
  if (threads !== undefined) return threads <= 1 ? 0 : Math.min(threads, count);
  if (count < PARALLEL_FROM) return 0;
  return Math.max(1, Math.min(cores, MAX_DEFAULT_WORKERS, Math.floor(count / (PARALLEL_FROM / 2))));
}

export function workersAvailable(script: string = WORKER_SCRIPT): boolean {
  return fs.existsSync(script);
}

/** Reports for `files`, in the same order, checked on `options.workers` workers. Never rejects for a worker's failure. */
export function checkInWorkers(files: readonly string[], options: ParallelOptions): Promise<FileReport[]> {
  const script = options.script ?? WORKER_SCRIPT;
  const setup: WorkerSetup = { framework: options.framework, editions: options.editions };
  const checkHere = options.checkHere ?? ((file: string) => checkFile(options.framework, file, options.editions));
  const reports: FileReport[] = new Array<FileReport>(files.length);
  let next = 0;
  let running = 0;

  return new Promise((resolve) => {
    const settle = (index: number, report: FileReport) => {
      reports[index] = report;
      options.onReport?.(report);
    };

    /** Once no worker is running: whatever is left is checked here, then the run is over. */
    const finishIfIdle = () => {
      if (running > 0) return;
      while (next < files.length) {
        const index = next++;
        settle(index, checkHere(files[index] as string));
      }
      resolve(reports);
    };

    const start = () => {
      let worker: Worker;
      try {
        worker = new Worker(script, { workerData: setup, resourceLimits: options.heapLimits ?? WORKER_HEAP_LIMITS });
      } catch (error) {
        options.onWorkerStopped?.((error as Error).message, null);
        return;
      }
      running += 1;
      let inHand: number | null = null;
      let checked = 0;
      let failure: string | null = null;
      let ready = false;

      const giveNext = () => {
        if (next < files.length) {
          inHand = next++;
          worker.postMessage({ index: inHand, path: files[inHand] } satisfies WorkerJob);
        } else {
          inHand = null;
          void worker.terminate();
        }
      };
      /** The file in hand could not be checked there: it is reported as failed, and the run goes on. */
      const markFailed = (reason: string) => {
        if (inHand === null) return;
        const index = inHand;
        inHand = null;
        settle(index, workerStoppedReport(files[index] as string, reason));
      };

      worker.on('message', (message: WorkerReport | WorkerReady) => {
        // A worker that fails while starting never holds a file, so none is lost to a broken start.
        if ('ready' in message) {
          ready = true;
          if (inHand === null) giveNext();
          return;
        }
        if (message.index !== inHand) return;
        settle(message.index, message.report);
        checked += 1;
        giveNext();
      });
      worker.on('messageerror', (error) => {
        // The report could not be received; the worker itself is fine.
        options.onWorkerStopped?.(error.message, inHand === null ? null : (files[inHand] as string));
        markFailed(`its report could not be received: ${error.message}`);
        giveNext();
      });
      worker.on('error', (error) => {
        failure = error.message;
      });
      worker.on('exit', (code) => {
        running -= 1;
        if (inHand !== null) {
          const reason = failure ?? `exit code ${code}`;
          options.onWorkerStopped?.(reason, files[inHand] as string);
          markFailed(reason);
          // Replace a worker that had been working; one that failed before its first report would fail again.
          if (checked > 0 && next < files.length) start();
        } else if (!ready) {
          options.onWorkerStopped?.(failure ?? `exit code ${code}`, null);
        }
        finishIfIdle();
      });
    };

    for (let k = 0; k < Math.min(options.workers, files.length); k++) start();
    finishIfIdle();
  });
}
