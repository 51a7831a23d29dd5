/**
 * The preview page: the real task pane beside a sample review document, through the same DocumentPort.
 * It loads office.js from its own origin like the pane does (whenOfficeReady reports that this is not Word).
 */
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { bundledFramework } from '../core/framework/bundled';
import { createPreviewPort, previewPropertyKey } from '../document/preview/preview-port';
import { CAREER_STAGE_PROPERTY } from '../core/stage';
import { whenOfficeReady } from '../document/word/office-ready';
import type { DocumentPort } from '../document/port';
import { App } from '../taskpane/App';
import { settleCareerStageRead, startCareerStageRead, type EarlyCareerStageRead } from '../taskpane/shell/useCareerStage';
import { detectTheme, type ThemeKind } from '../taskpane/theme';
import { PREVIEW_CSS } from './preview.css';
import { SAMPLE_DOCUMENT_KEY, SAMPLE_REVIEW } from './sample-review';

const THEME_KEY = 'standards-companion:preview-theme';

/** The sample document is plain DOM, not React: it is the "document" the port edits, so React must not re-render it. */
function buildSampleDocument(): HTMLElement {
  const root = document.createElement('div');
  root.className = 'sample-document';
  root.contentEditable = 'true';
  root.spellcheck = false;
  root.setAttribute('role', 'textbox');
  root.setAttribute('aria-multiline', 'true');
  root.setAttribute('aria-label', 'Sample review document');
  root.id = 'sample-document';
  for (const p of SAMPLE_REVIEW) {
    const el = document.createElement(p.kind === 'heading' ? 'h2' : 'p');
    el.textContent = p.text;
    root.appendChild(el);
  }
  return root;
}

function initialTheme(): ThemeKind {
  const saved = localStorage.getItem(THEME_KEY);
  return saved === 'light' || saved === 'dark' || saved === 'high-contrast' ? saved : detectTheme(window);
}

function PreviewPage(props: { documentElement: HTMLElement; port: DocumentPort; careerStageRead: EarlyCareerStageRead }) {
  const { documentElement, port, careerStageRead } = props;
  const [theme, setTheme] = useState<ThemeKind>(initialTheme);
  const holder = useRef<HTMLElement>(null);
  useEffect(() => {
    holder.current?.appendChild(documentElement);
  }, [documentElement]);
  const changeTheme = (value: string) => {
    localStorage.setItem(THEME_KEY, value);
    setTheme(value as ThemeKind);
  };
  const reset = () => {
    localStorage.removeItem(previewPropertyKey(SAMPLE_DOCUMENT_KEY, CAREER_STAGE_PROPERTY));
    location.reload();
  };
  return (
    <div className="preview">
      <header className="preview-bar">
        <span className="name">Standards Companion preview: sample review document</span>
        <label>
          Pane theme
          <select id="theme-toggle" value={theme} onChange={(e) => changeTheme(e.target.value)}>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
            <option value="high-contrast">High contrast</option>
          </select>
        </label>
        <button type="button" onClick={reset}>
          Reset sample
        </button>
        <a href="check.html">Check a folder of reviews</a>
      </header>
      <div className="preview-main">
        <section className="preview-page" aria-label="Document" ref={holder} />
        <div className="preview-pane" id="pane">
          <App framework={careerStageRead.framework} port={port} theme={theme} careerStageRead={careerStageRead} />
        </div>
      </div>
    </div>
  );
}

// What needs no Office is done while office.js is still starting, as in the task pane: the sample document (the page's
// own content), indexing the bundled edition and the React root. Reading the document waits for Office.onReady, as
// the pane's does in Word.
const style = document.createElement('style');
style.textContent = PREVIEW_CSS;
document.head.appendChild(style);
const documentElement = buildSampleDocument();
const port = createPreviewPort({ root: documentElement, documentKey: SAMPLE_DOCUMENT_KEY, store: localStorage });
// The browser tests run the insertion scenarios the Word adapter runs on the Word fake through this same port
// (test/e2e/insertion-contract.mjs). The preview page is a demonstration page, never loaded inside Word.
(window as unknown as { standardsCompanionPreviewPort?: DocumentPort }).standardsCompanionPreviewPort = port;
const framework = bundledFramework();
const root = createRoot(document.getElementById('root') as HTMLElement);

async function start() {
  const careerStageRead = startCareerStageRead(framework, port);
  await settleCareerStageRead(careerStageRead);
  root.render(<PreviewPage documentElement={documentElement} port={port} careerStageRead={careerStageRead} />);
}

void whenOfficeReady().then(() => start());
