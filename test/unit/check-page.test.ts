/**
 * The check page's file list and worker pool, without a browser: which files are checked and under which names (as
 * the CLI lists a folder), and that the pool reports every file once, in list order, whatever its workers do.
 * The page itself, against the CLI, is test/e2e/check-page.mjs.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkDocxBytes, MAX_DOCX_FILE_BYTES } from '../../src/cli/docx/check-docx';
import type { FileReport } from '../../src/cli/report/model';
import { editionMap } from '../../src/core/edition/check';
import { bundledFramework } from '../../src/core/framework/bundled';
import { comparePaths, filesToCheck, isCheckable } from '../../src/check-page/files';
import type { FromWorker, ToWorker } from '../../src/check-page/messages';
import { checkInWorkers, WORKER_STOPPED, workersFor, type PoolFile, type WorkerLike } from '../../src/check-page/pool';

const framework = bundledFramework();
const editions = editionMap([framework]);
const REVIEWS = path.join(__dirname, '..', 'fixtures', 'docx', 'reviews');

describe('which files the page checks, and their names', () => {
  const chosen = (paths: string[]) => paths.map((p) => ({ path: p, file: p }));

  it('keeps .docx files only, without Word lock files', () => {
    expect(['a.docx', 'B.DOCX', '~$a.docx', 'notes.txt', 'a.docx.bak', 'sub/~$x.docx', 'sub/x.docx'].filter(isCheckable)).toEqual(['a.docx', 'B.DOCX', 'sub/x.docx']);
  });

  it('names files relative to the chosen folder and lists them as the CLI lists that folder', () => {
    const picked = chosen(['reviews/b.docx', 'reviews/Year 2/a.docx', 'reviews/a.docx', 'reviews/expected.json', 'reviews/~$a.docx', 'reviews/Art/z.docx']);
    expect(filesToCheck(picked).map((f) => f.path)).toEqual(['a.docx', 'Art/z.docx', 'b.docx', 'Year 2/a.docx']);
  });

  it('keeps names as they are when files come from several places, and reads a file chosen twice once', () => {
    expect(filesToCheck(chosen(['b.docx', 'a.docx', 'a.docx'])).map((f) => f.path)).toEqual(['a.docx', 'b.docx']);
    expect(filesToCheck(chosen(['one/a.docx', 'two/b.docx'])).map((f) => f.path)).toEqual(['one/a.docx', 'two/b.docx']);
  });

  it('orders each level by name, a folder’s files in its place (folder "a" sorts before "a.docx", as in the CLI)', () => {
    expect(['b/x.docx', 'a.docx', 'b.docx', 'a/z.docx', 'c.docx'].sort(comparePaths)).toEqual(['a/z.docx', 'a.docx', 'b/x.docx', 'b.docx', 'c.docx']);
  });
});

/** A stand-in for a Web Worker that checks synchronously in a later task, and can be told to stop on some files. */
class FakeWorker implements WorkerLike {
  static started = 0;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly stopsOn: (p: string) => boolean) {
    FakeWorker.started += 1;
  }
  postMessage(message: ToWorker): void {
    if (message.type !== 'check') return;
    setImmediate(() => {
      if (this.terminated) return;
      if (this.stopsOn(message.path)) {
        this.onerror?.({ preventDefault() {}, message: 'stopped' } as unknown as ErrorEvent);
        return;
      }
      const report = checkDocxBytes(framework, editions, message.path, new Uint8Array(message.bytes));
      this.onmessage?.({ data: { type: 'report', index: message.index, report } } as MessageEvent<FromWorker>);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

function poolFiles(names: string[]): PoolFile[] {
  return names.map((name) => {
    const full = path.join(REVIEWS, name);
    const exists = fs.existsSync(full);
    return {
      path: name,
      size: exists ? fs.statSync(full).size : 10,
      read: async () => {
        if (!exists) throw new Error('gone');
        const b = fs.readFileSync(full);
        return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
      },
    };
  });
}

describe('checking on workers', () => {
  const names = fs.readdirSync(REVIEWS).filter((n) => n.endsWith('.docx')).sort();

  it('reports every file once, in list order, as checking each on its own would', async () => {
    const done: number[] = [];
    const reports = (await checkInWorkers({ files: poolFiles(names), workers: 3, createWorker: () => new FakeWorker(() => false), onReport: (_i, _r, n) => done.push(n) })) as FileReport[];
    expect(reports.map((r) => r.path)).toEqual(names);
    expect(done).toEqual(names.map((_, i) => i + 1));
    for (const r of reports) expect(r).toEqual(checkDocxBytes(framework, editions, r.path, fs.readFileSync(path.join(REVIEWS, r.path))));
  });

  it('gives a file that stops its worker one more try, then reports it, and carries on with the others', async () => {
    FakeWorker.started = 0;
    const bad = names[1] as string;
    const reports = (await checkInWorkers({ files: poolFiles(names), workers: 2, ahead: 1, createWorker: () => new FakeWorker((p) => p === bad) })) as FileReport[];
    expect(reports.map((r) => r.path)).toEqual(names);
    expect(reports[1]).toMatchObject({ path: bad, error: WORKER_STOPPED });
    expect(reports.filter((r) => r.error !== null)).toHaveLength(1);
    expect(FakeWorker.started).toBe(4);
  });

  it('reports a file the browser cannot read, and one over the size limit, without sending either to a worker', async () => {
    const files = [...poolFiles(['clean-review.docx', 'missing.docx']), { path: 'huge.docx', size: MAX_DOCX_FILE_BYTES + 1, read: () => Promise.reject(new Error('must not be read')) }];
    const reports = (await checkInWorkers({ files, workers: 1, createWorker: () => new FakeWorker(() => false) })) as FileReport[];
    expect(reports[0]?.error).toBeNull();
    expect(reports[1]?.error).toBe('The file could not be read by the browser: gone');
    expect(reports[2]?.error).toBe('The file is 256 MB, too large to be a review document; it was not read.');
  });

  it('stops when asked, ending its workers', async () => {
    const controller = new AbortController();
    const workers: FakeWorker[] = [];
    const run = checkInWorkers({
      files: poolFiles(names),
      workers: 2,
      signal: controller.signal,
      createWorker: () => {
        const w = new FakeWorker(() => false);
        workers.push(w);
        return w;
      },
      onReport: (_i, _r, n) => n === 2 && controller.abort(),
    });
    await expect(run).resolves.toBeNull();
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('starts one worker per core, at most 8, never more than files', () => {
    expect(workersFor(1000, 2)).toBe(2);
    expect(workersFor(1000, 32)).toBe(8);
    expect(workersFor(3, 8)).toBe(3);
    expect(workersFor(5, 0)).toBe(1);
  });
});
