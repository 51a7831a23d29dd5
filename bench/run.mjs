#!/usr/bin/env node
// `npm run bench`: builds what it measures (the add-in and a baseline pane with production webpack, the CLI and a
// round-trip harness with tsc), measures the performance budgets, prints one table and writes the same figures to
// bench/results.json. Exits 1 when a budget is missed, saying which and why. Not part of `npm test`.
//
//   BENCH_QUICK=1   fewer runs (for trying the script out; the figures are then less steady)
//   CHROMIUM=path   the browser (default /usr/bin/chromium)
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAddin, buildBaseline, measureBundle } from './lib/bundle.mjs';
import { measureBrowser } from './lib/browser.mjs';
import { checkOnce, describeReviews, ensureReviews, helpOnce } from './lib/cli.mjs';
import { floorOnce, summariseFloor } from './lib/floor.mjs';
import { measureCheckPage } from './lib/check-page.mjs';
import { kb, mb, ms, run, summary } from './lib/stats.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GEN = join(ROOT, 'bench', 'generated');
const QUICK = process.env.BENCH_QUICK === '1';
const require = createRequire(import.meta.url);
const { build: buildTs } = require('../scripts/ts-build.js');
mkdirSync(GEN, { recursive: true });

const BUDGET = {
  bundleGzip: 160 * 1024,
  readyRatio: 1.2,
  searchMedian: 2,
  searchWorst: 16,
  stageSwitch: 100,
  // An insertion reads where the caret is (its paragraph, style, list, the control around it), then writes: two round
  // trips, so the caret and paragraph rules of src/core/insertion.ts can be followed (docs/word-behaviour.md).
  syncs: { insertDescriptor: 2, insertObjective: 2, insertList: 2, readStage: 1, checkDocument: 3 },
  /** Issue 14: at least 400 documents a second on 2 cores, over 500 generated reviews, start-up included. */
  docsPerSecond: 400,
  pageDocsPerSecond: 100,
  /** `standards-companion --help`, from starting node to its exit. */
  helpSeconds: 0.5,
  /** The check page stays responsive: no task on its main thread as long as this while 1,000 documents are checked. */
  pageLongestTask: 500,
  memoryGrowth: 50 * 1048576,
};

const step = (text) => process.stderr.write(`bench: ${text}\n`);
const tsc = (project) => run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], { cwd: ROOT });

const rows = [];
const misses = [];
function row(figure, result, budget, ok, why) {
  rows.push({ figure, result, budget, ok });
  if (ok === false) misses.push(`${figure}: ${why}`);
}

// --- builds ---------------------------------------------------------------------------------------------------
step('building the add-in (production webpack), the baseline pane, the CLI and the round-trip harness');
const addinDir = join(GEN, 'dist');
const baselineDir = join(GEN, 'baseline');
await buildAddin(ROOT, addinDir);
await buildBaseline(ROOT, baselineDir);
buildTs(ROOT, 'cli');
await tsc(join(ROOT, 'bench', 'tsconfig.json'));

// --- bundle ---------------------------------------------------------------------------------------------------
const bundle = measureBundle(addinDir);
const baselineBundle = measureBundle(baselineDir, 'baseline.html');
row(
  'task pane bundle (JS+CSS, gzip)',
  `${kb(bundle.total.gzip)} (raw ${kb(bundle.total.raw)}); office.js ${kb(bundle.officeJs.reduce((s, f) => s + f.gzip, 0))} apart`,
  '≤ 160 KB',
  bundle.total.gzip <= BUDGET.bundleGzip,
  `${kb(bundle.total.gzip)} gzip is over 160 KB; see the parts below`,
);

// --- browser ----------------------------------------------------------------------------------------------------
step('measuring pane ready and stage switch in headless Chromium');
const browser = await measureBrowser({ addinDir, baselineDir, runs: QUICK ? 3 : 21, switches: QUICK ? 4 : 12 });
const pane = summary(browser.paneReady);
const base = summary(browser.baselineReady);
const ratio = pane.median / base.median;
const paneScripts = summary(browser.paneScripts);
const baseScripts = summary(browser.baselineScripts);
row(
  'pane ready (preview, real office.js)',
  `${ms(pane.median)} (${ms(pane.min)}–${ms(pane.max)}) vs baseline ${ms(base.median)} (${ms(base.min)}–${ms(base.max)}): ×${ratio.toFixed(2)}`,
  '≤ ×1.2 baseline',
  ratio <= BUDGET.readyRatio,
  `the pane is ready ×${ratio.toFixed(2)} as late as the baseline (${ms(pane.median)} vs ${ms(base.median)}). Its scripts have ` +
    `been fetched and run by ${ms(paneScripts.median)} (baseline ${ms(baseScripts.median)}): ${kb(bundle.total.raw)} of script against the ` +
    `baseline's ${kb(baselineBundle.total.raw)}. Its first render then takes ${ms(pane.median - paneScripts.median)} ` +
    `(baseline ${ms(base.median - baseScripts.median)}) for the whole first screen against one button`,
);
const switching = summary(browser.switchTimes.map((s) => s.ms));
row(
  'stage switch (Descriptors tab)',
  `${ms(switching.median)} (${ms(switching.min)}–${ms(switching.max)}), ${switching.runs} switches`,
  '≤ 100 ms',
  switching.max <= BUDGET.stageSwitch,
  `the slowest switch took ${ms(switching.max)}`,
);

