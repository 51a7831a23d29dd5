/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as fs from 'fs';
import * as path from 'path';
import { bundledFramework } from '../../src/core/framework/bundled';
import { createFakePort } from '../support/fake-port';
import { App, loadPaneParts } from '../../src/taskpane/App';
import { DRAFT_EDITION_KEY } from '../../src/taskpane/settings';

const framework = bundledFramework();
const stMarysDir = path.join(__dirname, '..', 'fixtures', 'editions', 'st-marys-2027');
const NEW_WORDING = 'Use the school’s assessment tracker to share progress information with parents and carers each term.';

beforeAll(async () => {
  // The pane loads the edition checker lazily (draft-edition.ts imports core/framework/load when files are chosen).
  // Load it here, and compile its schema validator once, so that no wait below includes loading modules: each ends
  // when the pane shows the outcome, after the check's own promises settle.
  await import('../../src/core/framework/load');
  const { validateAgainstSchema } = await import('../../src/core/framework/validate');
  expect(validateAgainstSchema(JSON.parse(fs.readFileSync(path.join(stMarysDir, 'edition.json'), 'utf8')), 'edition.json')).toEqual([]);
  Object.defineProperty(window, 'matchMedia', {
    value: (query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} }),
  });
});
beforeEach(() => localStorage.clear());

const { port } = createFakePort({ saved: 'Main pay range' });

/** The sample school edition's files as a user would choose them, with `change` applied to their text. */
function stMarysFiles(change: (name: string, text: string) => string = (_n, t) => t): File[] {
  return fs.readdirSync(stMarysDir).map((name) => new File([change(name, fs.readFileSync(path.join(stMarysDir, name), 'utf8'))], name, { type: 'application/json' }));
}

async function openSettings() {
  render(<App framework={framework} port={port} theme="light" />);
  await screen.findByText('Saved in this document.');
  fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
  return screen.getByLabelText('Edition files') as HTMLInputElement;
}

async function choose(input: HTMLInputElement, files: File[]) {
  await act(async () => {
    fireEvent.change(input, { target: { files } });
  });
}

const inUse = () => screen.getByTestId('edition-in-use').textContent;

