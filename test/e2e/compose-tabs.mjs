/* global window, document */
// The Objectives and Rating tabs on the BUILT preview page, run by run.mjs after its own scenarios: draft and insert
// an objective and a rating rationale into the sample document, check the document's text and tags against the
// previews, keyboard use, the 320 px layout and axe on both tabs. Screenshots go to test-results/objectives.png and
// rating.png (and assets/screenshots/ with UPDATE_SCREENSHOTS=1).
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export async function composeTabsScenario({ page, pane, check, assert, origin, AXE, OUT, ROOT }) {
  const previewText = () => pane.getByTestId('block-preview').evaluate((box) => [...box.querySelectorAll('p')].map((p) => p.textContent).join('\n'));
  const blockText = (locator) => locator.evaluate((div) => [...div.querySelectorAll('p')].map((p) => p.textContent).join('\n'));

  const fits320 = async () => {
    const m = await pane.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const overflow = [...el.querySelectorAll('*')]
        .filter((n) => n.getBoundingClientRect().right > box.right + 0.5 && n.getClientRects().length > 0)
        .map((n) => `${n.tagName}:${(n.getAttribute("aria-label") ?? n.textContent ?? "").slice(0, 40)} right=${Math.round(n.getBoundingClientRect().right - box.right)}`)
        .slice(0, 5);
      return { width: box.width, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, overflow };
    });
    assert(Math.round(m.width) === 320, `pane is ${m.width}px wide`);
    assert(m.scrollWidth <= m.clientWidth, `horizontal scroll: ${m.scrollWidth} > ${m.clientWidth}; ${m.overflow.join(', ')}`);
    assert(m.overflow.length === 0, `overflowing: ${m.overflow.join(', ')}`);
  };
  const axeClean = async (what) => {
    await page.waitForTimeout(150); // let a theme switch finish its transitions
    await page.evaluate(AXE);
    const found = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)} [${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 160)}; text: ${document.querySelector(n.target[0])?.textContent?.slice(0, 40)}]`).join(' || ') }));
    });
    if (found.length) console.log(`     axe (${what}): ${found.map((v) => `${v.id}/${v.impact}×${v.nodes}`).join(', ')}`);
    const serious = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert(serious.length === 0, `serious or critical: ${serious.map((v) => `${v.id} at ${v.target}`).join('; ')}`);
  };
  const screenshot = async (name) => {
    const file = join(OUT, `${name}.png`);
    await page.setViewportSize({ width: 1100, height: 2300 });
    await pane.evaluate((el) => (el.scrollTop = 0));
    await pane.screenshot({ path: file });
    await page.setViewportSize({ width: 1100, height: 900 });
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync(join(ROOT, 'assets', 'screenshots'), { recursive: true });
      copyFileSync(file, join(ROOT, 'assets', 'screenshots', `${name}.png`));
    }
  };

  const objective = page.locator('#sample-document div.tagged-block[data-tag^="tso:"]');
  const rationale = page.locator('#sample-document div.tagged-block[data-tag^="tsr:"]');

  await check('Objectives: draft an objective from ticked descriptors and insert exactly the preview, tagged tso:', async () => {
    await page.goto(`${origin}/preview.html`);
    await page.locator('#theme-toggle').selectOption('light');
    await page.getByLabel('Career stage').selectOption('Main pay range');
    await pane.getByText('Saved in this document.').waitFor({ timeout: 5000 });
    const target = page.locator('#sample-document p').last();
    assert((await target.innerText()).trim() === '1.', `expected the "1." paragraph, got ${await target.innerText()}`);
    await target.click();
    await page.keyboard.press('End');
    await pane.getByRole('tab', { name: 'Objectives' }).click();
    await pane.getByText('This will be objective 1.').waitFor({ timeout: 5000 });
    await pane.getByLabel("Teachers' Standard (MPR)").selectOption('2.1');
    const boxes = pane.getByRole('group', { name: /^Descriptors of 2\.1/ }).getByRole('checkbox');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await pane.getByLabel('Success criteria').fill('Exit tickets show <b>80%</b> & more');
    await pane.getByLabel('Timescale and review date').fill('By March 2026');
    const preview = await previewText();
    assert(preview.startsWith('Objective 1: Accountability for pupils’ progress (Teachers’ Standard 2.1)'), `preview: ${preview.slice(0, 80)}`);
    const insert = pane.getByRole('button', { name: /^Insert objective \d+$/ });
    assert((await insert.innerText()).trim() === 'Insert objective 1', `button reads ${await insert.innerText()}`);
    await insert.click();
    await objective.waitFor({ timeout: 5000 });
    await pane.getByText('Inserted objective 1.').waitFor({ timeout: 3000 });
    assert((await objective.getAttribute('data-tag')) === 'tso:TS2.1/MPR/1,TS2.1/MPR/2', `tag ${await objective.getAttribute('data-tag')}`);
    assert((await objective.getAttribute('title')) === 'Objective 1 · TS 2.1 · Main pay range', `title ${await objective.getAttribute('title')}`);
    const inDoc = await blockText(objective);
    assert(inDoc === preview, `document and preview differ:\n${inDoc}\n---\n${preview}`);
    assert(inDoc.includes('Success criteria: Exit tickets show <b>80%</b> & more'), 'user text was not kept literally');
    assert((await objective.locator('b').count()) === 0, 'user text became markup');
    assert((await objective.locator('strong').count()) >= 6, 'labels are not bold');
    const placed = await objective.evaluate((div) => div.previousElementSibling?.textContent);
    assert(placed?.startsWith('1.'), `the objective did not go after the cursor's paragraph: ${placed}`);
    assert(await insert.evaluate((b) => document.activeElement === b), 'focus left the Insert button');
    await pane.getByText('This will be objective 2.').waitFor({ timeout: 3000 });
  });

  await check('Objectives: keyboard only, 320 px without horizontal scroll, axe clean; screenshot', async () => {
    await pane.getByRole('tab', { name: 'Objectives' }).focus();
    const reached = new Set();
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const el = document.activeElement;
        return el ? `${el.tagName}:${el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent?.slice(0, 30)}` : '';
      });
      reached.add(name);
      if (name.startsWith('BUTTON:Insert objective')) break;
    }
    const list = [...reached];
    assert(list.some((n) => n.startsWith('SELECT:')), `the standard picker was not reached: ${list.join(' | ')}`);
    assert(list.some((n) => n.startsWith('INPUT:')), 'no checkbox reached');
    assert(list.some((n) => n.startsWith('TEXTAREA:Success criteria')), `fields not reached: ${list.join(' | ')}`);
    assert(list.some((n) => n.startsWith('BUTTON:Insert objective')), 'Insert not reached');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type(' and pupil voice');
    assert((await pane.getByLabel('Evidence').inputValue()).endsWith('and pupil voice'), 'typing into the last field did not work');
    await fits320();
    await axeClean('Objectives');
    await page.locator('#theme-toggle').selectOption('dark');
    await axeClean('Objectives, dark');
    await page.locator('#theme-toggle').selectOption('light');
    await screenshot('objectives');
  });

  await check('Rating: draft an exceptional rationale with achieved descriptors and insert exactly the preview, tagged tsr:', async () => {
    await pane.getByRole('tab', { name: 'Rating' }).click();
    await pane.getByRole('radio', { name: 'Exceptional performance' }).check();
    const warnings = pane.getByRole('region', { name: 'Check before inserting' });
    await warnings.waitFor({ timeout: 3000 });
    await pane.getByRole('group', { name: /^Exceptional performance: the descriptors/ }).getByRole('checkbox').first().check();
    assert((await warnings.innerText()).includes('no Achieved expectations descriptor is ticked'), `warning: ${await warnings.innerText()}`);
    await pane.getByRole('group', { name: /^Achieved expectations: the ones achieved/ }).getByRole('checkbox').first().check();
    await warnings.waitFor({ state: 'detached', timeout: 3000 });
    await pane.getByRole('textbox', { name: /^Evidence note: / }).first().fill('Seen in two observations & a <i>book look</i>');
    await pane.getByLabel('Overall note (optional)').fill('A strong year.');
    await pane.getByRole('switch', { name: 'Add a pay progression line' }).check();
    const preview = await previewText();
    await page.locator('#sample-document h2').last().click();
    await pane.getByRole('button', { name: 'Insert rating rationale' }).click();
    await rationale.waitFor({ timeout: 5000 });
    await pane.getByText('Inserted the rating rationale (Exceptional performance).').waitFor({ timeout: 3000 });
    assert((await rationale.getAttribute('data-tag')) === 'tsr:MPR/exceptional', `tag ${await rationale.getAttribute('data-tag')}`);
    const inDoc = await blockText(rationale);
    assert(inDoc === preview, `document and preview differ:\n${inDoc}\n---\n${preview}`);
    assert((await rationale.locator('i').count()) === 0, 'user text became markup');
    const tags = await page.locator('#sample-document .tagged-block').evaluateAll((els) => els.map((e) => e.getAttribute('data-tag')));
    assert(tags.length === 2 && tags.includes('tsr:MPR/exceptional') && tags.includes('tso:TS2.1/MPR/1,TS2.1/MPR/2'), `tags: ${tags.join(', ')}`);
    await screenshot('rating');
  });

  await check('Rating: keyboard choice of rating, 320 px without horizontal scroll, axe clean', async () => {
    await pane.getByRole('radio', { name: 'Exceptional performance' }).focus();
    await page.keyboard.press('ArrowUp');
    assert(await pane.getByRole('radio', { name: 'Achieved expectations' }).isChecked(), 'arrow keys do not move the rating');
    await page.keyboard.press('Tab');
    const first = pane.getByRole('checkbox').first();
    assert(await first.evaluate((el) => document.activeElement === el), 'Tab from the rating did not reach the first descriptor');
    const was = await first.isChecked();
    await page.keyboard.press('Space');
    assert((await first.isChecked()) === !was, 'Space did not tick or untick the descriptor');
    await fits320();
    await axeClean('Rating');
    await page.locator('#theme-toggle').selectOption('high-contrast');
    await axeClean('Rating, high contrast');
    await page.locator('#theme-toggle').selectOption('light');
  });
}