const firstTab = summary(browser.tabFirst);
const laterTab = summary(browser.tabLater.map((t) => t.ms));
row(
  'tab switch (click → the tab shown)',
  `Objectives as soon as the pane is ready ${ms(firstTab.median)} (${ms(firstTab.min)}–${ms(firstTab.max)}); later, any tab ${ms(laterTab.median)} (${ms(laterTab.min)}–${ms(laterTab.max)})`,
  '≤ 100 ms',
  laterTab.max <= BUDGET.stageSwitch,
  `the slowest tab switch took ${ms(laterTab.max)}`,
);

// --- search -----------------------------------------------------------------------------------------------------
step('measuring search');
const { measureSearch } = require('./search.cjs');
const searched = measureSearch(QUICK ? 3 : 7);
const search = summary(searched.perQuery);
row(
  `search (${searched.perQuery.length} queries, Node)`,
  `median ${ms(search.median)}, worst ${ms(search.max)}, best ${ms(search.min)}; index built in ${ms(searched.indexMs)}`,
  '≤ 2 ms median, ≤ 16 ms worst',
  search.median <= BUDGET.searchMedian && search.max <= BUDGET.searchWorst,
  `median ${ms(search.median)}, worst ${ms(search.max)}`,
);

// --- Word round trips -------------------------------------------------------------------------------------------
step('counting Word round trips with the Office mock');
const trips = JSON.parse((await run(process.execPath, [join(ROOT, 'build', 'bench', 'bench', 'lib', 'round-trips.js')], { cwd: ROOT })).out);
const TRIP_NAMES = { insertDescriptor: 'insert a descriptor', insertObjective: 'insert an objective', insertList: 'Insert all (a list)', readStage: 'read the stage', checkDocument: 'check 300 paragraphs, 60 controls' };
for (const [key, name] of Object.entries(TRIP_NAMES)) {
  const t = trips[key];
  const budget = BUDGET.syncs[key];
  row(
    `Word round trips: ${name}`,
    t.syncs === null ? t.note : `${t.syncs} (${t.note})`,
    key === 'checkDocument' ? `≤ ${budget}` : `${budget}`,
    t.syncs === null ? null : t.syncs <= budget,
    `${t.syncs} context.sync() calls`,
  );
}

