#!/usr/bin/env node
// Writes review documents (.docx) built on a real Word-made document, for tests and the benchmark.
//
//   node scripts/make-review-docx.mjs --fixtures [--out test/fixtures/docx/reviews]
//       the named scenarios (a clean review, one per kind of finding, nested controls, a descriptor in a table)
//   node scripts/make-review-docx.mjs --seed 1 --count 500 --out bench/generated/reviews
//       seeded random reviews; half carry one injected problem
//   … --sentences 2-3   two to three sentences per prose paragraph: 2,000–4,000 words (5–10 pages), as the benchmark uses
//
// Each run also writes expected.json: file name → the finding kinds (warnings and errors) it was built to contain.
// The base is test/fixtures/docx/real/tbl-having-tables.docx unless --base names another Word-made .docx.
// From other scripts: `import { generateReviews } from './make-review-docx.mjs'`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { ensureBuilt } = require('./ts-build.js');

/** The writer and scenarios (test/support/review-docx/), compiled into build/tools when their source has changed. */
function load() {
  ensureBuilt(root, 'tools', (message) => process.stderr.write(message));
  const tools = join(root, 'build', 'tools');
  return {
    writer: require(join(tools, 'test', 'support', 'review-docx', 'write-review.js')),
    scenarios: require(join(tools, 'test', 'support', 'review-docx', 'review-scenarios.js')),
    framework: require(join(tools, 'src', 'cli', 'framework-folder.js')).loadFrameworkFolder(join(root, 'framework-data')),
  };
}

/**
 * Writes documents into `out` and returns [{ file, expected }].
 * fixtures: the named scenarios; otherwise `count` random reviews from `seed`.
 * sentences: { min, max } sentences per prose paragraph of a random review (default one each); { min: 2, max: 3 }
 * gives 2,000–4,000 words (5–10 pages), as the benchmark uses.
 */
export function generateReviews({ out, seed = 1, count = 10, fixtures = false, sentences, base = join(root, 'test', 'fixtures', 'docx', 'real', 'tbl-having-tables.docx') }) {
  const { writer, scenarios, framework } = load();
  const reviewBase = writer.loadBase(readFileSync(base));
  const cases = fixtures ? scenarios.fixtureScenarios(framework) : scenarios.randomReviews(framework, seed, count, sentences ? { sentences } : {});
  mkdirSync(out, { recursive: true });
  const written = [];
  for (const c of cases) {
    const file = `${c.name}.docx`;
    writeFileSync(join(out, file), writer.writeReviewDocx(reviewBase, c.spec));
    written.push({ file, expected: c.expected });
  }
  writeFileSync(join(out, 'expected.json'), `${JSON.stringify(Object.fromEntries(written.map((w) => [w.file, w.expected])), null, 2)}\n`);
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const fixtures = args.includes('--fixtures');
  const out = resolve(opt('out') ?? (fixtures ? join(root, 'test', 'fixtures', 'docx', 'reviews') : join(root, 'bench', 'generated', 'reviews')));
  const written = generateReviews({
    out,
    fixtures,
    seed: Number(opt('seed') ?? 1),
    count: Number(opt('count') ?? 10),
    ...(opt('sentences') ? { sentences: { min: Number(opt('sentences').split('-')[0]), max: Number(opt('sentences').split('-').at(-1)) } } : {}),
    ...(opt('base') ? { base: resolve(opt('base')) } : {}),
  });
  console.log(`Wrote ${written.length} review documents to ${out}`);
}
