/**
 * The task pane's entry in Word. office.js is loaded by the page before this bundle; the Word adapter's
 * whenOfficeReady tells us whether we are inside Word. Outside Office the page says where to find the preview instead.
 */
import { createRoot } from 'react-dom/client';
import { bundledFramework } from '../core';
import { createWordPort } from '../document/word/word-port';
import { officeWordHost } from '../document/word/host';
import { officeEnvironment, runWordSelfTest } from '../document/word/self-test';
import { officeThemeBackground, whenOfficeReady } from '../document/word/office-ready';
import { App } from './App';
import { detectTheme } from './theme';
import { settleCareerStageRead, startCareerStageRead } from './shell/useCareerStage';

const container = document.getElementById('root') as HTMLElement;
// What needs no Office is done while office.js is still starting: indexing the bundled edition (2–4 ms), and the
// React root (which sets up its event listeners). Only reading the document waits for Office.onReady.
const framework = bundledFramework();
const root = createRoot(container);

void whenOfficeReady().then(async ({ inWord }) => {
  if (!inWord) {
    root.unmount();
    container.textContent = 'Standards Companion runs inside Word. To try it in a browser, open preview.html from the same address.';
    return;
  }
  const host = officeWordHost();
  const port = createWordPort(host);
  const selfTest = () => runWordSelfTest(host, officeEnvironment());
  const careerStageRead = startCareerStageRead(framework, port);
  await settleCareerStageRead(careerStageRead);
  const render = () => root.render(<App framework={framework} port={port} theme={detectTheme(window, officeThemeBackground())} careerStageRead={careerStageRead} selfTest={selfTest} />);
  render();
  window.matchMedia?.('(forced-colors: active)').addEventListener?.('change', render);
  window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', render);
});