// --- CLI ----------------------------------------------------------------------------------------------------------
step('generating review documents (once; kept in bench/generated/reviews)');
const all = ensureReviews(join(GEN, 'reviews'), 1000);
const reviews = describeReviews(ROOT, all);
const expected = JSON.parse(readFileSync(join(GEN, 'reviews', 'expected.json'), 'utf8'));
step('measuring check throughput over 500 documents: the floor, one thread and the default threads, side by side');
// Each round runs the three whole processes one after the other, so that all three see the same machine (on a shared
// machine the load changes from minute to minute): wall time, and the CPU time of all the process's threads.
const RUNS = QUICK ? 1 : 5;
const docs500 = all.slice(0, 500);
const floorRuns = [];
const oneThread = [];
const defaultThreads = [];
let reportHash = null;
let deterministic = true;
let agreement = null;
const hashOf = () => createHash('sha256').update(readFileSync(join(GEN, 'check-500.json'), 'utf8')).digest('hex');
for (let i = 0; i < RUNS; i++) {
  floorRuns.push(await floorOnce(ROOT, docs500));
  oneThread.push(await checkOnce(ROOT, docs500, GEN, ['--threads', '1']));
  const single = hashOf();
  defaultThreads.push(await checkOnce(ROOT, docs500, GEN));
  const hash = hashOf();
  // The same report on one thread and on several, and from run to run.
  if (hash !== single || (reportHash && hash !== reportHash)) deterministic = false;
  reportHash = hash;
  if (i === 0) {
    // The checker's answer against what each document was built to contain (warnings and errors only).
    const files = JSON.parse(readFileSync(join(GEN, 'check-500.json'), 'utf8')).files;
    const same = files.filter((f) => {
      const found = [...new Set(f.findings.filter((x) => x.severity !== 'info').map((x) => x.kind))].sort().join(',');
      return found === (expected[f.path.split('/').pop()] ?? []).join(',');
    }).length;
    agreement = { same, of: files.length, inOrder: files.every((f, k) => f.path === all[k]) };
  }
}
const floor = summariseFloor(docs500, floorRuns);
const cliFigures = (runs) => ({
  docsPerSecond: summary(runs.map((r) => r.docsPerSecond)),
  seconds: summary(runs.map((r) => r.seconds)),
  cpuSeconds: summary(runs.map((r) => r.cpuSeconds)),
  cpuMsPerDocument: summary(runs.map((r) => (1000 * r.cpuSeconds) / docs500.length)),
  // Against the floor of the same round.
  cpuRatioToFloor: summary(runs.map((r, k) => r.cpuSeconds / floorRuns[k].cpuSeconds)),
  wallRatioToFloor: summary(runs.map((r, k) => r.seconds / floorRuns[k].seconds)),
});
const single = cliFigures(oneThread);
const multi = cliFigures(defaultThreads);
const describeRate = (f) =>
  `${f.docsPerSecond.median.toFixed(0)} docs/s (${f.docsPerSecond.min.toFixed(0)}–${f.docsPerSecond.max.toFixed(0)}); CPU ${f.cpuSeconds.median.toFixed(2)} s, ` +
  `${f.cpuMsPerDocument.median.toFixed(1)} ms a doc with start-up; ×${f.cpuRatioToFloor.median.toFixed(1)} the floor's CPU, ×${f.wallRatioToFloor.median.toFixed(1)} its wall time`;
row(
  `CLI check, default threads (500 docs, ${cpus().length} cores)`,
  describeRate(multi),
  '≥ 400 docs/s',
  multi.docsPerSecond.median >= BUDGET.docsPerSecond && deterministic && agreement.inOrder,
  !deterministic || !agreement.inOrder
    ? 'the report is not the same on one thread and several, from run to run, or not in input order'
    : `${multi.docsPerSecond.median.toFixed(0)} documents a second (${multi.cpuMsPerDocument.median.toFixed(1)} ms of CPU a document; 400 a second on 2 cores needs at most 5)`,
);
row(`CLI check, one thread (--threads 1)`, describeRate(single), 'for comparison', null, '');
row(
  'floor: unzip and strip the same 500 docs',
  `${floor.docsPerSecond.median.toFixed(0)} docs/s (${floor.docsPerSecond.min.toFixed(0)}–${floor.docsPerSecond.max.toFixed(0)}), one thread; CPU ${floor.cpuSeconds.median.toFixed(2)} s`,
  'the floor for the rows above',
  true,
  '',
);
step('timing standards-companion --help');
const helps = [];
for (let i = 0; i < RUNS; i++) helps.push(await helpOnce(ROOT));
const help = summary(helps);
row('CLI start: standards-companion --help', `${ms(1000 * help.median)} (${ms(1000 * help.min)}–${ms(1000 * help.max)})`, '≤ 500 ms', help.median <= BUDGET.helpSeconds, `--help took ${ms(1000 * help.median)}`);
step('checking the 1,000 documents in the browser check page (check.html)');
const page = await measureCheckPage({ addinDir, folder: join(GEN, 'reviews'), documents: all.length, runs: QUICK ? 1 : 3 });
row(
  `check page throughput (${all.length} docs, Web Workers)`,
  `${page.docsPerSecond.median.toFixed(0)} docs/s (${page.docsPerSecond.min.toFixed(0)}–${page.docsPerSecond.max.toFixed(0)}); report shown after ${(page.reportedMs.median / 1000).toFixed(1)} s; the floor (Node, one thread) ${floor.docsPerSecond.median.toFixed(0)} docs/s`,
  '≥ 100 docs/s',
  page.docsPerSecond.median >= BUDGET.pageDocsPerSecond,
  `${page.docsPerSecond.median.toFixed(0)} documents a second`,
);
row(
  'check page: longest main-thread task while checking',
  ms(page.longestTaskMs.median),
  `< ${BUDGET.pageLongestTask} ms`,
  page.longestTaskMs.median < BUDGET.pageLongestTask,
  `the page's thread was busy for ${ms(page.longestTaskMs.median)} at once`,
);
row(
  'check page: the task that takes in the chosen folder',
  `${ms(page.choosingTaskMs.median)} (Chromium making the 1,000 files' File objects, then the page's handler)`,
  'for comparison',
  null,
  '',
);
step('measuring check memory for 100 and 1,000 documents');
const small = [];
const large = [];
for (let i = 0; i < (QUICK ? 1 : 3); i++) {
  small.push((await checkOnce(ROOT, all.slice(0, 100), GEN)).rss);
  large.push((await checkOnce(ROOT, all, GEN)).rss);
}
const rss100 = summary(small);
const rss1000 = summary(large);
const growth = rss1000.median - rss100.median;
row(
  'CLI check memory (peak RSS, 100 → 1,000 docs)',
  `${mb(rss100.median)} → ${mb(rss1000.median)}: +${mb(growth)}`,
  '< +50 MB',
  growth < BUDGET.memoryGrowth,
  `peak RSS grows by ${mb(growth)}`,
);

