/**
 * The task pane's entry in Word. office.js is loaded by the page before this bundle; the Word adapter's
 * whenOfficeReady tells us whether we are inside Word. Outside Office the page says where to find the preview instead.
 */
import { createRoot } from 'react-dom/client';
import { bundledFramework } from '../core';
import { createWordPort } from '../document/word/word-port';
import { officeWordHost } from '../document/word/host';
import { officeThemeBackground, whenOfficeReady } from '../document/word/office-ready';
import { App } from './App';
import { detectTheme } from './theme';
import { settleCareerStageRead, startCareerStageRead } from './shell/useCareerStage';

const container = document.getElementById('root') as HTMLElement;

void whenOfficeReady().then(async ({ inWord }) => {
  if (!inWord) {
    container.textContent = 'Standards Companion runs inside Word. To try it in a browser, open preview.html from the same address.';
    return;
  }
  const port = createWordPort(officeWordHost());
  const framework = bundledFramework();
  const careerStageRead = startCareerStageRead(framework, port);
  await settleCareerStageRead(careerStageRead);
  const root = createRoot(container);
  const render = () => root.render(<App framework={framework} port={port} theme={detectTheme(window, officeThemeBackground())} careerStageRead={careerStageRead} />);
  render();
  window.matchMedia?.('(forced-colors: active)').addEventListener?.('change', render);
  window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', render);
});
