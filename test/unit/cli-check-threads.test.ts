/**
 * `check` on worker threads, run as users run it: the `standards-companion` command (bin/standards-companion.js) on
 * the CLI compiled into build/cli (the worker is a compiled script, so ts-jest cannot run it). jest's global setup
 * (test/support/jest-global-setup.js) has compiled it once, if the source changed since the last build. Over more
 * files than the threshold for threads, each run with workers must print exactly what a run on one thread
 * (--threads 1) prints: the same reports in the same order, unreadable files' errors in their places, the same summary
 * and exit code. The pool's handling of workers that stop is in check-parallel.test.ts.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { descriptorInsertion } from '../../src/core/compose/reference';
import { loadBase, writeReviewDocx, type ReviewItem } from '../support/review-docx/write-review';
import { PARALLEL_FROM } from '../../src/cli/commands/check-parallel';
import { loadFrameworkFolder } from '../../src/cli/framework-folder';
import type { Framework } from '../../src/core/framework/framework';
import { runCli } from '../support/run-cli';
import { makeTempDir } from '../support/temp-dir';

const root = path.join(__dirname, '..', '..');
const command = path.join(root, 'bin', 'standards-companion.js');
const compiled = path.join(root, 'build', 'cli');
const fixtures = path.join(root, 'test', 'fixtures', 'docx');
const hampshireDir = path.join(root, 'framework-data');
const stMarysDir = path.join(root, 'test', 'fixtures', 'editions', 'st-marys-2027');
const tmp = makeTempDir('sc-threads-');

function check(args: string[]) {
  const result = spawnSync(process.execPath, [command, 'check', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The one-thread run each threaded run is compared with. On one thread the command starts no worker, so it is the
 * same code in-process (src/cli/main.ts, as `runCli` calls it): the comparison still sets the compiled command's
 * workers against the source, and it spares the suite a process for each pair.
 */
async function checkOnOneThread(args: string[]) {
  return runCli(['check', '--threads', '1', ...args]);
}

interface JsonReport {
  files: { path: string; error: string | null; findings: { kind: string }[] }[];
  summary: { files: number; errors: number };
}