// --- report -------------------------------------------------------------------------------------------------------
const pad = (text, n) => (text.length >= n ? text : text + ' '.repeat(n - text.length));
const widths = [44, 0, 26];
widths[1] = Math.max(...rows.map((r) => r.result.length), 6);
const line = (a, b, c, d) => `${pad(a, widths[0])}  ${pad(b, widths[1])}  ${pad(c, widths[2])}  ${d}`;
const out = [line('figure', 'result (median, min–max)', 'budget', 'ok'), line('-'.repeat(widths[0]), '-'.repeat(widths[1]), '-'.repeat(widths[2]), '----')];
for (const r of rows) out.push(line(r.figure, r.result, r.budget, r.ok === null ? 'n/a' : r.ok ? 'yes' : 'NO'));
out.push('', 'Task pane bundle by part (minified bytes attributed through the source map; gzip of each part alone):');
for (const p of bundle.parts) out.push(`  ${pad(p.name, 40)} ${pad(kb(p.raw), 10)} gzip ${kb(p.gzipAlone)}`);
out.push(`  baseline pane: ${kb(baselineBundle.total.gzip)} gzip (${kb(baselineBundle.total.raw)} raw)`);
out.push(`Review documents: ${all.length} generated, ${reviews.minWords}–${reviews.maxWords} words (median ${reviews.medianWords}, about ${Math.round(reviews.minWords / 450)}–${Math.round(reviews.maxWords / 450)} pages), ${reviews.controls.min}–${reviews.controls.max} content controls.`);
out.push(`check agrees with the generator's intent on ${agreement.same} of ${agreement.of} documents; report identical across runs: ${deterministic ? 'yes' : 'no'}.`);
console.log(out.join('\n'));

const cpu = cpus();
const results = {
  date: new Date().toISOString(),
  machine: { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, memoryBytes: totalmem(), node: process.version, platform: `${process.platform} ${process.arch}` },
  quick: QUICK,
  budgets: BUDGET,
  bundle: { taskpane: bundle, baseline: { total: baselineBundle.total, files: baselineBundle.files } },
  paneReady: {
    paneMs: { ...pane, values: browser.paneReady },
    baselineMs: { ...base, values: browser.baselineReady },
    ratio,
    scriptsRunMs: { pane: paneScripts, baseline: baseScripts },
  },
  stageSwitch: { ms: switching, switches: browser.switchTimes },
  tabSwitch: { firstMs: { ...firstTab, values: browser.tabFirst }, laterMs: { ...laterTab, switches: browser.tabLater } },
  search: { ms: search, indexMs: searched.indexMs, queries: searched.perQuery.length, queriesWithHits: searched.queriesWithHits, descriptors: searched.descriptors },
  wordRoundTrips: trips,
  cliCheck: {
    documents: { count: all.length, ...reviews },
    throughput: { documents: 500, runs: RUNS, defaultThreads: multi, oneThread: single, deterministic, agreement },
    floor,
    help: { seconds: help },
    page,
    memory: { rss100: rss100, rss1000: rss1000, growthBytes: growth },
  },
  table: rows,
  missed: misses,
};
// The bundle parts' concatenated text is not needed in the JSON.
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

if (misses.length) {
  console.error(`\nBudgets missed:\n${misses.map((m) => `  - ${m}`).join('\n')}`);
  process.exit(1);
}
const unavailable = rows.filter((r) => r.ok === null).map((r) => r.figure);
if (unavailable.length) console.log(`\nNot measured (the port method is not there yet): ${unavailable.join('; ')}.`);
console.log('\nEvery measured budget is met. Figures written to bench/results.json.');
