/**
 * The worker pool of `check` (src/cli/commands/check-parallel.ts), with stand-in worker scripts: plain JavaScript that
 * speaks the pool's protocol and misbehaves on chosen files, so that what the pool does when a worker stops can be
 * shown without the compiled CLI. The real worker is run through the compiled CLI in cli-check-threads.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkInWorkers, workersFor, type ParallelOptions } from '../../src/cli/commands/check-parallel';
import type { FileReport } from '../../src/cli/report/model';
import { bundledFramework } from '../../src/core/framework/bundled';
import { makeTempDir } from '../support/temp-dir';

const dir = makeTempDir('sc-pool-');
const framework = bundledFramework();

/**
 * Writes a stand-in worker: `onFile` is the body of a function (file) returning the report's error text; `atStart` runs
 * when it loads, and `afterReady` once it has told the pool it is ready.
 */
function standIn(name: string, onFile: string, atStart = '', afterReady = ''): string {
  const file = path.join(dir, `${name}.js`);
  fs.writeFileSync(
    file,
    `const { parentPort, threadId } = require('worker_threads');
${atStart}
const handle = (file) => { ${onFile} };
parentPort.on('message', (job) => {
  parentPort.postMessage({ index: job.index, report: { path: job.path, careerStage: null, findings: [], coverage: null, error: handle(job.path) } });
});
parentPort.postMessage({ ready: true });
${afterReady}
`,
  );
  return file;
}

const files = Array.from({ length: 40 }, (_, i) => `doc-${String(i).padStart(2, '0')}.docx`);
const here = (file: string): FileReport => ({ path: file, careerStage: null, findings: [], coverage: null, error: 'main thread' });

async function pool(script: string, list: readonly string[] = files, extra: Partial<ParallelOptions> = {}) {
  const stopped: { reason: string; file: string | null }[] = [];
  const arrived: string[] = [];
  const reports = await checkInWorkers(list, {
    workers: 3,
    framework,
    editions: new Map([[framework.editionKey, framework]]),
    script,
    checkHere: here,
    onReport: (r) => arrived.push(r.path),
    onWorkerStopped: (reason, file) => stopped.push({ reason, file }),
    ...extra,
  });
  return { reports, stopped, arrived, where: reports.map((r) => r.error) };
}