describe('check on worker threads, through the compiled CLI', () => {
  // Every real Word fixture and generated review (more files than the threshold for threads), with broken files among them.
  const many = path.join(tmp, 'many');
  for (const sub of ['real', 'reviews']) fs.cpSync(path.join(fixtures, sub), path.join(many, sub), { recursive: true, filter: (f) => !f.endsWith('.md') && !f.endsWith('.json') });
  fs.writeFileSync(path.join(many, 'real', 'empty.docx'), '');
  fs.writeFileSync(path.join(many, 'reviews', 'notes.docx'), 'just some text');
  const cfb = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
  fs.mkdirSync(path.join(many, 'other'));
  fs.writeFileSync(path.join(many, 'other', 'locked.docx'), cfb);
  fs.writeFileSync(path.join(many, 'other', '~$locked.docx'), 'lock file');
  const missing = path.join(tmp, 'missing.docx');
  const single = path.join(fixtures, 'reviews', 'edited-descriptor.docx');
  const args = [many, missing, single];

  it('uses the compiled worker script', () => {
    expect(fs.existsSync(path.join(compiled, 'src', 'cli', 'commands', 'check-worker.js'))).toBe(true);
  });

  it('prints the same JSON report on 1 and 3 threads and by default (a worker per core), with every error in its place', async () => {
    const one = await checkOnOneThread(['--format', 'json', ...args]);
    const report = JSON.parse(one.stdout) as JsonReport;
    expect(report.files.length).toBeGreaterThan(PARALLEL_FROM);
    expect(one.code).toBe(3); // some files could not be read
    expect(one.stderr).toBe('');
    for (const threads of [['--threads', '3'], []]) {
      const run = check(['--format', 'json', ...threads, ...args]);
      expect({ threads, code: run.code, stderr: run.stderr }).toEqual({ threads, code: one.code, stderr: '' });
      expect(run.stdout).toBe(one.stdout);
    }

    // In the order of the arguments, each folder sorted by name, lock files left out.
    const names = report.files.map((f) => path.relative(tmp, f.path));
    expect(names.slice(-2)).toEqual(['missing.docx', path.relative(tmp, single)]);
    expect(names.slice(0, -2)).toEqual([...names.slice(0, -2)].sort((x, y) => x.localeCompare(y)));
    expect(names.some((n) => n.includes('~$'))).toBe(false);
    const errorOf = (name: string) => report.files.find((f) => f.path.endsWith(name))?.error;
    expect(errorOf('real/empty.docx')).toMatch(/empty/);
    expect(errorOf('reviews/notes.docx')).toMatch(/not a Word document/);
    expect(errorOf('other/locked.docx')).toMatch(/password-protected/);
    expect(errorOf('missing.docx')).toBe('No such file or folder.');
    expect(report.summary).toMatchObject({ files: report.files.length, errors: 4 });
    // Two in the fixture reviews (see cli-check.test.ts), and the one named on its own.
    expect(report.files.filter((f) => f.error === null && f.findings.some((x) => x.kind === 'edited-descriptor'))).toHaveLength(3);
  });

  // Every format is written on the main thread from the file reports the workers send, whose findings, outcomes and
  // errors the JSON above compares; the CSV formats' rows are tested on such reports (cli-check.test.ts,
  // cli-check-outcomes.test.ts). One text run shows the threads change nothing in what a user reads by default.
  it('prints the same text report on threads as on one', async () => {
    const one = await checkOnOneThread(args);
    const two = check(['--threads', '2', ...args]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
  });

  it('passes --framework and --editions to the workers', async () => {
    const hampshire = loadFrameworkFolder(hampshireDir);
    const stMarys = loadFrameworkFolder(stMarysDir);
    const base = loadBase(fs.readFileSync(path.join(fixtures, 'real', 'tbl-having-tables.docx')));
    const review = (framework: Framework, ids: readonly string[], edition: string) => {
      const items: ReviewItem[] = [
        { type: 'paragraph', text: 'Career stage: Main pay range' },
        ...ids.map((id): ReviewItem => {
          const block = descriptorInsertion(framework, id);
          return { type: 'control', tag: block.tag, title: block.title, text: block.text };
        }),
      ];
      return writeReviewDocx(base, { items, properties: { CareerStage: 'Main pay range', StandardsEdition: edition } });
    };
    const editions = path.join(tmp, 'editions');
    fs.cpSync(hampshireDir, path.join(editions, 'hampshire-1.0'), { recursive: true });
    fs.cpSync(stMarysDir, path.join(editions, 'st-marys-2027'), { recursive: true });
    const docs = path.join(tmp, 'edition-docs');
    fs.mkdirSync(docs);
    const kinds = [
      () => review(stMarys, ['TS2.1/MPR/1', 'TS2.1/MPR/3', 'CEF/MPR/achieved/7'], 'st-marys-2027@1.0'),
      () => review(hampshire, ['TS2.1/MPR/1', 'TS1.1/MPR/3'], 'hampshire@1.0'),
      () => review(stMarys, ['TS2.1/MPR/1'], 'oakwood@3.1'),
    ];
    for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(docs, `review-${String(i).padStart(2, '0')}.docx`), kinds[i % kinds.length]!());

    // Both options together, then --framework alone (no editions: documents from other editions cannot be compared).
    for (const options of [['--framework', stMarysDir, '--editions', editions], ['--framework', stMarysDir]]) {
      const one = await checkOnOneThread(['--format', 'json', ...options, docs]);
      const two = check(['--format', 'json', '--threads', '2', ...options, docs]);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe('');
      const kindsFound = new Set((JSON.parse(two.stdout) as JsonReport).files.flatMap((f) => f.findings.map((x) => x.kind)));
      // Findings that come only from the editions the options name.
      if (options.includes('--editions')) expect(kindsFound.has('outdated-wording')).toBe(true);
      expect(kindsFound.has('edition-unavailable')).toBe(true);
    }
  });

  it('refuses a --threads that is not a whole number from 1 to 64', async () => {
    // The option is read before any file or worker, so the in-process CLI (the same code) answers for the command.
    for (const bad of ['0', '65', 'two', '1.5']) {
      const run = await runCli(['check', '--threads', bad, many]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--threads must be a whole number from 1 to 64/);
    }
  });
});
