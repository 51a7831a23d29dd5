/* global window, document */
// HR's check page (dist/check.html), run by run.mjs: a folder of generated reviews (with a sub-folder, a damaged
// .docx, a Word lock file and files that are not .docx) is chosen with the folder picker; the page's JSON download
// must equal `check --format json .` run by the CLI inside that folder, byte for byte. Then three files chosen one by
// one against the CLI given the same three files. Both CSV downloads must equal `check --format csv` and
// `--format findings-csv`. Screenshots of the page mid-run and of the report go to test-results/check-page-running.png
// and check-page-report.png, and of the HTML report's outcomes section at desktop width and at 375 px to
// check-outcomes.png and check-outcomes-375.png (UPDATE_SCREENSHOTS=1 copies them into assets/screenshots/).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateReviews } from '../../scripts/make-review-docx.mjs';
import { WAIT } from './wait.mjs';

/** The CLI's stdout for `check --format <format> <args>` run in `cwd` (it exits 1 or 3 with findings or unread files, as expected). */
function cli(ROOT, cwd, format, args) {
  // The command as HR's IT would run it: it compiles the CLI first when the source is newer than its build.
  const main = join(ROOT, 'bin', 'standards-companion.js');
  try {
    return execFileSync(process.execPath, [main, 'check', '--format', format, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    if ((error.status === 1 || error.status === 3) && typeof error.stdout === 'string') return error.stdout;
    throw error;
  }
}
const cliJson = (ROOT, cwd, args) => cli(ROOT, cwd, 'json', args);

/** Saves a screenshot into test-results, and into assets/screenshots with UPDATE_SCREENSHOTS=1. */
function keep(OUT, ROOT, file) {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(join(ROOT, 'assets', 'screenshots'), { recursive: true });
  copyFileSync(join(OUT, file), join(ROOT, 'assets', 'screenshots', file));
}

/** Clicks a download button and returns the downloaded file's text. */
async function downloaded(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

export async function checkPageScenario({ page, check, assert, origin, OUT, ROOT, AXE }) {
  const work = mkdtempSync(join(tmpdir(), 'sc-check-page-'));
  const folder = join(work, 'reviews');
  let generated = [];
  try {
    await check('Check page: linked from the pane’s Check tab and from the preview page', async () => {
      await page.goto(`${origin}/preview.html`);
      const pane = page.locator('#pane');
      await pane.getByRole('tab', { name: 'Check' }).click();
      const fromPane = pane.getByRole('link', { name: 'Check a folder of reviews in your browser' });
      assert((await fromPane.getAttribute('href')) === 'check.html' && (await fromPane.getAttribute('target')) === '_blank', 'the Check tab’s link');
      await page.getByRole('link', { name: 'Check a folder of reviews', exact: true }).click();
      await page.waitForURL(`${origin}/check.html`);
    });

    await check('Check page: a folder of reviews gives the same JSON as the CLI on that folder', async () => {
      generated = generateReviews({ out: folder, seed: 14, count: 60 }).map((w) => w.file);
      generateReviews({ out: join(folder, 'Year 2 team'), seed: 15, count: 12 });
      mkdirSync(join(folder, 'empty folder'));
      writeFileSync(join(folder, 'damaged.docx'), 'PK\u0003\u0004 this is not really a zip');
      writeFileSync(join(folder, '~$review-0001.docx'), 'a Word lock file');
      writeFileSync(join(folder, 'notes.txt'), 'not a review');
      const expected = cliJson(ROOT, folder, ['.']);
      const cliFiles = JSON.parse(expected).files;
      assert(cliFiles.length === 73, `the CLI checked ${cliFiles.length} files`);

      await page.goto(`${origin}/check.html`);
      await page.getByRole('button', { name: 'Choose a folder…' }).waitFor({ timeout: WAIT });
      // The progress bar as the files come in: screenshot once a quarter are done (the run may be further on by then).
      const running = page.waitForFunction(() => Number(document.getElementById('progress')?.value) >= 18, null, { timeout: 60000, polling: 'raf' });
      await page.locator('#folder-input').setInputFiles(folder);
      await running;
      await page.screenshot({ path: join(OUT, 'check-page-running.png'), clip: { x: 0, y: 0, width: page.viewportSize()?.width ?? 1100, height: 500 } });
      keep(OUT, ROOT, 'check-page-running.png');
      await page.locator('#result-panel').waitFor({ state: 'visible', timeout: 120000 });
      const json = await downloaded(page, '#download-json');
      assert(/^standards-check-\d{4}-\d{2}-\d{2}\.json$/.test(json.name), `download named ${json.name}`);
      if (json.text !== expected) {
        writeFileSync(join(OUT, 'check-page-browser.json'), json.text);
        writeFileSync(join(OUT, 'check-page-cli.json'), expected);
        assert(false, 'the page’s JSON differs from the CLI’s (both written to test-results/check-page-*.json)');
      }
      const text = await page.locator('#result-text').innerText();
      assert(text.startsWith('73 documents checked'), `result: ${text}`);
    });

    await check('Check page: the report is the CLI’s HTML report, and both CSV downloads are the CLI’s', async () => {
      const frame = page.frameLocator('#report');
      await frame.getByRole('heading', { name: 'Consistency report' }).waitFor({ timeout: WAIT });
      await frame.getByRole('heading', { name: 'damaged.docx' }).waitFor();
      const html = await downloaded(page, '#download-html');
      assert(html.text.startsWith('<!doctype html>') && html.text.includes('Year 2 team/'), 'HTML download');
      const csv = await downloaded(page, '#download-csv');
      const header = csv.text.split(/\r?\n/)[0]?.replace(/^\ufeff/, '').replace(/"/g, '');
      assert(header?.startsWith('file,teacher,career stage,rating,pay recommendation'), `CSV header: ${header}`);
      assert(csv.text === cli(ROOT, folder, 'csv', ['.']), 'the page’s CSV (one row per review) differs from `check --format csv`');
      const findings = await downloaded(page, '#download-findings-csv');
      assert(/^standards-check-findings-\d{4}-\d{2}-\d{2}\.csv$/.test(findings.name), `download named ${findings.name}`);
      assert(findings.text === cli(ROOT, folder, 'findings-csv', ['.']), 'the page’s findings CSV differs from `check --format findings-csv`');
      await page.screenshot({ path: join(OUT, 'check-page-report.png'), fullPage: false });
    });

    await check('The HTML report’s outcomes section at desktop width and at 375 px: no sideways scroll; screenshots', async () => {
      const out = join(work, 'report.html');
      cli(ROOT, folder, 'html', ['--out', out, '.']);
      const html = readFileSync(out, 'utf8');
      const viewport = page.viewportSize();
      try {
        for (const [width, file] of [[1280, 'check-outcomes.png'], [375, 'check-outcomes-375.png']]) {
          await page.setViewportSize({ width, height: 900 });
          await page.setContent(html);
          const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
          assert(scroll <= client, `at ${width} px the report is ${scroll} px wide`);
          const section = page.locator('section.outcomes');
          const stages = await section.locator('table.xtab').first().locator('tbody tr').count();
          assert(stages >= 10, `${stages} career stages in the ratings table`);
          // Nothing scrolls sideways inside a chart's card either.
          const cards = await section.locator('.chart').evaluateAll((els) => els.map((el) => el.scrollWidth - el.clientWidth));
          assert(cards.every((d) => d <= 0), `at ${width} px a chart is wider than its card by ${cards.join(', ')} px`);
          await section.screenshot({ path: join(OUT, file) });
          keep(OUT, ROOT, file);
        }
      } finally {
        await page.setViewportSize(viewport);
      }
      await page.goto(`${origin}/check.html`);
    });

    await check('Check page: files chosen one by one give the same JSON as the CLI given those files', async () => {
      const names = [generated[2], generated[0], 'damaged.docx'];
      const expected = cliJson(ROOT, folder, [...names].sort((a, b) => a.localeCompare(b)));
      await page.locator('#files-input').setInputFiles(names.map((n) => join(folder, n)));
      await page.waitForFunction(() => document.getElementById('result-text')?.textContent?.startsWith('3 documents checked'), null, { timeout: 30000 });
      const json = await downloaded(page, '#download-json');
      assert(json.text === expected, `differs from the CLI:\n${json.text.slice(0, 400)}\n---\n${expected.slice(0, 400)}`);
    });

    await check('Check page: axe finds no serious or critical violations', async () => {
      await page.evaluate(AXE);
      const found = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      if (found.length) console.log(`     axe: ${found.map((v) => `${v.id}/${v.impact}×${v.nodes}`).join(', ')}`);
      const serious = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert(serious.length === 0, `serious or critical: ${serious.map((v) => v.id).join(', ')}`);
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
