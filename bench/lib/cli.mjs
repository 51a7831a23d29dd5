// CLI figures: `check` throughput over generated review documents, and its peak memory for 100 vs 1,000 documents.
// Runs the compiled CLI (build/cli/src/cli/main.js) as a user would, one process per run.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateReviews } from '../../scripts/make-review-docx.mjs';
import { run } from './stats.mjs';

/** The documents are 2–3 sentences a paragraph: 2,000–4,000 words, 5–10 pages. Regenerated only when missing. */
export function ensureReviews(dir, count) {
  const expected = join(dir, 'expected.json');
  if (existsSync(expected) && Object.keys(JSON.parse(readFileSync(expected, 'utf8'))).length === count) return listDocx(dir);
  rmSync(dir, { recursive: true, force: true });
  generateReviews({ out: dir, seed: 1, count, sentences: { min: 2, max: 3 } });
  return listDocx(dir);
}

function listDocx(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.docx'))
    .sort()
    .map((f) => join(dir, f));
}

/** Words and an estimate of pages (450 words a page) over a sample of the documents, read by the CLI's own reader. */
export function describeReviews(root, files) {
  const { readDocx } = createRequireFrom(root)('./build/cli/src/cli/docx/read-docx.js');
  const words = files.filter((_, i) => i % 10 === 0).map((f) => {
    const doc = readDocx(readFileSync(f), { fileName: f });
    return doc.paragraphs.map((p) => p.text).join(' ').split(/\s+/).filter(Boolean).length;
  });
  words.sort((a, b) => a - b);
  const controls = files.slice(0, 20).map((f) => readDocx(readFileSync(f), { fileName: f }).blocks.length);
  return { sampled: words.length, minWords: words[0], maxWords: words.at(-1), medianWords: words[words.length >> 1], controls: { min: Math.min(...controls), max: Math.max(...controls) } };
}

function createRequireFrom(root) {
  return createRequire(join(root, 'package.json'));
}

/**
 * One `check` run over `files` (with `args` before them, such as `--threads 1`): wall time of the whole process, the
 * CPU time it used (all its threads), its peak RSS, and what it reported.
 */
export async function checkOnce(root, files, outDir, args = []) {
  const rssFile = join(outDir, `rss-${process.pid}-${files.length}.txt`);
  const out = join(outDir, `check-${files.length}.json`);
  const start = performance.now();
  const { code } = await run(process.execPath, ['-r', join(root, 'bench', 'lib', 'max-rss.cjs'), join(root, 'build', 'cli', 'src', 'cli', 'main.js'), 'check', ...args, '--format', 'json', '--out', out, ...files], {
    cwd: root,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    allowExit: [1], // 1: problems found, which half the generated documents are built to have
  });
  const seconds = (performance.now() - start) / 1000;
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const reports = report.files ?? report.documents ?? report.reports ?? [];
  const unreadable = Array.isArray(reports) ? reports.filter((r) => r.error).length : null;
  const { rss, cpuMs } = JSON.parse(readFileSync(rssFile, 'utf8'));
  rmSync(rssFile, { force: true });
  return { code, seconds, cpuSeconds: cpuMs / 1000, docsPerSecond: files.length / seconds, rss, checked: Array.isArray(reports) ? reports.length : null, unreadable };
}

/** One run of the `standards-companion --help` command as a user starts it (bin/, which first checks the build is current). */
export async function helpOnce(root) {
  const start = performance.now();
  await run(process.execPath, [join(root, 'bin', 'standards-companion.js'), '--help'], { cwd: root });
  return (performance.now() - start) / 1000;
}
