/* global window, document */
// Browser tests of the BUILT preview page (run `npm run build` first), with playwright-core driving Debian's
// Chromium (/usr/bin/chromium; override with CHROMIUM=path). Prints "N passed, M failed" and exits 1 on failure.
// UPDATE_SCREENSHOTS=1 also writes assets/screenshots/pane-light.png, pane-dark.png and pane-high-contrast.png.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../scripts/serve.mjs';
import { checkTabScenario } from './check-tab.mjs';
import { composeTabsScenario } from './compose-tabs.mjs';
import { editionsScenario } from './editions.mjs';
import { insertionContractScenario } from './insertion-contract.mjs';
import { a11yScenario } from './a11y-320.mjs';
import { checkPageScenario } from './check-page.mjs';
import { WAIT } from './wait.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'test-results');
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

if (!existsSync(join(DIST, 'preview.html'))) {
  console.error('dist/preview.html is missing: run `npm run build` first.');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

const results = [];
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}\n     ${String(error?.stack ?? error).split('\n').slice(0, 4).join('\n     ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const { server, url: origin } = await startStaticServer({ root: DIST, port: 0 });
const profile = mkdtempSync(join(tmpdir(), 'sc-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1100, height: 900 },
});

const outside = [];
const problems = [];
const OFFICE_TELEMETRY_FRAME = /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates/;
browser.on('request', (request) => {
  const u = request.url();
  if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:') && !fromCdn(u)) outside.push(u);
});
// The pages that run inside Word load office.js from Microsoft's CDN (the default build); with no network here, the
// CDN's office.js is answered with the local copy the build ships for the preview page. Nothing else leaves the origin.
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_CDN_SCRIPT = `${OFFICE_CDN}office.js`;
/** A CDN file the build also ships (office.js and its mapping table), served from dist/ as the CDN would serve it. */
const fromCdn = (u) => (u.startsWith(OFFICE_CDN) && /^[\w.-]+\.js$/.test(u.slice(OFFICE_CDN.length)) && existsSync(join(DIST, u.slice(OFFICE_CDN.length))) ? join(DIST, u.slice(OFFICE_CDN.length)) : null);
await browser.route('**/*', (route) => {
  const u = route.request().url();
  if (u.startsWith(origin)) return route.continue();
  const local = fromCdn(u);
  if (local) return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(local) });
  return route.abort();
});
await browser.addInitScript(() => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    // See OFFICE_TELEMETRY_FRAME: office.js's telemetry frame, blocked as intended.
    if (!e.blockedURI.startsWith('https://telemetryservice.firstpartyapps.oaspapps.com/')) window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
});

const page = browser.pages()[0] ?? (await browser.newPage());
page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
page.on('console', (m) => {
  // office.js outside Office tries to frame its telemetry proxy 3 s after loading (OSF.Logger's ULS endpoint); the
  // page's CSP blocks it, which is what should happen. Any page that stays open 3 s shows this, so it is not a problem.
  if (m.type() === 'error' && !OFFICE_TELEMETRY_FRAME.test(m.text())) problems.push(`console error: ${m.text()}`);
});
const requested = [];
page.on('request', (r) => requested.push(new URL(r.url()).pathname));

const pane = page.locator('#pane');
const stagePicker = page.getByLabel('Career stage');
let insertedId = '';

