/* global window, document, getComputedStyle */
// The Objectives and Rating tabs on the BUILT preview page, run by run.mjs after its own scenarios: insert an objective
// across two sub-standards (with SMART placeholders), an area for development, an exceptional rationale (blocked
// without exceptional ticks, then inserted) and a pay recommendation into the sample document; check the document's
// text and tags against the previews, keyboard use, the 320 px layout and axe on both tabs. Screenshots go to
// test-results/objectives.png and rating.png (light; assets/screenshots/ too with UPDATE_SCREENSHOTS=1) and
// objectives-dark.png and rating-dark.png. The texts as inserted (these, a UPR 2/3 with TLR and a Headteacher route 2
// rationale, and an "Insert all" list) are written to test-results/issue13-texts.md, read from the sample document.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WAIT } from './wait.mjs';

export async function composeTabsScenario({ page, pane, check, assert, origin, AXE, OUT, ROOT }) {
  // The preview on screen (hidden drafts keep theirs mounted); `which` picks among those shown (the Rating tab has two).
  const previewText = (which = 0) =>
    pane.getByTestId('block-preview').evaluateAll((boxes, n) => boxes.filter((b) => b.offsetParent !== null).map((box) => [...box.querySelectorAll('p')].map((p) => p.textContent).join('\n'))[n], which);
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
  const screenshot = async (name, record = true) => {
    const file = join(OUT, `${name}.png`);
    await page.setViewportSize({ width: 1100, height: 2300 });
    await pane.evaluate((el) => (el.scrollTop = 0));
    await pane.screenshot({ path: file });
    await page.setViewportSize({ width: 1100, height: 900 });
    if (record && process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync(join(ROOT, 'assets', 'screenshots'), { recursive: true });
      copyFileSync(file, join(ROOT, 'assets', 'screenshots', `${name}.png`));
    }
  };

  const objective = page.locator('#sample-document div.tagged-block[data-tag^="tso:"]');
  const development = page.locator('#sample-document div.tagged-block[data-tag^="tsa:"]');
  const rationale = page.locator('#sample-document div.tagged-block[data-tag^="tsr:"]');
  const pay = page.locator('#sample-document div.tagged-block[data-tag^="tsp:"]');
  /** Blocks as inserted, read back from the sample document, for test-results/issue13-texts.md. */
  const captured = [];
  /** A block as inserted, for the log and the texts file: its tag, then its text, and which runs are placeholders. */
  const logBlock = async (what, locator) => {
    const tag = await locator.getAttribute('data-tag');
    const text = await blockText(locator);
    const placeholders = await locator.locator('span.placeholder-run').evaluateAll((els) => els.map((e) => e.textContent));
    captured.push({ what, tag, text, placeholders });
    console.log(`     ${what} as inserted (tag ${tag}):\n       ${text.split('\n').join('\n       ')}`);
  };

  await check('Objectives: one objective across two sub-standards, with a suggested measure and placeholders, inserted exactly as previewed', async () => {
    await page.goto(`${origin}/preview.html`);
    await page.locator('#theme-toggle').selectOption('light');
    await page.getByLabel('Career stage').selectOption('Main pay range');
    await pane.getByText('Saved in this document.').waitFor({ timeout: WAIT });
    const target = page.locator('#sample-document p').last();
    assert((await target.innerText()).trim() === '1.', `expected the "1." paragraph, got ${await target.innerText()}`);
    await target.click();
    await page.keyboard.press('End');
    await pane.getByRole('tab', { name: 'Objectives' }).click();
    await pane.getByText('This will be objective 1.').waitFor({ timeout: WAIT });
    const picker = pane.getByLabel('Teachers’ Standard (Main pay range)');
    await picker.selectOption('2.1');
    await pane.getByText('2.1 Accountability for pupils’ progress: Be accountable for pupils’ attainment, progress and outcomes.').waitFor({ timeout: WAIT });
    await pane.getByRole('group', { name: /^Descriptors of 2\.1/ }).getByRole('checkbox').nth(0).check();
    await picker.selectOption('6.3');
    await pane.getByRole('group', { name: /^Descriptors of 6\.3/ }).getByRole('checkbox').nth(0).check();
    await picker.selectOption('2.1');
    assert(await pane.getByRole('group', { name: /^Descriptors of 2\.1/ }).getByRole('checkbox').nth(0).isChecked(), 'the 2.1 tick was lost when switching');
    await pane.getByText('Ticked: 2.1 (1), 6.3 (1).').waitFor({ timeout: WAIT });
    await pane.getByRole('button', { name: /^Add to success criteria: Pupil progress meetings/ }).click();
    await pane.getByLabel('Timescale and review date').fill('By July 2026, reviewed in February 2026');
    const warnings = pane.getByRole('region', { name: 'Check before inserting' });
    const warned = await warnings.innerText();
    assert(warned.includes('Not yet filled in: support and CPD and evidence.') || warned.includes('Not yet filled in: support and CPD, and evidence.'), `missing parts: ${warned}`);
    const preview = await previewText();
    assert(preview.startsWith('Objective 1: Accountability for pupils’ progress and using data to set targets (Teachers’ Standards 2.1 and 6.3)'), `preview: ${preview.slice(0, 120)}`);
    const insert = pane.getByRole('button', { name: /^Insert objective \d+$/ });
    assert((await insert.getAttribute('aria-disabled')) === null, 'missing SMART parts blocked Insert');
    await insert.click();
    await objective.waitFor({ timeout: WAIT });
    await pane.getByText('Inserted objective 1.').waitFor({ timeout: WAIT });
    assert((await objective.getAttribute('data-tag')) === 'tso:TS2.1/MPR/1,TS6.3/MPR/1', `tag ${await objective.getAttribute('data-tag')}`);
    assert((await objective.getAttribute('title')) === 'Objective 1 · TS 2.1, 6.3 · Main pay range', `title ${await objective.getAttribute('title')}`);
    const inDoc = await blockText(objective);
    assert(inDoc === preview, `document and preview differ:\n${inDoc}\n---\n${preview}`);
    const placeholders = await objective.locator('span.placeholder-run').evaluateAll((els) => els.map((e) => ({ text: e.textContent, style: getComputedStyle(e).fontStyle })));
    assert(placeholders.length === 2 && placeholders.every((p) => /^\[.+\]$/.test(p.text) && p.style === 'italic'), `placeholders: ${JSON.stringify(placeholders)}`);
    assert((await objective.locator('strong').count()) >= 6, 'labels are not bold');
    // The cursor was on the empty "1. " line: the objective takes its place, and no stray "1." is left.
    const placed = await objective.evaluate((div) => div.previousElementSibling?.textContent);
    assert(placed === 'Objectives for next year', `the objective did not take the place of the empty "1." line: it follows ${placed}`);
    const stray = await page.evaluate(() => [...document.querySelectorAll('#sample-document p')].some((p) => p.textContent.trim() === '1.'));
    assert(!stray, 'a stray "1." is left in the document');
    assert(await insert.evaluate((b) => document.activeElement === b), 'focus left the Insert button');
    await pane.getByText('This will be objective 2.').waitFor({ timeout: WAIT });
    await logBlock('MPR objective across two sub-standards', objective);
  });

  await check('Objectives: keyboard only, 320 px without horizontal scroll, axe clean (light, dark); screenshots', async () => {
    await pane.getByRole('tab', { name: 'Objectives' }).focus();
    const reached = new Set();
    for (let i = 0; i < 80; i += 1) {
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
    assert(list.some((n) => n.startsWith('BUTTON:Add to success criteria')), `suggestions not reached: ${list.join(' | ')}`);
    assert(list.some((n) => n.startsWith('BUTTON:Insert objective')), 'Insert not reached');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('Book looks');
    assert((await pane.getByLabel('Linked school priority (optional)').inputValue()).endsWith('Book looks'), 'typing into the last field did not work');
    await pane.getByLabel('Linked school priority (optional)').fill('');
    await fits320();
    await axeClean('Objectives');
    await screenshot('objectives');
    await page.locator('#theme-toggle').selectOption('dark');
    await axeClean('Objectives, dark');
    await screenshot('objectives-dark', false);
    await page.locator('#theme-toggle').selectOption('light');
  });

  await check('Objectives: an area for development from the same ticks, inserted as a tsa: block with placeholders', async () => {
    await pane.getByRole('radio', { name: 'Area for development' }).check();
    await pane.getByText('This will be area for development 1.').waitFor({ timeout: WAIT });
    await pane.getByLabel('Evidence that this is not yet consistent').fill('Pupil progress meetings in October and January: two groups not tracked.');
    const preview = await previewText();
    assert(preview.startsWith('Area for development: '), `preview: ${preview.slice(0, 80)}`);
    await page.locator('#sample-document h2').last().click();
    await pane.getByRole('button', { name: 'Insert area for development 1' }).click();
    await development.waitFor({ timeout: WAIT });
    await pane.getByText('Inserted area for development 1.').waitFor({ timeout: WAIT });
    assert((await development.getAttribute('data-tag')) === 'tsa:TS2.1/MPR/1,TS6.3/MPR/1', `tag ${await development.getAttribute('data-tag')}`);
    assert((await blockText(development)) === preview, `document and preview differ:\n${await blockText(development)}\n---\n${preview}`);
    assert((await development.locator('span.placeholder-run').count()) === 2, 'support and review date are not placeholders');
    await logBlock('Area for development', development);
    await pane.getByRole('radio', { name: 'Objective' }).check();
  });

  await check('Rating: exceptional is blocked without both kinds of tick (reason shown), then inserted exactly as previewed, tagged tsr:', async () => {
    await pane.getByRole('tab', { name: 'Rating' }).click();
    await pane.getByRole('radio', { name: 'Exceptional performance' }).check();
    const insert = pane.getByRole('button', { name: 'Insert rating rationale' });
    assert((await insert.getAttribute('aria-disabled')) === 'true', 'Insert is enabled with nothing ticked');
    await pane.getByRole('group', { name: /^Exceptional performance: the descriptors/ }).getByRole('checkbox').first().check();
    const reason = pane.getByRole('note').filter({ hasText: 'Cannot be inserted yet.' });
    assert((await reason.innerText()).includes('Ticked so far: 0 Achieved expectations, 1 Exceptional performance.'), `reason: ${await reason.innerText()}`);
    assert((await insert.getAttribute('aria-disabled')) === 'true', 'Insert is enabled without an achieved tick');
    await insert.click({ force: true });
    assert((await rationale.count()) === 0, 'a blocked rationale went in');
    await screenshot('rating');
    await page.locator('#theme-toggle').selectOption('dark');
    await axeClean('Rating, blocked, dark');
    await screenshot('rating-dark', false);
    await page.locator('#theme-toggle').selectOption('light');
    await pane.getByRole('group', { name: /^Achieved expectations: the ones achieved/ }).getByRole('checkbox').first().check();
    await reason.waitFor({ state: 'detached', timeout: WAIT });
    await pane.getByRole('textbox', { name: /^Evidence note: / }).first().fill('Seen in two observations & a <i>book look</i>');
    await pane.getByLabel('Overall note (optional)').fill('A strong year.');
    const preview = await previewText();
    await page.locator('#sample-document h2').last().click();
    await insert.click();
    await rationale.waitFor({ timeout: WAIT });
    await pane.getByText('Inserted the rating rationale (Exceptional performance).').waitFor({ timeout: WAIT });
    assert((await rationale.getAttribute('data-tag')) === 'tsr:MPR/exceptional', `tag ${await rationale.getAttribute('data-tag')}`);
    const inDoc = await blockText(rationale);
    assert(inDoc === preview, `document and preview differ:\n${inDoc}\n---\n${preview}`);
    assert((await rationale.locator('i').count()) === 0, 'user text became markup');
    await logBlock('Exceptional rationale (MPR)', rationale);
  });

  await check('Rating: a pay recommendation inserted as its own tsp: block; progression with Not meeting expectations refused', async () => {
    const section = pane.getByRole('region', { name: 'Pay recommendation' });
    const insert = section.getByRole('button', { name: 'Insert pay recommendation' });
    await section.getByRole('radio', { name: 'Progress to the next point or range' }).check();
    await pane.getByRole('radio', { name: 'Not meeting expectations' }).check();
    await section.getByText(/Pay progression cannot be recommended with a rating of Not meeting expectations/).waitFor({ timeout: WAIT });
    assert((await insert.getAttribute('aria-disabled')) === 'true', 'progression with Not meeting expectations is not refused');
    await pane.getByRole('radio', { name: 'Exceptional performance' }).check();
    await section.getByLabel('Reviewer’s note').fill('All three objectives met or exceeded; see the rating rationale.');
    const preview = await previewText(1);
    await page.locator('#sample-document h2').last().click();
    await insert.click();
    await pay.waitFor({ timeout: WAIT });
    await pane.getByText('Inserted the pay recommendation (Progress to the next point or range).').waitFor({ timeout: WAIT });
    assert((await pay.getAttribute('data-tag')) === 'tsp:MPR/progress', `tag ${await pay.getAttribute('data-tag')}`);
    assert((await blockText(pay)) === preview, `document and preview differ:\n${await blockText(pay)}\n---\n${preview}`);
    const tags = await page.locator('#sample-document .tagged-block').evaluateAll((els) => els.map((e) => e.getAttribute('data-tag')));
    for (const t of ['tso:TS2.1/MPR/1,TS6.3/MPR/1', 'tsa:TS2.1/MPR/1,TS6.3/MPR/1', 'tsr:MPR/exceptional', 'tsp:MPR/progress']) assert(tags.includes(t), `tags: ${tags.join(', ')}`);
    await logBlock('Pay recommendation', pay);
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

  await check('Rating: exceptional rationales for UPR 2/3 with TLR and for a Headteacher (route 2), inserted as previewed', async () => {
    // A rationale is one block per document in practice; here each goes in after the last heading, for the texts file.
    const exceptional = async (stage, role, routeLabel) => {
      await pane.getByRole('tab', { name: 'Descriptors' }).click();
      await page.getByLabel('Career stage').selectOption(stage);
      await pane.getByText('Saved in this document.').waitFor({ timeout: WAIT });
      await pane.getByRole('tab', { name: 'Rating' }).click();
      await pane.getByRole('radio', { name: 'Exceptional performance' }).check();
      if (routeLabel) await pane.getByRole('radio', { name: routeLabel }).check();
      const achieved = pane.getByRole('group', { name: /^Achieved expectations: the ones achieved/ }).getByRole('checkbox');
      const shown = pane.getByRole('group', { name: /^Exceptional performance.*: the descriptors the evidence shows/ }).getByRole('checkbox');
      // The first two achieved, the first and the last of the rating's (for the Headteacher's route 2, one of its examples).
      for (const box of [achieved.nth(0), achieved.nth(1), shown.nth(0), shown.last()]) await box.check();
      await pane.getByTestId('block-preview').filter({ hasText: `Overall rating: Exceptional performance (${stage}).` }).first().waitFor({ timeout: WAIT });
      const preview = await previewText();
      await page.locator('#sample-document h2').last().click();
      await pane.getByRole('button', { name: 'Insert rating rationale' }).click();
      const block = page.locator(`#sample-document div.tagged-block[data-tag="tsr:${role}/exceptional"]`);
      await block.waitFor({ timeout: WAIT });
      assert((await blockText(block)) === preview, `document and preview differ:\n${await blockText(block)}\n---\n${preview}`);
      await logBlock(`Exceptional rationale (${stage}${routeLabel ? ', route 2' : ''})`, block);
    };
    await exceptional('UPR 2/3 with TLR', 'UPR-TLR', null);
    await exceptional('Headteacher', 'HT', 'Objectives met, with exceptional performance in additional ways');
  });

  await check('Descriptors: Insert all as one bulleted list with one reference; the texts as inserted written to test-results/issue13-texts.md', async () => {
    await pane.getByRole('tab', { name: 'Descriptors' }).click();
    await page.getByLabel('Career stage').selectOption('Main pay range');
    await pane.getByText('Saved in this document.').waitFor({ timeout: WAIT });
    await page.locator('#sample-document h2').last().click();
    await pane.getByRole('button', { name: /^Standard 7:/ }).click();
    await pane.getByRole('button', { name: /^Insert all \d+ descriptors of Standard 7\.1$/ }).first().click();
    await pane.getByText(/^Inserted \d+ descriptors? of Standard 7\.1\./).waitFor({ timeout: WAIT });
    const list = await page.locator('#sample-document ul.descriptor-list').last().evaluate((ul) => ({
      items: [...ul.querySelectorAll('li')].map((li) => ({ tag: li.querySelector('.tagged-block')?.dataset.tag ?? '', text: li.textContent })),
      reference: ul.nextElementSibling?.tagName === 'P' ? ul.nextElementSibling.textContent : null,
    }));
    assert(list.items.length > 0 && list.items.every((i) => i.tag.startsWith('tsd:TS7.1/MPR/')), `items: ${JSON.stringify(list.items)}`);
    assert(list.reference === '(Teachers’ Standard 7.1, Main pay range)', `reference: ${list.reference}`);
    const block = (c) =>
      [`## ${c.what}`, '', `Tag \`${c.tag}\`.${c.placeholders.length ? ` Placeholders (italic grey #595959): ${c.placeholders.map((p) => `“${p}”`).join(', ')}.` : ''}`, '', '```text', c.text, '```', ''].join('\n');
    const listText = [
      '## “Insert all”: Teachers’ Standard 7.1, Main pay range',
      '',
      `A bulleted list (the bullets are the list’s own, not text), one item per descriptor, each in its own block (${list.items.map((i) => `\`${i.tag}\``).join(', ')}), then the reference in a paragraph of its own:`,
      '',
      '```text',
      ...list.items.map((i) => `• ${i.text}`),
      list.reference,
      '```',
      '',
    ].join('\n');
    const file = join(OUT, 'issue13-texts.md');
    writeFileSync(
      file,
      [
        '# Issue 13: the texts exactly as inserted in the preview page',
        '',
        'Read back from the preview page’s sample document by the browser tests (test/e2e/compose-tabs.mjs) after each insertion; bold labels and italic placeholders are shown as plain text.',
        '',
        ...captured.map(block),
        listText,
      ].join('\n'),
    );
    console.log(`     texts written to ${file}`);
  });
}
