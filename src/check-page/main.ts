/**
 * HR's check page (dist/check.html): choose a folder or files, or drop them; the same checker as the CLI runs in Web
 * Workers with a progress bar; the CLI's HTML report is shown, and can be downloaded as HTML, JSON and two CSVs (one row
 * per review, one row per finding), each as the CLI's `check --format` makes it. Nothing
 * leaves the browser: the page makes no requests beyond its own scripts (its Content-Security-Policy is the pane's).
 */
import edition from '../../framework-data/edition.json';
import { filesToCheck, fromDrop, fromFileList, type ChosenFile } from './files';
import type { FileReport } from '../cli/report/model';
import type { FromWorker, ToWorker } from './messages';
import { checkInWorkers, workersFor, type WorkerLike } from './pool';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}.`);
  return found as T;
}

const ui = {
  edition: element('edition'),
  drop: element('drop'),
  chooseFolder: element<HTMLButtonElement>('choose-folder'),
  chooseFiles: element<HTMLButtonElement>('choose-files'),
  folderInput: element<HTMLInputElement>('folder-input'),
  filesInput: element<HTMLInputElement>('files-input'),
  progressPanel: element('progress-panel'),
  progress: element<HTMLProgressElement>('progress'),
  progressText: element('progress-text'),
  stop: element<HTMLButtonElement>('stop'),
  resultPanel: element('result-panel'),
  resultText: element('result-text'),
  report: element<HTMLIFrameElement>('report'),
  downloads: { html: element<HTMLButtonElement>('download-html'), csv: element<HTMLButtonElement>('download-csv'), findingsCsv: element<HTMLButtonElement>('download-findings-csv'), json: element<HTMLButtonElement>('download-json') },
};

const createWorker = (): Worker => new Worker(new URL('./check.worker.ts', import.meta.url), { name: 'standards-check' });

const number = new Intl.NumberFormat('en-GB');
const plural = (n: number, one: string, many = `${one}s`) => `${number.format(n)} ${n === 1 ? one : many}`;

/** Lays out a report's file sections only when they come into view (a CSS containment hint; nothing else changes). */
const LAZY_SECTIONS = 'section.file{content-visibility:auto;contain-intrinsic-size:auto 320px}';

let running: AbortController | null = null;
let rendered: { json: string; csv: string; findingsCsv: string; html: string; stamp: string } | null = null;

/** Redraws the progress bar at most once a frame, however fast the reports come in. */
function progressPainter(total: number): (done: number, last: string) => void {
  let pending: { done: number; last: string } | null = null;
  return (done, last) => {
    const first = pending === null;
    pending = { done, last };
    if (!first) return;
    requestAnimationFrame(() => {
      if (!pending) return;
      ui.progress.value = pending.done;
      ui.progressText.textContent = `Checked ${number.format(pending.done)} of ${plural(total, 'document')}${pending.last ? `: ${pending.last}` : ''}`;
      pending = null;
    });
  };
}

function render(reports: FileReport[]): Promise<Extract<FromWorker, { type: 'rendered' }>> {
  return new Promise((resolve, reject) => {
    const worker = createWorker();
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      if (event.data.type !== 'rendered') return;
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the report could not be made'));
    };
    worker.postMessage({ type: 'render', reports, generated: new Date().toISOString() } satisfies ToWorker);
  });
}

function setBusy(busy: boolean): void {
  ui.chooseFolder.disabled = busy;
  ui.chooseFiles.disabled = busy;
}

async function run(chosen: ChosenFile[]): Promise<void> {
  if (running) return;
  const files = filesToCheck(chosen);
  ui.resultPanel.hidden = true;
  if (files.length === 0) {
    ui.progressPanel.hidden = false;
    ui.progress.value = 0;
    ui.progressText.textContent = `No .docx files were found in what was chosen (${plural(chosen.length, 'file')}).`;
    ui.stop.hidden = true;
    return;
  }
  running = new AbortController();
  setBusy(true);
  ui.stop.hidden = false;
  ui.progressPanel.hidden = false;
  ui.progress.max = files.length;
  ui.progress.value = 0;
  ui.progressText.textContent = `Checking ${plural(files.length, 'document')}…`;
  const paint = progressPainter(files.length);
  // Marks and measures (standards-check:…) for the benchmark (bench/lib/check-page.mjs), kept in the page's own timeline.
  performance.clearMarks();
  performance.clearMeasures();
  performance.mark('standards-check:start');
  const started = performance.now();
  try {
    const reports = await checkInWorkers({
      // A File's size is asked for only when the file is about to be read: for a chosen folder without the sizes at
      // hand, each one is a call to the browser, and asking for 1,000 at once held the page's thread for half a second.
      files: files.map((f) => ({
        path: f.path,
        get size() {
          return f.file.size;
        },
        read: () => f.file.arrayBuffer(),
      })),
      workers: workersFor(files.length, navigator.hardwareConcurrency || 2),
      createWorker: () => createWorker() as unknown as WorkerLike,
      signal: running.signal,
      onReport: (index, _report, done) => paint(done, (files[index] as ChosenFile).path),
    });
    if (!reports) {
      ui.progressText.textContent = 'Stopped. Nothing was reported.';
      return;
    }
    performance.measure('standards-check:checked', 'standards-check:start');
    const seconds = (performance.now() - started) / 1000;
    ui.progressText.textContent = `Checked ${plural(reports.length, 'document')} in ${seconds.toFixed(1)} s. Making the report…`;
    const made = await render(reports);
    rendered = { ...made, stamp: new Date().toISOString().slice(0, 10) };
    ui.progressText.textContent = `Checked ${plural(reports.length, 'document')} in ${seconds.toFixed(1)} s.`;
    const unread = reports.filter((r) => r.error !== null).length;
    const withFindings = reports.filter((r) => r.error === null && r.findings.some((f) => f.severity !== 'info')).length;
    ui.resultText.textContent = `${plural(reports.length, 'document')} checked: ${number.format(withFindings)} with findings to look at${unread > 0 ? `, ${number.format(unread)} could not be read` : ''}.`;
    // Shown with each file's section laid out only when scrolled to (the downloads are the CLI's report as it is): a
    // report of 1,000 files laid out at once held the page's thread for most of a second.
    ui.report.srcdoc = made.html.replace('</head>', `<style>${LAZY_SECTIONS}</style></head>`);
    ui.resultPanel.hidden = false;
    performance.measure('standards-check:reported', 'standards-check:start');
  } catch (error) {
    ui.progressText.textContent = `The check could not finish: ${(error as Error).message}`;
  } finally {
    running = null;
    setBusy(false);
    ui.stop.hidden = true;
  }
}

/** Saves text as a file through the browser's own download (a blob URL: nothing is sent anywhere). */
function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

ui.downloads.html.addEventListener('click', () => rendered && download(rendered.html, 'text/html;charset=utf-8', `standards-check-${rendered.stamp}.html`));
ui.downloads.csv.addEventListener('click', () => rendered && download(rendered.csv, 'text/csv;charset=utf-8', `standards-check-${rendered.stamp}.csv`));
ui.downloads.findingsCsv.addEventListener('click', () => rendered && download(rendered.findingsCsv, 'text/csv;charset=utf-8', `standards-check-findings-${rendered.stamp}.csv`));
ui.downloads.json.addEventListener('click', () => rendered && download(rendered.json, 'application/json', `standards-check-${rendered.stamp}.json`));

ui.chooseFolder.addEventListener('click', () => ui.folderInput.click());
ui.chooseFiles.addEventListener('click', () => ui.filesInput.click());
for (const input of [ui.folderInput, ui.filesInput]) {
  input.addEventListener('change', () => {
    const chosen = fromFileList(input.files ?? []);
    input.value = '';
    void run(chosen);
  });
}
ui.stop.addEventListener('click', () => running?.abort());

ui.drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  ui.drop.classList.add('over');
});
ui.drop.addEventListener('dragleave', () => ui.drop.classList.remove('over'));
ui.drop.addEventListener('drop', (event) => {
  event.preventDefault();
  ui.drop.classList.remove('over');
  if (!event.dataTransfer || running) return;
  void fromDrop(event.dataTransfer).then(run, (error: Error) => {
    ui.progressPanel.hidden = false;
    ui.progressText.textContent = `What was dropped could not be read: ${error.message}`;
  });
});
// Dropping anywhere else must not open the file in the tab (and leave the page).
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => event.preventDefault());

ui.edition.textContent = `Standards Companion · checked against ${edition.title} (${edition.id}@${edition.version})`;
