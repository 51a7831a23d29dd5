/**
 * The task pane's entry in Word. office.js is loaded by the page before this bundle; Office.onReady tells us
 * whether we are inside Word. Outside Office the page says where to find the preview instead.
 */
import { createRoot } from 'react-dom/client';
import { bundledFramework } from '../core';
import { createWordPort } from '../document/word/word-port';
import { officeWordHost } from '../document/word/host';
import { runWordSelfTest } from '../document/word/self-test';
import { App } from './App';
import { detectTheme } from './theme';
import { settleCareerStageRead, startCareerStageRead } from './shell/useCareerStage';

const container = document.getElementById('root') as HTMLElement;

function officeBackground(): string | undefined {
  try {
    return Office.context.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined; // officeTheme is not available on every host
  }
}

void Office.onReady(async (info) => {
  if (info.host !== Office.HostType.Word) {
    container.textContent = 'Standards Companion runs inside Word. To try it in a browser, open preview.html from the same address.';
    return;
  }
  const host = officeWordHost();
  const port = createWordPort(host);
  const selfTest = () => runWordSelfTest(host, { platform: String(Office.context.diagnostics?.platform ?? ''), version: Office.context.diagnostics?.version ?? '' });
  const framework = bundledFramework();
  const careerStageRead = startCareerStageRead(framework, port);
  await settleCareerStageRead(careerStageRead);
  const root = createRoot(container);
  const render = () => root.render(<App framework={framework} port={port} theme={detectTheme(window, officeBackground())} careerStageRead={careerStageRead} selfTest={selfTest} />);
  render();
  window.matchMedia?.('(forced-colors: active)').addEventListener?.('change', render);
  window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', render);
});
