/**
 * Checks the chosen files on Web Workers, a few files ahead per worker, with the reports in the order of the list.
 *
 * The page's own thread only reads each file's bytes (asynchronously) and hands them over (transferred, not copied),
 * so it stays free to draw the progress bar however many files there are; a file is read only when a worker is about
 * to need it, so memory does not grow with the number of files. A worker that stops (an error it could not catch) is
 * replaced; the files it held are given to the new one once more, and a file that stops a worker twice is reported as
 * one that could not be checked, so one bad file never loses the run.
 */
import { MAX_DOCX_FILE_BYTES, failedReport, tooLargeMessage } from '../cli/docx/check-docx';
import type { FileReport } from '../cli/report/model';
import type { FromWorker, ToWorker } from './messages';

/** What the pool needs of a Web Worker (tests give a stand-in). */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** A file to check: its path for the report, its size, and how to read it. */
export interface PoolFile {
  path: string;
  size: number;
  read(): Promise<ArrayBuffer>;
}

export interface PoolOptions {
  files: readonly PoolFile[];
  workers: number;
  createWorker(): WorkerLike;
  /** Called as each file's report comes in (in the order they finish), with how many are done. */
  onReport?(index: number, report: FileReport, done: number): void;
  /** Stops the run: the workers are ended and the promise resolves to null. */
  signal?: AbortSignal;
  /** Files handed to each worker ahead of its answers (default 2: one being checked, the next ready). */
  ahead?: number;
}

/** The message for a file that stopped a worker twice. */
export const WORKER_STOPPED = 'The file could not be checked: the checker stopped while reading it (twice).';

/** How many workers to start for `count` files on a machine with `cores` logical cores: one per core, at most 8. */
export function workersFor(count: number, cores: number): number {
  return Math.max(1, Math.min(count, Math.max(1, cores), 8));
}

interface Slot {
  worker: WorkerLike;
  held: Set<number>;
}

export function checkInWorkers(options: PoolOptions): Promise<FileReport[] | null> {
  const { files, onReport, signal } = options;
  const ahead = options.ahead ?? 2;
  const reports: (FileReport | undefined)[] = new Array(files.length);
  const retry: number[] = [];
  const stops = new Map<number, number>();
  let next = 0;
  let done = 0;
  let finished = false;
  const slots: Slot[] = [];

  return new Promise((resolve) => {
    const finish = (result: FileReport[] | null) => {
      if (finished) return;
      finished = true;
      for (const s of slots) s.worker.terminate();
      resolve(result);
    };
    const settle = (index: number, report: FileReport) => {
      if (finished || reports[index] !== undefined) return;
      reports[index] = report;
      done += 1;
      onReport?.(index, report, done);
      if (done === files.length) finish(reports as FileReport[]);
    };
    const take = (): number | undefined => (retry.length > 0 ? retry.shift() : next < files.length ? next++ : undefined);

    const feed = (slot: Slot) => {
      while (!finished && slot.held.size < ahead) {
        const index = take();
        if (index === undefined) return;
        const file = files[index] as PoolFile;
        if (file.size > MAX_DOCX_FILE_BYTES) {
          settle(index, failedReport(file.path, tooLargeMessage(file.size)));
          continue;
        }
        slot.held.add(index);
        file.read().then(
          (bytes) => {
            // The worker may have been replaced while the file was read; the file then went to the retry list.
            if (finished || !slot.held.has(index)) return;
            slot.worker.postMessage({ type: 'check', index, path: file.path, bytes }, [bytes]);
          },
          (error: unknown) => {
            slot.held.delete(index);
            settle(index, failedReport(file.path, `The file could not be read by the browser: ${(error as Error)?.message ?? String(error)}`));
            feed(slot);
          },
        );
      }
    };

    const start = (slot: Slot) => {
      slot.worker.onmessage = (event) => {
        const message = event.data;
        if (message.type !== 'report') return;
        slot.held.delete(message.index);
        settle(message.index, message.report);
        feed(slot);
      };
      slot.worker.onerror = (event) => {
        event.preventDefault?.();
        if (finished) return;
        slot.worker.terminate();
        for (const index of slot.held) {
          const count = (stops.get(index) ?? 0) + 1;
          stops.set(index, count);
          if (count >= 2) settle(index, failedReport((files[index] as PoolFile).path, WORKER_STOPPED));
          else retry.push(index);
        }
        slot.held.clear();
        if (finished) return;
        slot.worker = options.createWorker();
        start(slot);
        feed(slot);
      };
    };

    if (files.length === 0) {
      finish([]);
      return;
    }
    signal?.addEventListener('abort', () => finish(null), { once: true });
    for (let i = 0; i < Math.max(1, Math.min(options.workers, files.length)); i += 1) {
      const slot: Slot = { worker: options.createWorker(), held: new Set() };
      slots.push(slot);
      start(slot);
    }
    for (const slot of slots) feed(slot);
  });
}
