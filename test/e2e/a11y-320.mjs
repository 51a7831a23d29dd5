/* global window, document, getComputedStyle */
// Accessibility of the BUILT preview page at the pane's 320 px, run by run.mjs: tab labels whole in every theme and
// under forced colours (Windows high contrast), hover and focus colours that contrast, search matches visible in
// forced colours, axe on every tab in light, dark and high contrast (hovering a tab too) with no serious or critical
// violation and no heading-order issue, the search box's Clear button reachable by Tab, the insert confirmation next
// to its button (and focus back on it after Dismiss), the chosen sub-standard readable, the Check tab naming its edition as id@version, and the HTML check report at 375 px.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WAIT } from './wait.mjs';

const THEMES = ['light', 'dark', 'high-contrast'];
const TABS = ['Descriptors', 'Objectives', 'Rating', 'Check'];

/** In the page: the WCAG contrast ratio of two computed colours (rgb()/rgba() strings, alpha ignored). */
function contrastInPage() {
  window.__contrast = (a, b) => {
    const lum = (c) => {
      const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
    return (x + 0.05) / (y + 0.05);
  };
}

export async function a11yScenario({ page, pane, check, assert, origin, AXE, ROOT }) {
  const open = async (theme, forced = false) => {
    await page.emulateMedia({ forcedColors: forced ? 'active' : 'none' });
    await page.goto(`${origin}/preview.html`);
    await page.locator('#theme-toggle').selectOption(theme);
    await page.getByLabel('Career stage').waitFor({ timeout: WAIT });
    await page.evaluate(contrastInPage);
  };
  const tab = (name) => pane.getByRole('tab', { name, exact: true });
  const axe = async (what) => {
    // A button's colours change with a short CSS transition (Fluent's Button, as a check ends or the pointer moves):
    // axe reads the colours as they are, so it waits for what the user sees once the transition has ended.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: WAIT });
    await page.evaluate(AXE);
    const found = await page.evaluate(async () => {
      const r = await window.axe.run(document.getElementById('pane'), { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, where: v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 100)}`).join(' || ') }));
    });
    const bad = found.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'heading-order');
    assert(bad.length === 0, `${what}: ${bad.map((v) => `${v.id}/${v.impact} at ${v.where}`).join('; ')}`);
  };

  try {
    for (const [theme, forced] of [...THEMES.map((t) => [t, false]), ['high-contrast', true]]) {
      const label = forced ? 'forced colours' : theme;
      await check(`320 px, ${label}: every tab label is whole, on one line inside the pane`, async () => {
        await open(theme, forced);
        for (const selected of TABS) {
          await tab(selected).click();
          const clipped = await pane.evaluate((el) => {
            const box = el.getBoundingClientRect();
            return [...el.querySelectorAll('[role="tab"]')]
              .filter((t) => {
                const r = t.getBoundingClientRect();
                return t.scrollWidth > t.clientWidth + 0.5 || r.left < box.left - 0.5 || r.right > box.right + 0.5;
              })
              .map((t) => t.textContent);
          });
          assert(clipped.length === 0, `with ${selected} selected, clipped: ${clipped.join(', ')}`);
          const rows = await pane.locator('[role="tab"]').evaluateAll((tabs) => new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top))).size);
          assert(rows === 1, `with ${selected} selected, the tabs take ${rows} lines`);
        }
      });

      await check(`320 px, ${label}: a hovered tab and a focused tab contrast with their background`, async () => {
        await tab('Descriptors').click();
        await tab('Rating').hover();
        const hover = await tab('Rating').evaluate((t) => {
          const s = getComputedStyle(t);
          let bg = s.backgroundColor;
          for (let n = t; bg === 'rgba(0, 0, 0, 0)' && n; n = n.parentElement) bg = getComputedStyle(n).backgroundColor;
          return { fg: s.color, bg, ratio: window.__contrast(s.color, bg) };
        });
        assert(hover.ratio >= 4.5, `hovered tab ${hover.fg} on ${hover.bg}: ${hover.ratio.toFixed(2)}:1`);
        await page.mouse.move(0, 0);
        await tab('Descriptors').focus();
        await page.keyboard.press('ArrowRight');
        const focus = await tab('Objectives').evaluate((t) => {
          const s = getComputedStyle(t);
          let bg = 'rgba(0, 0, 0, 0)';
          for (let n = t.parentElement; bg === 'rgba(0, 0, 0, 0)' && n; n = n.parentElement) bg = getComputedStyle(n).backgroundColor;
          return { focused: document.activeElement === t, outline: s.outlineStyle, colour: s.outlineColor, ratio: window.__contrast(s.outlineColor, bg) };
        });
        assert(focus.focused && focus.outline !== 'none', `no focus outline: ${JSON.stringify(focus)}`);
        assert(focus.ratio >= 3, `focus outline ${focus.colour}: ${focus.ratio.toFixed(2)}:1 against the pane`);
        await tab('Descriptors').click();
      });

      await check(`320 px, ${label}: search matches are highlighted with contrasting colours`, async () => {
        await page.getByLabel('Search descriptors').fill('behaviour');
        const marks = pane.locator('mark');
        await marks.first().waitFor({ timeout: WAIT });
        const m = await marks.first().evaluate((el) => {
          const s = getComputedStyle(el);
          const clear = (c) => /^rgba\(.*, 0\)$/.test(c);
          let around = 'rgba(0, 0, 0, 0)';
          for (let n = el.parentElement; clear(around) && n; n = n.parentElement) around = getComputedStyle(n).backgroundColor;
          return { fg: s.color, bg: s.backgroundColor, around, text: window.__contrast(s.color, s.backgroundColor), apart: window.__contrast(s.backgroundColor, around) };
        });
        assert(m.text >= 4.5, `match text ${m.fg} on ${m.bg}: ${m.text.toFixed(2)}:1`);
        if (theme === 'high-contrast') assert(m.apart >= 3, `match background ${m.bg} barely differs from ${m.around} (${m.apart.toFixed(2)}:1)`);
        await page.getByLabel('Search descriptors').fill('');
      });

      if (forced) continue;
      await check(`axe, ${label}: every tab, and a hovered tab, with no serious or critical violation and no heading-order issue`, async () => {
        for (const name of TABS) {
          await tab(name).click();
          // Tabs other than Descriptors load from their own script: check the tab, not its loading line.
          await pane.getByTestId('tab-loading').waitFor({ state: 'detached' });
          if (name === 'Check') {
            await pane.getByRole('button', { name: 'Run check' }).click();
            await pane.getByTestId('check-summary').waitFor({ timeout: WAIT });
          }
          await axe(`${name} tab`);
        }
        await tab('Descriptors').click();
        await pane.getByRole('button', { name: /^Standard 1:/ }).click();
        await tab('Objectives').hover();
        await axe('hovering the Objectives tab');
        await page.mouse.move(0, 0);
      });
    }
  } finally {
    await page.emulateMedia({ forcedColors: 'none' });
  }

  await check('the search box has a Clear button reached by Tab, which empties the box and returns to it', async () => {
    await open('light');
    const box = page.getByLabel('Search descriptors');
    await box.fill('pupils');
    await box.focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    assert(focused === 'Clear search', `Tab went to ${focused}`);
    await page.keyboard.press('Enter');
    assert((await box.inputValue()) === '', 'the search was not cleared');
    assert(await box.evaluate((el) => document.activeElement === el), 'focus did not return to the search box');
  });

  await check('the insert confirmation appears next to the button pressed, is announced, and Dismiss returns focus to it', async () => {
    await tab('Descriptors').click();
    await page.locator('#sample-document p').nth(5).click();
    await pane.getByRole('button', { name: /^Standard 3:/ }).click();
    const row = pane.locator('[data-descriptor-id^="TS3"]').last();
    const id = await row.getAttribute('data-descriptor-id');
    const button = pane.getByRole('button', { name: `Insert ${id}`, exact: true });
    await button.click();
    const note = pane.getByText(`Inserted ${id}.`);
    await note.waitFor({ timeout: WAIT });
    const where = await note.evaluate((el, sel) => {
      const b = document.querySelector(sel).getBoundingClientRect();
      const n = el.getBoundingClientRect();
      return { gap: Math.max(n.top - b.bottom, b.top - n.bottom), live: el.closest('[role="status"]') !== null };
    }, `#pane [data-descriptor-id="${id}"] button[aria-label="Insert ${id}"]`);
    assert(where.live, 'the confirmation is not in a live region');
    assert(where.gap < 80, `the confirmation is ${Math.round(where.gap)} px from the button`);
    await note.locator('xpath=..').getByRole('button', { name: 'Dismiss' }).click();
    assert(await button.evaluate((b) => document.activeElement === b), `focus went to ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`);
  });

  await check('Objectives at 320 px: the chosen sub-standard is written out in full', async () => {
    await tab('Objectives').click();
    const select = pane.getByLabel(/^Teachers[’'] Standard \(/);
    const chosen = await select.evaluate((el) => el.selectedOptions[0].textContent.trim());
    const described = await select.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    assert(described.includes(chosen), `"${chosen}" is not in the description: ${described}`);
    const hint = pane.getByText(chosen, { exact: true }).last();
    const cut = await hint.evaluate((el) => el.scrollWidth > el.clientWidth + 0.5 || el.getBoundingClientRect().right > document.getElementById('pane').getBoundingClientRect().right + 0.5);
    assert(!cut, 'the written-out sub-standard is cut');
  });

  await check('Check tab: the summary names the edition as id@version', async () => {
    await tab('Check').click();
    await pane.getByRole('button', { name: 'Run check' }).click();
    const summary = await pane.getByTestId('check-summary').innerText();
    assert(/^Checked against hampshire@1\.0, /.test(summary), summary);
  });

  await check('the HTML check report at 375 px: no sideways scroll, AA contrast, diffs marked by more than colour', async () => {
    const cli = join(ROOT, 'build', 'cli', 'src', 'cli', 'main.js');
    if (!existsSync(cli)) execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.cli.json')], { cwd: ROOT });
    const folder = mkdtempSync(join(tmpdir(), 'sc-report-'));
    const out = join(folder, 'report.html');
    try {
      execFileSync(process.execPath, [cli, 'check', '--format', 'html', '--out', out, join(ROOT, 'test', 'fixtures', 'docx', 'reviews')], { cwd: ROOT, stdio: 'pipe' });
    } catch (error) {
      if (error.status !== 1) throw error; // 1: findings, as expected
    }
    const html = readFileSync(out, 'utf8');
    rmSync(folder, { recursive: true, force: true });
    assert(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'/.test(html), 'no CSP meta');
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 375, height: 800 });
    try {
      await page.setContent(html);
      const width = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert(width[0] <= width[1], `the report is ${width[0]} px wide at ${width[1]} px`);
      await page.evaluate(AXE);
      const found = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}/${v.impact}`));
      assert(found.length === 0, `axe: ${found.join(', ')}`);
      const marks = await page.evaluate(() => ({
        del: [...document.querySelectorAll('td del')].map((e) => getComputedStyle(e).textDecorationLine),
        ins: [...document.querySelectorAll('td ins')].map((e) => getComputedStyle(e).textDecorationLine),
      }));
      assert(marks.del.length > 0 && marks.del.every((d) => d.includes('line-through')), `removed words: ${marks.del.join(', ')}`);
      assert(marks.ins.length > 0 && marks.ins.every((d) => d.includes('underline')), `added words: ${marks.ins.join(', ')}`);
    } finally {
      await page.setViewportSize(viewport);
    }
  });
}
