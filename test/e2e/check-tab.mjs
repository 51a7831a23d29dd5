/* global window, document */
// The Check tab on the BUILT preview page, run by run.mjs after its own scenarios: edit an inserted descriptor in the
// sample document, run the check, see the edited-descriptor finding, Go to it, restore the official wording, check
// again: the finding is gone. axe and the 320 px layout are checked with findings on screen; the tab's screenshot
// goes to test-results/check.png (and assets/screenshots/check.png with UPDATE_SCREENSHOTS=1).
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { WAIT } from './wait.mjs';

export async function checkTabScenario({ page, pane, check, assert, origin, AXE, OUT, ROOT }) {
  let id = '';
  let official = '';
  const block = () => page.locator(`#sample-document .tagged-block[data-tag="tsd:${id}"]`);

  await check('Check: a descriptor inserted and then edited in the document', async () => {
    await page.goto(`${origin}/preview.html`);
    await page.getByLabel('Career stage').waitFor({ timeout: WAIT });
    await pane.getByText('Saved in this document.').waitFor({ timeout: WAIT });
    await page.locator('#sample-document p').nth(5).click();
    await pane.getByRole('button', { name: /^Standard 2:/ }).click();
    const first = pane.locator('[data-descriptor-id^="TS2"]').first();
    id = await first.getAttribute('data-descriptor-id');
    await pane.getByRole('button', { name: `Insert ${id}`, exact: true }).click();
    await block().waitFor({ timeout: WAIT });
    official = await block().innerText();
    // The reviewer rewrites the descriptor's second word in place.
    await block().click();
    await page.evaluate((tag) => {
      const span = document.querySelector(`#sample-document .tagged-block[data-tag="${tag}"]`);
      const text = span.firstChild;
      const words = text.textContent.split(' ');
      const start = words[0].length + 1;
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + words[1].length);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
    }, `tsd:${id}`);
    await page.keyboard.type('broadly');
    const now = await block().innerText();
    assert(now !== official && now.includes('broadly'), `the edit did not land: ${now}`);
  });

  await check('Check: Run check shows progress, then the edited-descriptor finding, grouped with a count', async () => {
    await pane.getByRole('tab', { name: 'Check' }).click();
    await pane.getByRole('button', { name: 'Run check' }).click();
    await pane.getByTestId('check-summary').waitFor({ timeout: WAIT });
    await pane.getByRole('heading', { name: 'Edited descriptor (1)' }).waitFor({ timeout: WAIT });
    const diff = await pane.locator('[data-finding-kind="edited-descriptor"] del, [data-finding-kind="edited-descriptor"] ins').allInnerTexts();
    assert(diff.some((t) => t.includes('broadly')), `diff: ${diff.join(' | ')}`);
    const names = await pane.getByRole('button', { name: /^Go to finding \d+: / }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    assert(names.some((n) => n.endsWith(`Edited descriptor ${id}`)), `Go to buttons: ${names.join(' | ')}`);
  });

  await check('Check: Go to selects the edited block in the document and leaves the focus in the pane', async () => {
    const goTo = pane.getByRole('button', { name: new RegExp(`^Go to finding \\d+: Edited descriptor ${id.replace(/[/.]/g, '\\$&')}$`) });
    await goTo.focus();
    await page.keyboard.press('Enter');
    await pane.getByText('Selected in the document.', { exact: false }).waitFor({ timeout: WAIT });
    const selected = await page.evaluate(() => window.getSelection().toString());
    assert(selected === (await block().innerText()), `selected: ${selected}`);
    assert(await goTo.evaluate((b) => document.activeElement === b), 'focus left the Go to button');
  });

  await check('Check: the tab with findings fits 320 px; axe finds nothing serious; screenshot', async () => {
    const m = await pane.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const overflow = [...el.querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > box.right + 0.5 && n.getClientRects().length > 0).map((n) => n.tagName + '.' + n.className).slice(0, 5);
      return { width: box.width, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, overflow };
    });
    assert(Math.round(m.width) === 320, `pane is ${m.width}px wide`);
    assert(m.scrollWidth <= m.clientWidth && m.overflow.length === 0, `horizontal overflow: ${m.overflow.join(', ')}`);
    await page.evaluate(AXE);
    const found = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, target: v.nodes.map((n) => n.target.join(' ')).join(' || ') }));
    });
    if (found.length) console.log(`     axe: ${found.map((v) => `${v.id}/${v.impact}`).join(', ')}`);
    const serious = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert(serious.length === 0, `serious or critical: ${serious.map((v) => `${v.id} at ${v.target}`).join('; ')}`);
    await page.setViewportSize({ width: 1100, height: 1500 });
    await pane.evaluate((el) => {
      const tabs = el.querySelector('[role="tablist"]');
      el.scrollTop = tabs ? tabs.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop - 8 : 0;
    });
    const file = join(OUT, 'check.png');
    await pane.screenshot({ path: file });
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync(join(ROOT, 'assets', 'screenshots'), { recursive: true });
      copyFileSync(file, join(ROOT, 'assets', 'screenshots', 'check.png'));
    }
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  await check('Check: Restore official wording puts the official text back in that block only, and the re-check clears the finding', async () => {
    const paragraph = page.locator('#sample-document p').nth(5);
    const around = (await paragraph.innerText()).replace(await block().innerText(), '');
    await pane.getByRole('button', { name: `Restore official wording of ${id}` }).click();
    await pane.getByText(`Restored the official wording of ${id}.`, { exact: false }).waitFor({ timeout: WAIT });
    assert((await block().innerText()) === official, `block reads: ${await block().innerText()}`);
    assert((await paragraph.innerText()).replace(official, '') === around, 'text outside the block changed');
    assert((await pane.getByRole('heading', { name: /^Edited descriptor/ }).count()) === 0, 'the finding is still listed');
    await pane.getByRole('button', { name: 'Run check again' }).click();
    await page.waitForTimeout(200);
    await pane.getByTestId('check-summary').waitFor();
    assert((await pane.getByRole('heading', { name: /^Edited descriptor/ }).count()) === 0, 'the finding came back on a fresh check');
  });
}
