/**
 * What only a real process shows, with the compiled CLI run as users run it: a hostile document's peak memory, a
 * batch on worker threads that must always finish and write its report, a pipe that must never block the run, and
 * output piped into `head`. Inputs are generated here and their hashes compared afterwards.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { compiledCli, hashTree, nestedControls, reviewsDir, runCompiled, tempDir } from './support';

const work = tempDir('process');
let before: Map<string, string>;

beforeAll(() => {
  // A batch of 20 documents (threads are used from 16) with a hostile one in the middle.
  for (let i = 0; i < 18; i++) fs.copyFileSync(path.join(reviewsDir, i % 2 ? 'clean-review.docx' : 'edited-descriptor.docx'), path.join(work, `review-${String(i).padStart(2, '0')}.docx`));
  fs.writeFileSync(path.join(work, 'review-09-deep.docx'), nestedControls(30_000));
  execFileSync('mkfifo', [path.join(work, 'review-10-pipe.docx')]);
  before = hashTree([work, reviewsDir]);
}, 120_000);

afterAll(() => {
  expect(hashTree([work, reviewsDir])).toEqual(before);
  fs.rmSync(work, { recursive: true, force: true });
});

/** Peak memory allowed for a run over these small files. Node itself and the editions take about 100 MB. */
const PEAK_MB = 256;

describe('the compiled CLI under hostile input', () => {
  it('refuses content controls nested 30,000 deep with one error, in bounded memory (it once ran Node out of memory)', () => {
    const r = runCompiled(['check', '--threads', '1', path.join(work, 'review-09-deep.docx')]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/review-09-deep\.docx: error: The document is too deeply nested to be a review/);
    expect(r.peakMb).toBeLessThan(PEAK_MB);
    console.log(`peak memory checking 30,000 nested content controls: ${r.peakMb.toFixed(0)} MB`);
  });

  it('finishes a batch on worker threads, with the deep file and the pipe as errors, and writes its report', () => {
    const out = path.join(work, '..', `${path.basename(work)}-report.json`);
    const r = runCompiled(['check', '--format', 'json', '--threads', '2', '--out', out, work]);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^Wrote the json report to /);
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as { files: { path: string; error: string | null }[] };
    fs.rmSync(out);
    expect(report.files).toHaveLength(20);
    expect(report.files.filter((f) => f.error !== null).map((f) => [path.basename(f.path), f.error?.slice(0, 40)])).toEqual([
      ['review-09-deep.docx', 'The document is too deeply nested to be '],
      ['review-10-pipe.docx', 'This is a named pipe, not a file; it was'],
    ]);
    expect(r.peakMb).toBeLessThan(PEAK_MB);
  });

  it('gives /dev/zero one error rather than reading it for ever', () => {
    const r = runCompiled(['check', '/dev/zero']);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^\/dev\/zero: error: This is a device, not a file; it was not read\.$/m);
  });

  it.each([
    ['export', ['export', '--format', 'csv']],
    ['check', ['check', '--threads', '1', work]],
  ])('ends quietly when %s is piped into head (no EPIPE)', (_name, args) => {
    // The output is far more than a pipe holds, so the CLI is still writing when head has gone.
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(compiledCli)} ${args.map((a) => JSON.stringify(a)).join(' ')} | head -n 1`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout.split('\n')).toHaveLength(2);
    expect(r.stderr).toBe('');
    expect(r.signal).toBeNull();
  });
});
