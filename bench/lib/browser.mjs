/* global window, document, requestAnimationFrame, MutationObserver */
// Browser figures, in headless Debian Chromium driven by playwright-core, with the real office.js served from the
// page's own origin (scripts/serve.mjs), the HTTP cache disabled and a fresh profile.
//   pane ready:   navigation start → the first frame after the ready state is in the DOM: for the preview, the
//                 Descriptors tab showing the detected stage's standards (its first screen: "Standard 1: …" and
//                 the others, collapsed); for the baseline, its button
//   stage switch: the Career stage picker's input event → the first frame after the new stage's descriptor rows are
//                 in the DOM, with every standard expanded (the most the tab re-renders)
//   tab switch:   a tab's click → the first frame after its panel is in the DOM with its content (not its loading
//                 line): "first" is Objectives clicked as soon as the pane is ready (its script may still be loading),
//                 "later" is every tab in turn once the pane has settled
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../scripts/serve.mjs';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const READY = { '/preview.html': 'pane', '/baseline.html': 'baseline' };

/** Installed before any page script: records when the page's ready state first reaches the screen. */
export function readyProbe(kinds) {
  const kind = kinds[window.location.pathname];
  if (!kind) return;
  const isReady = () => {
    if (kind === 'baseline') return document.querySelector('[data-bench-ready]') !== null;
    const pane = document.getElementById('pane');
    const picker = pane?.querySelector('select');
    const standards = [...(pane?.querySelectorAll('button') ?? [])].filter((b) => /^Standard \d+:/.test(b.textContent ?? ''));
    return Boolean(picker?.value) && standards.length > 0;
  };
  window.__benchReady = new Promise((resolve) => {
    const seen = () => {
      if (!isReady()) return false;
      requestAnimationFrame(() => resolve(performance.now()));
      return true;
    };
    const observer = new MutationObserver(() => seen() && observer.disconnect());
    observer.observe(document, { childList: true, subtree: true });
  });
  try {
    window.localStorage.clear(); // every load starts as a first visit: the stage comes from the sample document
  } catch {
    // storage may be unavailable; nothing to clear then
  }
}

/** Clicks a tab and resolves with the time from the click to the first frame showing its content. */
async function timeTab(page, name) {
  const timing = page.evaluate((tabName) => {
    const tab = [...document.querySelectorAll('#pane [role="tab"]')].find((t) => t.textContent === tabName);
    return new Promise((resolve) => {
      let start;
      const done = () => {
        const panel = document.querySelector(`#pane [role="tabpanel"][aria-labelledby="${tab.id}"]`);
        return panel && panel.childElementCount > 0 && !panel.querySelector('[data-testid="tab-loading"]');
      };
      const observer = new MutationObserver(() => {
        if (start === undefined || !done()) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - start));
      });
      observer.observe(document.getElementById('pane'), { childList: true, subtree: true, attributes: true });
      tab.addEventListener('click', () => (start = performance.now()), { capture: true, once: true });
    });
  }, name);
  await page.getByRole('tab', { name, exact: true }).click();
  return timing;
}

export async function openPage(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  const ready = await page.evaluate(() => window.__benchReady);
  // When the page's scripts had been fetched and run (office.js, then the deferred bundle): the rest is first render.
  const scripts = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0);
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  return { page, ready, scripts };
}

export async function measureBrowser({ addinDir, baselineDir, runs = 9, switches = 12, chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium' }) {
  const addin = await startStaticServer({ root: addinDir, port: 0 });
  const baseline = await startStaticServer({ root: baselineDir, port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'sc-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, args: ARGS, viewport: { width: 1100, height: 900 } });
  await context.addInitScript(readyProbe, READY);
  const paneReady = [];
  const baselineReady = [];
  const paneScripts = [];
  const baselineScripts = [];
  const switchTimes = [];
  const tabFirst = [];
  const tabLater = [];
  try {
    // One discarded load of each warms the browser process, not the pages (the HTTP cache stays off).
    for (let i = -1; i < runs; i++) {
      const order = i % 2 ? ['pane', 'baseline'] : ['baseline', 'pane'];
      for (const which of order) {
        const { page, ready, scripts } = await openPage(context, which === 'pane' ? `${addin.url}/preview.html` : `${baseline.url}/baseline.html`);
        if (i >= 0) (which === 'pane' ? paneReady : baselineReady).push(ready);
        if (i >= 0) (which === 'pane' ? paneScripts : baselineScripts).push(scripts);
        if (i >= 0 && which === 'pane') tabFirst.push(await timeTab(page, 'Objectives'));
        await page.close();
      }
    }
    const { page } = await openPage(context, `${addin.url}/preview.html`);
    // Every tab loaded (once the first screen has painted, the pane loads the others' scripts), then each in turn.
    await page.locator('#pane [data-testid="settings"]').waitFor();
    // The first round is a warm-up (a script still loading would be the "first" figure's case).
    for (let round = 0; round < 4; round++) {
      for (const name of ['Objectives', 'Rating', 'Check', 'Descriptors']) {
        const took = await timeTab(page, name);
        if (round > 0) tabLater.push({ tab: name, ms: took });
      }
    }
    const picker = page.getByLabel('Career stage');
    // Expand every standard, so a switch re-renders every descriptor row of the stage.
    // A leadership role has no standards to show; coming back from one, the standards start collapsed again.
    const expandAll = async () => {
      const collapsed = page.locator('#pane button[aria-expanded="false"]').filter({ hasText: /^Standard \d+:/ });
      for (let n = await collapsed.count(); n > 0; n = await collapsed.count()) await collapsed.first().click();
    };
    await expandAll();
    await page.locator('#pane [data-descriptor-id]').first().waitFor();
    const stages = await picker.locator('option').evaluateAll((options) => options.map((o) => o.value).filter(Boolean));
    let current = await picker.inputValue();
    for (let i = 0; switchTimes.length < switches && i < switches * 6; i++) {
      const next = stages[(stages.indexOf(current) + 1) % stages.length];
      if (next === current) continue;
      await page.evaluate(() => {
        const ids = () => [...document.querySelectorAll('#pane [data-descriptor-id]')].map((e) => e.getAttribute('data-descriptor-id')).join(' ');
        const before = ids();
        window.__benchSwitchSame = () => ids() === before;
        window.__benchSwitch = new Promise((resolve) => {
          let start;
          document.addEventListener('input', () => (start = performance.now()), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            const now = ids();
            if (start === undefined || now === before) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve({ ms: performance.now() - start, rows: now === '' ? 0 : now.split(' ').length }));
          });
          observer.observe(document.getElementById('pane'), { childList: true, subtree: true, attributes: true, attributeFilter: ['data-descriptor-id'] });
        });
      });
      await picker.selectOption(next);
      const result = await Promise.race([page.evaluate(() => window.__benchSwitch), new Promise((resolve) => setTimeout(() => resolve(null), 1000))]);
      if (result === null) {
        // Stages such as "Main pay range" and "Main pay range with TLR" share their descriptors: nothing to re-render.
        if (!(await page.evaluate(() => window.__benchSwitchSame()))) throw new Error(`switching from ${current} to ${next} did not finish within 1 s`);
      } else if (i > 0) switchTimes.push({ ...result, from: current, to: next }); // the first switch is a warm-up
      current = next;
      await expandAll();
    }
    await page.close();
  } finally {
    await context.close();
    addin.server.close();
    baseline.server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return { paneReady, baselineReady, paneScripts, baselineScripts, switchTimes, tabFirst, tabLater };
}
