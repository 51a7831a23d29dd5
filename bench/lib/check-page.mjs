/* global window, document */
// The check page (dist/check.html) in headless Chromium: documents a second over a folder of generated reviews, from
// choosing the folder to every report in (the page's own "standards-check:checked" measure) and to the report shown,
// and the longest task on the page's main thread meanwhile (a frozen page would show one as long as the run): from the
// page's start mark (the files chosen, the check begun) to the report shown, and separately the task in which Chromium
// takes in the chosen folder's files, before the page's own code runs (native work the page cannot split).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../scripts/serve.mjs';
import { summary } from './stats.mjs';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Installed before the page's scripts: keeps every long task (over 50 ms) on the main thread. */
function longTaskProbe() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, end: e.startTime + e.duration, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

export async function measureCheckPage({ addinDir, folder, documents, runs = 3, chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium' }) {
  const { server, url } = await startStaticServer({ root: addinDir, port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'sc-bench-check-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, args: ARGS, viewport: { width: 1100, height: 900 } });
  await context.addInitScript(longTaskProbe);
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${url}/check.html`);
      await page.locator('#folder-input').setInputFiles(folder);
      await page.locator('#result-panel').waitFor({ state: 'visible', timeout: 600000 });
      const figures = await page.evaluate(() => ({
        checked: performance.getEntriesByName('standards-check:checked')[0]?.duration ?? null,
        reported: performance.getEntriesByName('standards-check:reported')[0]?.duration ?? null,
        // Tasks that start once the check has begun, to the report shown.
        longest: Math.max(0, ...window.__longTasks.filter((t) => t.start > performance.getEntriesByName('standards-check:start')[0].startTime).map((t) => t.duration)),
        // The task in which the page's check began: Chromium taking in the chosen files, then the page's change handler.
        choosing: window.__longTasks.find((t) => t.start <= performance.getEntriesByName('standards-check:start')[0].startTime && t.end >= performance.getEntriesByName('standards-check:start')[0].startTime)?.duration ?? 0,
        text: document.getElementById('result-text')?.textContent ?? '',
      }));
      if (errors.length) throw new Error(`check.html: ${errors.join('; ')}`);
      if (!figures.text.startsWith(`${documents.toLocaleString('en-GB')} documents checked`)) throw new Error(`check.html reported: ${figures.text}`);
      results.push(figures);
      await page.close();
    }
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return {
    documents,
    docsPerSecond: summary(results.map((r) => documents / (r.checked / 1000))),
    reportedMs: summary(results.map((r) => r.reported)),
    longestTaskMs: summary(results.map((r) => r.longest)),
    choosingTaskMs: summary(results.map((r) => r.choosing)),
  };
}