try {
  await check('the preview page loads office.js from its own origin and renders the pane', async () => {
    const t0 = Date.now();
    await page.goto(`${origin}/preview.html`);
    await stagePicker.waitFor({ timeout: WAIT });
    const ms = Date.now() - t0;
    assert(requested.includes('/office.js') && requested.includes('/o15apptofilemappingtable.js'), `office.js files not requested: ${requested.join(', ')}`);
    assert(await page.evaluate(() => typeof window.Office?.onReady === 'function'), 'Office is not defined');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert(csp?.includes("default-src 'self'") && !csp.includes('unsafe-eval'), `unexpected CSP: ${csp}`);
    console.log(`     pane rendered ${ms} ms after navigation`);
  });

  await check('the career stage is detected from the sample document', async () => {
    await page.getByText('Detected from the document').waitFor({ timeout: WAIT });
    assert((await stagePicker.inputValue()) === 'Main pay range', `picker shows ${await stagePicker.inputValue()}`);
  });

  await check('picking a stage saves it to the document', async () => {
    await stagePicker.selectOption('UPR 1');
    await pane.getByText('Saved in this document.').waitFor({ timeout: WAIT });
    const stored = await page.evaluate(() => localStorage.getItem('standards-companion:sample-review-mpr:CareerStage'));
    assert(stored === 'UPR 1', `stored ${stored}`);
  });

  await check('search filters as you type within the stage and highlights matches', async () => {
    await page.getByLabel('Search descriptors').fill('behaviour');
    await pane.getByText(/matches for UPR 1\.|match for UPR 1\./).waitFor({ timeout: WAIT });
    const ids = await pane.locator('[data-descriptor-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-descriptor-id')));
    assert(ids.length > 0, 'no results');
    assert(ids.every((id) => /\/UPR1\/|^CEF\/UPR\//.test(id)), `results outside the stage: ${ids.join(', ')}`);
    const marks = await pane.locator('mark').allInnerTexts();
    assert(marks.length > 0 && marks.every((m) => /^behaviou?r/i.test(m)), `highlights: ${marks.join(', ')}`);
    await page.getByLabel('Search all stages').check();
    const allIds = await pane.locator('[data-descriptor-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-descriptor-id')));
    assert(allIds.some((id) => !/UPR1|CEF\/UPR\//.test(id)), 'all-stages search did not widen the results');
    await page.getByLabel('Search all stages').uncheck();
  });

  await check('Insert puts the descriptor at the caret as a tagged block, and focus stays in the pane', async () => {
    const empty = page.locator('#sample-document p').nth(5);
    assert((await empty.innerText()).trim() === '', 'expected the empty paragraph');
    await empty.click();
    await page.keyboard.type('Evidence: ');
    const first = pane.locator('[data-descriptor-id^="TS"]').first();
    insertedId = await first.getAttribute('data-descriptor-id');
    const button = pane.getByRole('button', { name: `Insert ${insertedId}`, exact: true });
    await button.click();
    const block = page.locator(`#sample-document .tagged-block[data-tag="tsd:${insertedId}"]`);
    await block.waitFor({ timeout: WAIT });
    const sub = insertedId.slice(2, insertedId.indexOf('/'));
    assert((await block.getAttribute('title')) === `TS ${sub} · UPR 1`, `title ${await block.getAttribute('title')}`);
    const text = await block.innerText();
    assert(text.endsWith(`(Teachers’ Standard ${sub}, UPR 1)`), `text ${text}`);
    const paragraph = (await empty.innerText()).replace(/\u00a0/g, ' ');
    assert(paragraph.startsWith('Evidence: ') && paragraph.includes(text), `paragraph reads: ${paragraph}`);
    assert(await button.evaluate((b) => document.activeElement === b), 'focus moved out of the pane');
    await pane.getByText(`Inserted ${insertedId}.`).waitFor({ timeout: WAIT });
  });

  await check('with text selected, the descriptor goes after it unless Replace is chosen', async () => {
    await page.getByLabel('Search descriptors').fill('');
    const target = page.locator('#sample-document p').nth(4);
    await target.click();
    await page.evaluate(() => {
      const p = document.querySelectorAll('#sample-document p')[4];
      const range = document.createRange();
      range.setStart(p.firstChild, 0);
      range.setEnd(p.firstChild, 'Lesson observations'.length);
      const s = window.getSelection();
      s.removeAllRanges();
      s.addRange(range);
    });
    await page.waitForTimeout(50);
    await page.getByRole('button', { name: 'Standard 1:', exact: false }).click();
    const insert = pane.getByRole('button', { name: 'Insert TS1.1/UPR1/1', exact: true });
    await insert.click();
    await pane.getByText('Inserted TS1.1/UPR1/1.').waitFor({ timeout: WAIT });
    const after = await target.innerText();
    assert(after.startsWith('Lesson observations (') || after.startsWith('Lesson observations '), `selection was not kept: ${after.slice(0, 80)}`);
    assert(after.includes('Lesson observations') && after.includes('(Teachers’ Standard 1.1, UPR 1)'), `after: ${after.slice(0, 120)}`);
    // Now Replace: select "work scrutiny" and replace it.
    await page.getByLabel('Replace selected text (otherwise insert after it)').check();
    await page.evaluate(() => {
      const p = document.querySelectorAll('#sample-document p')[4];
      const node = [...p.childNodes].find((n) => n.nodeType === 3 && n.textContent.includes('work scrutiny'));
      const at = node.textContent.indexOf('work scrutiny');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'work scrutiny'.length);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
    });
    await page.waitForTimeout(50);
    await insert.click();
    await page.waitForFunction(() => !document.querySelectorAll('#sample-document p')[4].textContent.includes('work scrutiny'), null, { timeout: WAIT });
    await page.getByLabel('Replace selected text (otherwise insert after it)').uncheck();
  });

  await check('Insert all and the plain-text setting', async () => {
    const insertAll = pane.getByRole('button', { name: /^Insert all \d+ descriptors of Standard 1\.\d/ }).first();
    const label = await insertAll.getAttribute('aria-label');
    const before = await page.locator('#sample-document .tagged-block').count();
    await insertAll.click();
    const n = Number(/Insert all (\d+)/.exec(label)[1]);
    await pane.getByText(`Inserted ${n} descriptors of`).waitFor({ timeout: WAIT });
    assert((await page.locator('#sample-document .tagged-block').count()) === before + n, 'Insert all did not add one block per descriptor');
    // One bulleted list, an item per descriptor (each its tagged block), then the one reference in a paragraph of its own.
    const list = await page.locator('#sample-document ul.descriptor-list').last().evaluate((ul) => ({
      items: [...ul.children].map((li) => ({ tag: li.tagName, inner: li.querySelector('.tagged-block')?.dataset.tag ?? '', text: li.textContent })),
      after: ul.nextElementSibling?.tagName + ':' + ul.nextElementSibling?.textContent,
    }));
    assert(list.items.length === n && list.items.every((i) => i.tag === 'LI' && i.inner.startsWith('tsd:TS1.') && !i.text.includes('(Teachers’')), `list: ${JSON.stringify(list.items)}`);
    assert(/^P:\(Teachers’ Standard 1\.\d, /.test(list.after), `after the list: ${list.after}`);
    await page.getByLabel('Insert as plain text (no tagged blocks)').check();
    await pane.getByRole('button', { name: 'Insert TS1.1/UPR1/1', exact: true }).click();
    await pane.getByText('Inserted TS1.1/UPR1/1 as plain text.').waitFor({ timeout: WAIT });
    assert((await page.locator('#sample-document .tagged-block').count()) === before + n, 'plain text insert made a tagged block');
    await page.getByLabel('Insert as plain text (no tagged blocks)').uncheck();
  });

  await check('every Insert button names what it inserts', async () => {
    const names = await pane.getByRole('button', { name: /^Insert/ }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent));
    assert(names.length > 5, `only ${names.length} insert buttons`);
    const bad = names.filter((n) => !/^Insert (TS\d+\.\d+\/[A-Z0-9-]+\/\d+|CEF\/\S+|all \d+ descriptors of Standard \d+\.\d+)$/.test(n));
    assert(bad.length === 0, `unclear names: ${bad.slice(0, 5).join(' | ')}`);
  });

  await check('the pane fits 320 px with no horizontal scroll and keeps the top-right corner clear', async () => {
    await page.getByLabel('Include earlier stages').check();
    await page.getByLabel('Compare with next stage').check();
    await page.getByRole('button', { name: /^Ratings:/ }).click();
    const m = await pane.evaluate((el) => {
      el.scrollTop = 0;
      const box = el.getBoundingClientRect();
      const overflow = [...el.querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > box.right + 0.5 && n.getClientRects().length > 0).map((n) => n.tagName + '.' + n.className).slice(0, 5);
      const corner = [...el.querySelectorAll('button, input, select, a, h1, p, span, label')].filter((n) => {
        const r = n.getBoundingClientRect();
        return r.width > 0 && r.top < box.top + 40 && r.right > box.right - 40 && r.bottom > box.top;
      }).map((n) => n.tagName + ':' + n.textContent.slice(0, 20));
      return { width: box.width, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, overflow, corner };
    });
    assert(Math.round(m.width) === 320, `pane is ${m.width}px wide`);
    assert(m.scrollWidth <= m.clientWidth, `horizontal scroll: ${m.scrollWidth} > ${m.clientWidth}; ${m.overflow.join(', ')}`);
    assert(m.overflow.length === 0, `overflowing: ${m.overflow.join(', ')}`);
    assert(m.corner.length === 0, `top-right corner used by: ${m.corner.join(', ')}`);
  });

  await check('the career stage is remembered after a reload', async () => {
    await page.reload();
    await stagePicker.waitFor();
    await pane.getByText('Saved in this document.').waitFor({ timeout: WAIT });
    assert((await stagePicker.inputValue()) === 'UPR 1', `after reload: ${await stagePicker.inputValue()}`);
  });

  const axeRun = async (theme) => {
    await page.locator('#theme-toggle').selectOption(theme);
    await page.waitForTimeout(100);
    await page.evaluate(AXE);
    const found = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`).join(' || ') }));
    });
    const serious = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (found.length) console.log(`     axe (${theme}): ${found.map((v) => `${v.id}/${v.impact}×${v.nodes}`).join(', ')}`);
    assert(serious.length === 0, `serious or critical: ${serious.map((v) => `${v.id} at ${v.target}`).join('; ')}`);
  };
  const screenshot = async (theme) => {
    const file = join(OUT, `pane-${theme}.png`);
    await page.setViewportSize({ width: 1100, height: 1000 });
    await page.mouse.move(0, 0); // no hover state in the picture
    await pane.screenshot({ path: file });
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync(join(ROOT, 'assets', 'screenshots'), { recursive: true });
      copyFileSync(file, join(ROOT, 'assets', 'screenshots', `pane-${theme}.png`));
    }
  };

  await check('axe: no serious or critical violations in the light theme', async () => {
    await page.getByRole('button', { name: /^Standard 2:/ }).click();
    await axeRun('light');
    await screenshot('light');
  });
  await check('axe: no serious or critical violations in the dark theme', async () => {
    await axeRun('dark');
    await screenshot('dark');
  });
  await check('axe: no serious or critical violations in high contrast', async () => {
    await axeRun('high-contrast');
    await screenshot('high-contrast');
    await page.locator('#theme-toggle').selectOption('light');
  });

  await checkTabScenario({ page, pane, check, assert, origin, AXE, OUT, ROOT });
  await composeTabsScenario({ page, pane, check, assert, origin, AXE, OUT, ROOT });
  await editionsScenario({ page, pane, check, assert, origin, AXE, OUT, ROOT, requested });
  await insertionContractScenario({ page, check, assert, origin, ROOT });
  await a11yScenario({ page, pane, check, assert, origin, AXE, ROOT });

  await checkPageScenario({ page, check, assert, origin, AXE, OUT, ROOT });

  await check('taskpane.html outside Word says where the preview is', async () => {
    await page.goto(`${origin}/taskpane.html`);
    await page.getByText('Standards Companion runs inside Word').waitFor({ timeout: WAIT });
  });

  await check("the pane loads office.js from Microsoft's CDN by default, and its CSP allows only that origin besides its own", async () => {
    const info = JSON.parse(readFileSync(join(DIST, 'build-info.json'), 'utf8'));
    const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
    const preview = readFileSync(join(DIST, 'preview.html'), 'utf8');
    const loads = (page, src) => new RegExp(`<script src="?${src.replace(/[.:/]/g, '\\$&')}[" >]`).test(page);
    if (info.officeJs === 'cdn') {
      assert(loads(html, OFFICE_CDN_SCRIPT), 'taskpane.html does not load office.js from the CDN');
      assert(html.includes("script-src 'self' https://appsforoffice.microsoft.com;"), 'taskpane.html CSP does not allow the CDN');
    } else assert(loads(html, 'office.js'), 'OFFICE_JS=local: taskpane.html does not load the local office.js');
    assert(loads(preview, 'office.js') && !preview.includes('appsforoffice'), 'the preview page must use the local office.js only');
  });

  await check('icons are served without Cache-Control; pages keep no-cache', async () => {
    const icon = await fetch(`${origin}/assets/icon-32.png`);
    assert(icon.ok && icon.headers.get('content-type') === 'image/png', `icon: ${icon.status} ${icon.headers.get('content-type')}`);
    assert(icon.headers.get('cache-control') === null, `icon Cache-Control: ${icon.headers.get('cache-control')}`);
    const html = await fetch(`${origin}/taskpane.html`);
    assert(html.headers.get('cache-control') === 'no-cache', `taskpane.html Cache-Control: ${html.headers.get('cache-control')}`);
  });

  await check('no request left the origin, no CSP violation, no page error', async () => {
    const csp = await page.evaluate(() => window.__cspViolations);
    assert(outside.length === 0, `requests outside ${origin}: ${outside.join(', ')}`);
    assert(csp.length === 0, `CSP violations: ${csp.join(', ')}`);
    assert(problems.length === 0, problems.join('\n'));
  });
} finally {
  await browser.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
