/* global window, document */
// School editions on the BUILT preview page, run by run.mjs after its own scenarios: the edition loader is not in the
// first load; in Settings a user tries the sample school edition (test/fixtures/editions/st-marys-2027) from its
// files, sees its name and its wording in the Descriptors tab, keeps it across a reload, chooses a broken copy and
// sees the problem with the edition unchanged, then returns to the bundled edition. axe and 320 px with an error shown;
// the pane's screenshot goes to test-results/settings.png.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WAIT } from './wait.mjs';

export async function editionsScenario({ page, pane, check, assert, origin, AXE, OUT, ROOT, requested }) {
  const sample = join(ROOT, 'test', 'fixtures', 'editions', 'st-marys-2027');
  const sampleFiles = readdirSync(sample).map((f) => join(sample, f));
  const broken = mkdtempSync(join(tmpdir(), 'sc-e2e-edition-'));
  cpSync(sample, broken, { recursive: true });
  const tsFile = join(broken, 'teachers-standards.json');
  const ts = JSON.parse(readFileSync(tsFile, 'utf8'));
  ts.standards[1].subStandards[0].cells.MPR[2].id = 'TS2.1/MPR/1';
  writeFileSync(tsFile, JSON.stringify(ts, null, 2));
  const brokenFiles = readdirSync(broken).map((f) => join(broken, f));
  const stMarys = JSON.parse(readFileSync(join(sample, 'teachers-standards.json'), 'utf8')).standards[1].subStandards[0].cells.MPR;

  const summary = pane.getByTestId('edition-in-use');
  const loaderRequested = () => requested.some((p) => /\/edition-loader\.[0-9a-f]+\.js$/.test(p));
  const openSettings = async () => {
    const toggle = pane.getByRole('button', { name: 'Settings', exact: true });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await pane.getByLabel('Edition files').waitFor({ timeout: WAIT });
  };
  const rowText = (id) => pane.locator(`[data-descriptor-id="${id}"] p`).first().innerText();

  try {
    await check('Editions: the pane shows the bundled edition and has not loaded the edition checker', async () => {
      await page.goto(`${origin}/preview.html`);
      await page.getByLabel('Career stage').waitFor({ timeout: WAIT });
      assert((await summary.innerText()).trim() === 'Edition: hampshire@1.0', `summary: ${await summary.innerText()}`);
      assert(!loaderRequested(), 'the edition loader chunk was fetched on first load');
    });

    await check('Editions: the sample school edition chosen in Settings is used by the Descriptors tab', async () => {
      await openSettings();
      await pane.getByLabel('Edition files').setInputFiles(sampleFiles);
      await pane.getByText('Now using the draft edition st-marys-2027@1.0.').waitFor({ timeout: WAIT });
      assert(loaderRequested(), 'the edition loader chunk was not fetched');
      const shown = (await summary.innerText()).replace(/\s+/g, ' ').trim();
      assert(shown === 'Edition: st-marys-2027@1.0 Draft', `summary: ${shown}`);
      const title = await pane.getByTestId('edition-title').innerText();
      assert(title.startsWith('St Mary’s Primary School edition 2027'), `title: ${title}`);
      await page.getByLabel('Search all stages').check();
      // TS2.1/MPR/1 is reworded by the school; TS2.1/MPR/3 is its own.
      for (const [id, words] of [
        ['TS2.1/MPR/1', 'evaluate the progress'],
        ['TS2.1/MPR/3', 'assessment tracker'],
      ]) {
        await page.getByLabel('Search descriptors').fill(words);
        await pane.locator(`[data-descriptor-id="${id}"]`).waitFor({ timeout: WAIT });
        const text = await rowText(id);
        const expected = stMarys.find((e) => e.id === id).text;
        assert(text === expected, `${id} reads ${JSON.stringify(text)}`);
      }
      await page.getByLabel('Search all stages').uncheck();
      await page.getByLabel('Search descriptors').fill('');
    });

    await check('Editions: the draft is kept after a reload', async () => {
      await page.reload();
      await page.getByLabel('Career stage').waitFor({ timeout: WAIT });
      await summary.getByText('Draft').waitFor({ timeout: WAIT });
      assert((await summary.innerText()).includes('st-marys-2027@1.0'), `summary: ${await summary.innerText()}`);
    });

    await check('Editions: a broken file shows the file and JSON path, and the edition stays as it was', async () => {
      await openSettings();
      await pane.getByLabel('Edition files').setInputFiles(brokenFiles);
      const problem = pane.getByText('teachers-standards.json: /standards/1/subStandards/0/cells/MPR/2/id: duplicate descriptor id "TS2.1/MPR/1"', { exact: false });
      await problem.waitFor({ timeout: WAIT });
      await pane.getByText('These files cannot be used, so the edition in use has not changed', { exact: false }).waitFor();
      assert((await summary.innerText()).replace(/\s+/g, ' ').trim() === 'Edition: st-marys-2027@1.0 Draft', `summary: ${await summary.innerText()}`);
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('standards-companion:draft-edition') ?? 'null')?.edition?.id);
      assert(stored === 'st-marys-2027', `stored draft: ${stored}`);
    });

    await check('Editions: Settings with an error fits 320 px; axe finds nothing serious', async () => {
      await pane.getByTestId('settings').screenshot({ path: join(OUT, 'settings.png') });
      const m = await pane.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      assert(m.scrollWidth <= m.clientWidth, `horizontal scroll: ${m.scrollWidth} > ${m.clientWidth}`);
      await page.evaluate(AXE);
      const found = await page.evaluate(async () => {
        const r = await window.axe.run(document.querySelector('#pane'), { resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, target: v.nodes.map((n) => n.target.join(' ')).join(' || ') }));
      });
      if (found.length) console.log(`     axe: ${found.map((v) => `${v.id}/${v.impact}`).join(', ')}`);
      const serious = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert(serious.length === 0, `serious or critical: ${serious.map((v) => `${v.id} at ${v.target}`).join('; ')}`);
    });

    await check('Editions: Return to hampshire@1.0 removes the draft', async () => {
      await pane.getByRole('button', { name: 'Return to hampshire@1.0' }).click();
      await pane.getByText('Now using hampshire@1.0, the edition this add-in was built with.').waitFor({ timeout: WAIT });
      assert((await summary.innerText()).trim() === 'Edition: hampshire@1.0', `summary: ${await summary.innerText()}`);
      assert((await page.evaluate(() => localStorage.getItem('standards-companion:draft-edition'))) === null, 'the draft is still stored');
      await page.reload();
      await page.getByLabel('Career stage').waitFor({ timeout: WAIT });
      assert((await summary.innerText()).trim() === 'Edition: hampshire@1.0', `after reload: ${await summary.innerText()}`);
    });
  } finally {
    rmSync(broken, { recursive: true, force: true });
  }
}
