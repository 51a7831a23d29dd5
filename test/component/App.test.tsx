/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { bundledFramework } from '../../src/core/framework/bundled';
import { DocumentError, type DocumentPort } from '../../src/document/port';
import { App } from '../../src/taskpane/App';
import { settleCareerStageRead, startCareerStageRead } from '../../src/taskpane/shell/useCareerStage';
import { loadFrameworkFolder } from '../../src/cli/framework-folder';
import * as path from 'path';
import { createFakePort, type FakePortOptions } from '../support/fake-port';

const framework = bundledFramework();

beforeAll(() => {
  Object.defineProperty(window, 'matchMedia', {
    value: (query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} }),
  });
});
beforeEach(() => localStorage.clear());

/** The test document, with the descriptor insertions and career-stage saves it received. */
function fakePort(options: FakePortOptions = {}, overrides: Partial<DocumentPort> = {}) {
  const { port, calls } = createFakePort(options);
  return { port: { ...port, ...overrides }, calls: calls.insertBlocks, lists: calls.insertDescriptorList, saves: calls.saves };
}

const renderApp = (port: DocumentPort) => render(<App framework={framework} port={port} theme="light" />);

describe('task pane: the career stage read before the first render', () => {
  it('opens with the stage and its standards in the first render when the read has come', async () => {
    const { port } = fakePort({ saved: 'UPR 1' });
    const read = startCareerStageRead(framework, port);
    await settleCareerStageRead(read, 150);
    expect(read.result?.careerStage?.name).toBe('UPR 1');
    render(<App framework={framework} port={port} theme="light" careerStageRead={read} />);
    // No waiting: the first render already has the stage, so nothing says "Reading the document…".
    expect((screen.getByLabelText('Career stage') as HTMLSelectElement).value).toBe('UPR 1');
    expect(screen.getByText('Saved in this document.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Standard 1:/ })).toBeTruthy();
  });

  it('paints the first screen first: insert options, settings and the ratings under the standards come a frame later', async () => {
    const { port } = fakePort({ saved: 'UPR 1' });
    const read = startCareerStageRead(framework, port);
    await settleCareerStageRead(read, 150);
    render(<App framework={framework} port={port} theme="light" careerStageRead={read} />);
    expect(screen.getByRole('button', { name: /^Standard 1:/ })).toBeTruthy();
    expect(screen.queryByText('Insert options')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Settings' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Ratings:/ })).toBeNull();
    expect(await screen.findByText('Insert options')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Settings' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Ratings:/ })).toBeTruthy();
  });

  it('shows a headteacher’s ratings in the first render, as they have no standards column', async () => {
    const { port } = fakePort({ saved: 'Headteacher' });
    const read = startCareerStageRead(framework, port);
    await settleCareerStageRead(read, 150);
    render(<App framework={framework} port={port} theme="light" careerStageRead={read} />);
    expect(screen.getByRole('button', { name: /^Ratings:/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Standard 1:/ })).toBeNull();
  });

  it('opens with "Reading the document…" when the read is slow, then shows the stage when it comes', async () => {
    let answer: (value: { name: string; storedIn: 'document-property' }) => void = () => undefined;
    const { port } = fakePort({}, { readCareerStage: () => new Promise((resolve) => (answer = resolve)) });
    const read = startCareerStageRead(framework, port);
    await settleCareerStageRead(read, 5);
    expect(read.result).toBeNull();
    render(<App framework={framework} port={port} theme="light" careerStageRead={read} />);
    expect(screen.getByText('Reading the document…')).toBeTruthy();
    expect((screen.getByLabelText('Career stage') as HTMLSelectElement).disabled).toBe(true);
    await act(async () => answer({ name: 'UPR 1', storedIn: 'document-property' }));
    await screen.findByText('Saved in this document.');
    expect((screen.getByLabelText('Career stage') as HTMLSelectElement).value).toBe('UPR 1');
  });

  it('reads again when the pane starts with another edition than the read was for', async () => {
    const stMarys = loadFrameworkFolder(path.join(__dirname, '..', 'fixtures', 'editions', 'st-marys-2027'));
    const { port } = fakePort({ saved: 'Main pay range' });
    const read = startCareerStageRead(framework, port);
    await settleCareerStageRead(read, 150);
    render(<App framework={stMarys} port={port} theme="light" careerStageRead={read} />);
    expect(screen.getByText('Reading the document…')).toBeTruthy();
    await screen.findByText('Saved in this document.');
    expect((screen.getByLabelText('Career stage') as HTMLSelectElement).value).toBe('Main pay range');
  });
});

describe('task pane', () => {
  it('detects the stage from the document text, then saves the stage the user picks', async () => {
    const { port, saves } = fakePort({ text: "Teacher: [Teacher's name]\nCareer stage: Main pay range" });
    renderApp(port);
    await screen.findByText(/Detected from the document/);
    const picker = screen.getByLabelText('Career stage') as HTMLSelectElement;
    expect(picker.value).toBe('Main pay range');
    expect(saves).toEqual([]);
    fireEvent.change(picker, { target: { value: 'UPR 1' } });
    await screen.findByText('Saved in this document.');
    expect(saves).toEqual(['UPR 1']);
  });

  it('asks for the stage when the document has none and names none', async () => {
    renderApp(fakePort().port);
    await screen.findByText(/Choose the teacher’s career stage/);
    expect(screen.getByText(/Choose the career stage above/)).toBeTruthy();
  });

  it('inserts a descriptor with its reference, tag and title, and confirms without moving focus', async () => {
    const { port, calls } = fakePort({ saved: 'Main pay range' });
    renderApp(port);
    await screen.findByText('Saved in this document.');
    fireEvent.click(screen.getByRole('button', { name: /^Standard 2:/ }));
    const button = await screen.findByRole('button', { name: 'Insert TS2.1/MPR/1' });
    button.focus();
    await act(async () => fireEvent.click(button));
    expect(calls).toHaveLength(1);
    const [block] = calls[0]!.blocks;
    expect(block).toMatchObject({ tag: 'tsd:TS2.1/MPR/1', title: 'TS 2.1 · Main pay range' });
    expect(block!.text.endsWith("(Teachers’ Standard 2.1, Main pay range)")).toBe(true);
    expect(calls[0]!.options).toEqual({ mode: 'after-selection', asPlainText: false, edition: 'hampshire@1.0' });
    // The confirmation is shown, and announced, next to the button that was pressed.
    expect(screen.getByText('Inserted TS2.1/MPR/1.').closest('li[data-descriptor-id="TS2.1/MPR/1"] [role="status"]')).toBeTruthy();
    expect(document.activeElement).toBe(button);
    // Dismissing it gives the focus back to the button that was pressed, not to the page.
    const dismiss = screen.getByRole('button', { name: 'Dismiss' });
    dismiss.focus();
    fireEvent.click(dismiss);
    expect(screen.queryByText('Inserted TS2.1/MPR/1.')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('passes the plain-text and Replace settings to the document', async () => {
    const { port, calls } = fakePort({ saved: 'UPR 1' });
    renderApp(port);
    await screen.findByText('Saved in this document.');
    fireEvent.click(await screen.findByLabelText('Insert as plain text (no tagged blocks)'));
    fireEvent.click(screen.getByLabelText('Replace selected text (otherwise insert after it)'));
    fireEvent.click(screen.getByRole('button', { name: /^Standard 1:/ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Insert TS1.1/UPR1/1' })));
    expect(calls[0]!.options).toEqual({ mode: 'replace', asPlainText: true, edition: 'hampshire@1.0' });
    expect(screen.getByText('Inserted TS1.1/UPR1/1 as plain text.')).toBeTruthy();
  });

  it('"Insert all" inserts one list: each descriptor verbatim in its tagged block, then one reference', async () => {
    const { port, calls, lists } = fakePort({ saved: 'Main pay range' });
    renderApp(port);
    await screen.findByText('Saved in this document.');
    fireEvent.click(screen.getByRole('button', { name: /^Standard 2:/ }));
    const insertAll = screen.getAllByRole('button', { name: /^Insert all \d+ descriptors of Standard 2\.1$/ })[0]!;
    await act(async () => fireEvent.click(insertAll));
    expect(calls).toHaveLength(0);
    const { items, reference } = lists[0]!.list;
    const ids = items.map((b) => b.tag.replace(/^tsd:/, ''));
    expect(ids).toEqual(['TS2.1/MPR/1', 'TS2.1/MPR/2']);
    items.forEach((b, i) => expect(b.text).toBe(framework.byId.get(ids[i]!)!.text));
    expect(reference).toBe('(Teachers’ Standard 2.1, Main pay range)');
    expect(screen.getByText('Inserted 2 descriptors of Standard 2.1.')).toBeTruthy();
  });

  it('shows a Word error in plain words as an alert', async () => {
    const { port } = fakePort({
      saved: 'Main pay range',
      insertError: new DocumentError('Word could not insert the descriptor: the document is read-only or protected here. Nothing was changed.'),
    });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderApp(port);
    await screen.findByText('Saved in this document.');
    fireEvent.click(screen.getByRole('button', { name: /^Standard 3:/ }));
    const insertAll = screen.getAllByRole('button', { name: /^Insert all \d+ descriptors of Standard 3\.\d$/ })[0]!;
    await act(async () => fireEvent.click(insertAll));
    expect(screen.getByText(/read-only or protected/).closest('[role="alert"]')).toBeTruthy();
  });

  it('filters as you type and highlights the matches', async () => {
    const { port } = fakePort({ saved: 'Main pay range' });
    const { container } = renderApp(port);
    await screen.findByText('Saved in this document.');
    fireEvent.change(screen.getByLabelText('Search descriptors'), { target: { value: 'behaviour' } });
    await screen.findByText(/matches for Main pay range\./);
    const ids = [...container.querySelectorAll('[data-descriptor-id]')].map((el) => el.getAttribute('data-descriptor-id'));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => /\/MPR\/|^CEF\/MPR\//.test(id ?? ''))).toBe(true);
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /^behaviou?r/i.test(m ?? ''))).toBe(true);
  });

  it('for a Headteacher shows the ratings and says there is no Teachers’ Standards column', async () => {
    const { port } = fakePort({ saved: 'Headteacher' });
    renderApp(port);
    await screen.findByText(/have no column for Headteacher/);
    expect(screen.getByRole('button', { name: /^Ratings: / })).toBeTruthy();
    expect(screen.getByText('Exceptional performance')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Standard 1:/ })).toBeNull();
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Insert CEF\/HT\// }).length).toBeGreaterThan(3));
  });

  it('lists the registered tabs as a keyboard tab list', async () => {
    renderApp(fakePort().port);
    const tab = await screen.findByRole('tab', { name: 'Descriptors' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tab.id);
  });
});