describe('check on worker threads', () => {
  it('puts every report in the place of its file, whatever order they finish in', async () => {
    // Uneven work, so that the workers finish out of order.
    const script = standIn('uneven', "const n = Number(file.slice(4, 6)); const end = Date.now() + (n % 7) * 3; while (Date.now() < end); return 'worker ' + threadId;");
    const { reports, stopped, arrived } = await pool(script);
    expect(reports.map((r) => r.path)).toEqual(files);
    expect(arrived).toHaveLength(files.length);
    expect(arrived).not.toEqual(files);
    expect(new Set(reports.map((r) => r.error)).size).toBe(3);
    expect(stopped).toEqual([]);
  });

  const stoppedError = (reason: string) => `The file could not be checked: the worker thread checking it stopped (${reason}). A document that needs this much memory or time is not a review this tool can check.`;

  it('reports the file a worker stopped on as not checked (never again on the main thread), and carries on with a new worker', async () => {
    const script = standIn('exits', "if (file === 'doc-05.docx' || file === 'doc-21.docx') process.exit(3); return 'worker';");
    const { reports, stopped, where } = await pool(script);
    expect(reports.map((r) => r.path)).toEqual(files);
    expect(where.filter((w) => w === 'main thread')).toHaveLength(0);
    expect(reports.find((r) => r.path === 'doc-05.docx')?.error).toBe(stoppedError('exit code 3'));
    expect(reports.find((r) => r.path === 'doc-21.docx')?.error).toBe(stoppedError('exit code 3'));
    expect(where.filter((w) => w === 'worker')).toHaveLength(files.length - 2);
    // Each exit is seen when its thread has wound down, so not necessarily in file order.
    expect(stopped.sort((a, b) => String(a.file).localeCompare(String(b.file)))).toEqual([
      { reason: 'exit code 3', file: 'doc-05.docx' },
      { reason: 'exit code 3', file: 'doc-21.docx' },
    ]);
  });

  it('does the same for an uncaught error in a worker', async () => {
    const script = standIn('throws', "if (file === 'doc-10.docx') throw new Error('a bug'); return 'worker';");
    const { reports, stopped } = await pool(script);
    expect(reports.find((r) => r.path === 'doc-10.docx')?.error).toBe(stoppedError('a bug'));
    expect(reports.filter((r) => r.error === 'worker')).toHaveLength(files.length - 1);
    expect(stopped).toEqual([{ reason: 'a bug', file: 'doc-10.docx' }]);
  });

  it('does the same for a worker that reaches its heap limit', async () => {
    const script = standIn('grows', "if (file === 'doc-03.docx') { const hold = []; for (;;) hold.push(new Array(1e5).fill(hold.length)); } return 'worker';");
    // A lower limit than check's own, to reach it quickly.
    const { reports, stopped } = await pool(script, files, { heapLimits: { maxOldGenerationSizeMb: 32 } });
    expect(reports.find((r) => r.path === 'doc-03.docx')?.error).toMatch(/^The file could not be checked: the worker thread checking it stopped \(.*memory limit/);
    expect(reports.filter((r) => r.error === 'worker')).toHaveLength(files.length - 1);
    expect(stopped).toHaveLength(1);
    expect(stopped[0]?.reason).toMatch(/memory limit/);
  }, 30_000);

  it('checks everything on the main thread when no worker can start, and does not wait for ever', async () => {
    const script = standIn('broken', "return 'worker';", "throw new Error('cannot start');");
    const { reports, stopped, where } = await pool(script);
    expect(reports.map((r) => r.path)).toEqual(files);
    expect(where.every((w) => w === 'main thread')).toBe(true);
    expect(stopped).toHaveLength(3);
    expect(stopped.every((s) => s.reason === 'cannot start')).toBe(true);
  });

  it('checks everything on the main thread when the worker script is missing', async () => {
    const { reports, where } = await pool(path.join(dir, 'no-such-worker.js'));
    expect(reports.map((r) => r.path)).toEqual(files);
    expect(where.every((w) => w === 'main thread')).toBe(true);
  });

  it('with the main thread checking too: every file once, in its place, some here and some on the workers', async () => {
    const script = standIn('slow', "const end = Date.now() + 2; while (Date.now() < end); return 'worker';");
    const { reports, stopped, arrived, where } = await pool(script, files, { workers: 1, alsoHere: true });
    expect(reports.map((r) => r.path)).toEqual(files);
    expect([...arrived].sort()).toEqual(files);
    expect(where.filter((w) => w === 'worker').length + where.filter((w) => w === 'main thread').length).toBe(files.length);
    expect(where.filter((w) => w === 'main thread').length).toBeGreaterThan(0);
    expect(stopped).toEqual([]);
  });

  it('with the main thread checking too, a worker that stops: its file is reported as not checked, and the files queued behind it are checked elsewhere', async () => {
    // The first worker stops on the second of the two files it is given at once; the main thread waits for it.
    const ready = path.join(dir, 'first-worker-ready');
    const once = path.join(dir, 'stopped-once');
    const script = standIn(
      'exits-once',
      "jobs += 1; if (jobs === 2 && first) process.exit(3); return 'worker';",
      `const fs = require('fs'); let jobs = 0; let first = false; try { fs.mkdirSync(${JSON.stringify(once)}); first = true; } catch {}`,
      `fs.writeFileSync(${JSON.stringify(ready)}, '');`,
    );
    let calls = 0;
    const waitingHere = (file: string): FileReport => {
      // Without a clock: the first file here is held until the worker has posted that it is ready. The pool checks one
      // file here per turn of the event loop, and takes the worker's messages before the next, so the worker's "ready"
      // is taken (and it is sent its two files) before the main thread checks another: it cannot take every file first.
      if (calls++ === 0) while (!fs.existsSync(ready));
      return here(file);
    };
    const { reports, stopped } = await pool(script, files, { workers: 1, alsoHere: true, checkHere: waitingHere });
    expect(reports.map((r) => r.path)).toEqual(files);
    expect(stopped).toHaveLength(1);
    const lost = stopped[0]?.file;
    expect(stopped[0]?.reason).toBe('exit code 3');
    expect(reports.find((r) => r.path === lost)?.error).toBe(stoppedError('exit code 3'));
    expect(reports.filter((r) => r.path !== lost).every((r) => r.error === 'worker' || r.error === 'main thread')).toBe(true);
  });

  it('copes with fewer files than threads, and with none', async () => {
    const script = standIn('plain', "return 'worker';");
    expect((await pool(script, files.slice(0, 2))).where).toEqual(['worker', 'worker']);
    expect((await pool(script, [])).reports).toEqual([]);
  });
});

describe('how many worker threads check uses', () => {
  it('the main thread alone below 16 files; from 16, a thread per core up to 8 with at least 8 files each, the main thread one of them; one worker on a single core', () => {
    expect(workersFor(15, 8)).toEqual({ workers: 0, alsoHere: false });
    expect(workersFor(16, 8)).toEqual({ workers: 1, alsoHere: true });
    expect(workersFor(40, 8)).toEqual({ workers: 4, alsoHere: true });
    expect(workersFor(1000, 2)).toEqual({ workers: 1, alsoHere: true });
    expect(workersFor(1000, 4)).toEqual({ workers: 3, alsoHere: true });
    expect(workersFor(1000, 32)).toEqual({ workers: 7, alsoHere: true });
    expect(workersFor(1000, 1)).toEqual({ workers: 1, alsoHere: false });
  });

  it('as --threads says: 1 is the main thread alone, more is that many threads with the main thread one of them, never more than files', () => {
    expect(workersFor(1000, 8, 1)).toEqual({ workers: 0, alsoHere: false });
    expect(workersFor(1000, 2, 6)).toEqual({ workers: 5, alsoHere: true });
    expect(workersFor(3, 8, 4)).toEqual({ workers: 2, alsoHere: true });
    expect(workersFor(3, 1, 2)).toEqual({ workers: 1, alsoHere: true });
    expect(workersFor(1, 8, 4)).toEqual({ workers: 0, alsoHere: false });
  });
});
