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
/** At most this many threads check by default (each worker holds its own copy of the editions). */
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
  /** The main thread checks files too, beside the workers (otherwise only what is left when no worker is running). */
  alsoHere?: boolean;
}

/** How a batch is shared out: `workers` worker threads, and whether the main thread checks files beside them. */
export interface ThreadPlan {
  workers: number;
  alsoHere: boolean;
}

/**
 * The threads for `count` files. With `threads` (--threads) given: 1 is the main thread alone; more is that many
 * threads checking, the main thread one of them (never more than files). Otherwise the main thread alone below 16 files;
 * from 16, a thread per core up to 8 with at least 8 files each, the main thread one of them; and on a single core one
 * worker that checks everything, for its capped heap (see {@link WORKER_HEAP_LIMITS}).
 *
 * Why the main thread checks too: it would otherwise sit idle while each worker pays for starting (loading the modules,
 * then running cold code), which on two cores cost more CPU than the second core gave back.
 */
export function workersFor(count: number, cores: number, threads?: number): ThreadPlan {
  if (threads !== undefined) {
    const n = Math.min(threads, count);
    return n <= 1 ? { workers: 0, alsoHere: false } : { workers: n - 1, alsoHere: true };
  }
  if (count < PARALLEL_FROM) return { workers: 0, alsoHere: false };
  const n = Math.max(1, Math.min(cores, MAX_DEFAULT_WORKERS, Math.floor(count / (PARALLEL_FROM / 2))));
  return n === 1 ? { workers: 1, alsoHere: false } : { workers: n - 1, alsoHere: true };
}

export function workersAvailable(script: string = WORKER_SCRIPT): boolean {
  return fs.existsSync(script);
}

/**
 * Files a worker is given ahead of the one it is checking, so that it never waits for the main thread (busy checking a
 * file of its own, or a report) to send the next.
 */
const WORKER_QUEUE = 2;

/** Reports for `files`, in the same order, checked on `options.workers` workers. Never rejects for a worker's failure. */
export function checkInWorkers(files: readonly string[], options: ParallelOptions): Promise<FileReport[]> {
  const script = options.script ?? WORKER_SCRIPT;
  const setup: WorkerSetup = { framework: options.framework, editions: options.editions };
  const checkHere = options.checkHere ?? ((file: string) => checkFile(options.framework, file, options.editions));
  const reports: FileReport[] = new Array<FileReport>(files.length);
  let next = 0;
  /** Files given back by a worker that stopped before it reached them: they are checked first. */
  const returned: number[] = [];
  let running = 0;
  let settled = 0;
  const take = (): number | null => (returned.length > 0 ? (returned.shift() as number) : next < files.length ? next++ : null);
  const left = () => returned.length > 0 || next < files.length;

  return new Promise((resolve) => {
    let resolved = false;
    const settle = (index: number, report: FileReport) => {
      reports[index] = report;
      settled += 1;
      options.onReport?.(report);
    };
    const finishIfDone = () => {
      if (!resolved && settled === files.length && running === 0) {
        resolved = true;
        resolve(reports);
      }
    };

    /**
     * With `alsoHere`, the main thread checks files too, one per turn of the event loop so that the workers' reports
     * are taken in between. Otherwise it checks only what is left once no worker is running.
     */
    let looping = false;
    const checkOneHere = () => {
      const index = take();
      if (index === null) {
        looping = false;
        finishIfDone();
        return;
      }
      settle(index, checkHere(files[index] as string));
      setImmediate(checkOneHere);
    };
    const loopHere = () => {
      if (looping) return;
      looping = true;
      setImmediate(checkOneHere);
    };
    const finishIfIdle = () => {
      if (running > 0 && !options.alsoHere) return;
      if (left()) loopHere();
      else finishIfDone();
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
      /** The files sent to this worker and not yet reported, in the order sent (and so checked). */
      const inHand: number[] = [];
      let checked = 0;
      let failure: string | null = null;
      let ready = false;
      let ending = false;

      const fill = () => {
        while (inHand.length < WORKER_QUEUE) {
          const index = take();
          if (index === null) break;
          inHand.push(index);
          worker.postMessage({ index, path: files[index] } satisfies WorkerJob);
        }
        if (inHand.length === 0 && !ending) {
          ending = true;
          void worker.terminate();
        }
      };
      /** The file the worker was checking could not be checked there: it is reported as failed, and the run goes on. */
      const markFailed = (reason: string) => {
        const index = inHand.shift();
        if (index === undefined) return;
        settle(index, workerStoppedReport(files[index] as string, reason));
      };

      worker.on('message', (message: WorkerReport | WorkerReady) => {
        // A worker that fails while starting never holds a file, so none is lost to a broken start.
        if ('ready' in message) {
          ready = true;
          fill();
          return;
        }
        if (message.index !== inHand[0]) return;
        inHand.shift();
        settle(message.index, message.report);
        checked += 1;
        fill();
      });
      worker.on('messageerror', (error) => {
        // The report could not be received; the worker itself is fine.
        options.onWorkerStopped?.(error.message, inHand.length === 0 ? null : (files[inHand[0] as number] as string));
        markFailed(`its report could not be received: ${error.message}`);
        fill();
      });
      worker.on('error', (error) => {
        failure = error.message;
      });
      worker.on('exit', (code) => {
        running -= 1;
        if (inHand.length > 0) {
          const reason = failure ?? `exit code ${code}`;
          options.onWorkerStopped?.(reason, files[inHand[0] as number] as string);
          markFailed(reason);
          // The files queued behind it were never started: someone else checks them.
          returned.unshift(...inHand.splice(0));
          // Replace a worker that had been working; one that failed before its first report would fail again.
          if (checked > 0 && left()) start();
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