describe('pane settings: the framework edition', () => {
  // Settings is loaded from its own script once the pane's first screen has painted; load it first.
  beforeAll(loadPaneParts);

  it('shows the bundled edition in use, with its title, and no Draft badge', async () => {
    await openSettings();
    expect(inUse()).toBe('Edition: hampshire@1.0');
    expect(screen.getByTestId('edition-title').textContent).toBe(framework.edition.title);
    expect(screen.queryByText('Draft')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Return to/ })).toBeNull();
  });

  it('tries a draft edition: checked, used by the tabs, kept for next time, and returned from', async () => {
    await choose(await openSettings(), stMarysFiles());
    await screen.findByText(/Now using the draft edition st-marys-2027@1\.0\. It is kept for you in this browser until you return to hampshire@1\.0\./);
    expect(inUse()).toBe('Edition: st-marys-2027@1.0Draft');
    expect(screen.getByTestId('edition-title').textContent).toMatch(/^St Mary’s Primary School edition 2027/);
    // The pane started afresh with the draft; focus is on the outcome, not lost.
    expect(document.activeElement?.textContent).toMatch(/^Now using the draft edition st-marys-2027@1\.0/);
    // The Descriptors tab now shows the draft's wording, including its new descriptor.
    fireEvent.change(screen.getByLabelText('Search descriptors'), { target: { value: 'assessment tracker' } });
    expect(await screen.findByText((_t, el) => el?.tagName === 'P' && el.textContent === NEW_WORDING)).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(DRAFT_EDITION_KEY) ?? '{}').edition.id).toBe('st-marys-2027');

    // A fresh pane (a reload) checks the kept draft again and uses it.
    const again = render(<App framework={framework} port={port} theme="light" />);
    await waitFor(() => expect(within(again.container).getByTestId('edition-in-use').textContent).toBe('Edition: st-marys-2027@1.0Draft'));
    again.unmount();

    fireEvent.click(screen.getByRole('button', { name: 'Return to hampshire@1.0' }));
    await screen.findByText('Now using hampshire@1.0, the edition this add-in was built with.');
    expect(inUse()).toBe('Edition: hampshire@1.0');
    expect(localStorage.getItem(DRAFT_EDITION_KEY)).toBeNull();
  });

  it('rejects a broken file, naming the file and JSON path, and keeps the edition in use', async () => {
    const input = await openSettings();
    await choose(
      input,
      stMarysFiles((name, text) => {
        if (name !== 'teachers-standards.json') return text;
        const ts = JSON.parse(text);
        ts.standards[1].subStandards[0].cells.MPR[2].id = 'TS2.1/MPR/1';
        return JSON.stringify(ts);
      }),
    );
    const alert = (await screen.findByText(/These files cannot be used, so the edition in use has not changed \(1 problem\)/)).parentElement as HTMLElement;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(within(alert).getByText(/^teachers-standards\.json: \/standards\/1\/subStandards\/0\/cells\/MPR\/2\/id: duplicate descriptor id "TS2\.1\/MPR\/1"/)).toBeTruthy();
    expect(inUse()).toBe('Edition: hampshire@1.0');
    expect(localStorage.getItem(DRAFT_EDITION_KEY)).toBeNull();
  });

  it('rejects malformed JSON, missing files, strangers and lineage breaks, listing each', async () => {
    const input = await openSettings();
    const files = stMarysFiles((name, text) => (name === 'career-stages.json' ? '{"kind": ' : text)).filter((f) => f.name !== 'edition.json');
    await choose(input, [...files, new File(['{}'], 'notes.json')]);
    await screen.findByText(/These files cannot be used/);
    expect(screen.getByText(/^career-stages\.json: \/: is not valid JSON/)).toBeTruthy();
    expect(screen.getByText(/^edition\.json: \/: is missing: choose it together with the other files/)).toBeTruthy();
    expect(screen.getByText(/^notes\.json: \/: is not one of an edition's files/)).toBeTruthy();

    await choose(
      input,
      stMarysFiles((name, text) => {
        if (name !== 'teachers-standards.json') return text;
        const ts = JSON.parse(text);
        ts.standards[0].subStandards[0].cells.ECT1.pop();
        return JSON.stringify(ts);
      }),
    );
    await screen.findByText(/^teachers-standards\.json: \/standards\/0\/subStandards\/0\/cells\/ECT1\/2: descriptor TS1\.1\/ECT1\/3 has been removed; retire it instead/);
    expect(inUse()).toBe('Edition: hampshire@1.0');
  });

  it('shows an edition’s text as text, never as markup', async () => {
    const input = await openSettings();
    const title = 'Oakwood <img src=x onerror="window.__pwned=1"> edition';
    await choose(
      input,
      stMarysFiles((name, text) => (name === 'edition.json' ? JSON.stringify({ ...JSON.parse(text), title }) : text)),
    );
    await screen.findByText(/Now using the draft edition/);
    expect(screen.getByTestId('edition-title').textContent).toBe(title);
    expect(document.querySelector('img')).toBeNull();
  });

  it('drops a kept draft that no longer passes, and says so', async () => {
    const kept = Object.fromEntries(
      fs.readdirSync(stMarysDir).map((name) => [
        { 'edition.json': 'edition', 'teachers-standards.json': 'teachersStandards', 'career-expectations.json': 'careerExpectations', 'career-stages.json': 'careerStages' }[name] as string,
        JSON.parse(fs.readFileSync(path.join(stMarysDir, name), 'utf8')),
      ]),
    );
    kept.edition.title = '';
    localStorage.setItem(DRAFT_EDITION_KEY, JSON.stringify(kept));
    render(<App framework={framework} port={port} theme="light" />);
    expect(screen.getByText('Loading your draft edition…')).toBeTruthy();
    await screen.findByText('Saved in this document.');
    expect(inUse()).toBe('Edition: hampshire@1.0');
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(screen.getByText(/The draft edition kept in this browser no longer passes the checks/)).toBeTruthy();
    expect(screen.getByText(/^edition\.json: \/title: must NOT have fewer than 1 characters/)).toBeTruthy();
    expect(localStorage.getItem(DRAFT_EDITION_KEY)).toBeNull();
  });
});
