/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { bundledFramework } from '../../src/core/framework/bundled';
import { descriptorInsertion } from '../../src/core/compose/reference';
import type { CheckDocument } from '../../src/core/check';
import { DocumentError, type DocumentPort } from '../../src/document/port';
import { App, loadPaneParts } from '../../src/taskpane/App';
import { createFakePort } from '../support/fake-port';

const framework = bundledFramework();
const d1 = descriptorInsertion(framework, 'TS2.1/MPR/1');
const d2 = descriptorInsertion(framework, 'TS2.2/MPR/1');
const edited = d1.text.replace('monitor', 'check');

beforeAll(() => {
  Object.defineProperty(window, 'matchMedia', {
    value: (query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} }),
  });
});
beforeEach(() => localStorage.clear());

function reviewModel(descriptorText: string, properties: Record<string, string> = { CareerStage: 'Main pay range' }): CheckDocument {
  return {
    paragraphs: [
      { text: 'Performance review', blocks: [] },
      { text: `Evidence: ${descriptorText}`, blocks: [] },
      { text: d2.descriptorText, blocks: [] },
      { text: 'Objective 1: plan sequences of lessons well.', blocks: [3] },
    ],
    blocks: [
      { tag: d1.tag, title: d1.title, text: descriptorText, level: 'inline', paragraphs: { start: 1, end: 2 }, parent: null },
      { tag: 'other-add-in', title: '', text: 'x', level: 'inline', paragraphs: { start: 0, end: 1 }, parent: null },
      { tag: d2.tag, title: d2.title, text: '', level: 'inline', paragraphs: { start: 0, end: 0 }, parent: null, placeholder: true },
      { tag: 'tso:TS4.1/MPR/1,TS5.1/MPR/1', title: 'Objective 1', text: 'Objective 1: plan sequences of lessons well.', level: 'block', paragraphs: { start: 3, end: 4 }, parent: null },
    ],
    properties,
  };
}

function checkingPort(options: { properties?: Record<string, string>; saved?: string; storedIn?: 'add-in-settings' } = {}) {
  const { port, calls } = createFakePort({ saved: options.saved, storedIn: options.storedIn, model: reviewModel(edited, options.properties) });
  return { port, calls };
}

async function openCheck(port: DocumentPort) {
  render(<App framework={framework} port={port} theme="light" />);
  fireEvent.click(await screen.findByRole('tab', { name: 'Check' }));
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Run check' })));
  return screen.findByTestId('check-summary');
}

describe('Check tab', () => {
  // The Check tab is loaded from its own script when first shown (src/taskpane/shell/lazy-part.tsx); load it first.
  beforeAll(loadPaneParts);

  it('groups the findings by kind with counts, and shows the diff as text', async () => {
    const { port } = checkingPort();
    const summary = await openCheck(port);
    // The objective here is written by hand, without the composed statement, so it is an edited objective too.
    expect(summary.textContent).toMatch(/^Checked against hampshire@\S+, for Main pay range \(as recorded in the document\): 3 findings, 2 to look at\.$/);
    expect(screen.getByRole('heading', { name: 'Edited descriptor (1)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Edited objective (1)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Pasted descriptor (1)' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Unknown descriptor/ })).toBeNull();
    const group = screen.getByRole('region', { name: 'Edited descriptor (1)' });
    expect(group.querySelector('del')?.textContent).toContain('monitor');
    expect(group.querySelector('ins')?.textContent).toContain('check');
  });

  it('Go to selects the block, or the paragraph when the finding has no block; focus stays on the button', async () => {
    const { port, calls } = checkingPort();
    await openCheck(port);
    const goTo = screen.getByRole('button', { name: 'Go to finding 1: Edited descriptor TS2.1/MPR/1' });
    goTo.focus();
    await act(async () => fireEvent.click(goTo));
    expect(calls.selectBlock).toEqual([0]);
    expect(document.activeElement).toBe(goTo);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Go to finding 2: Pasted descriptor TS2.2/MPR/1' })));
    expect(calls.selectParagraph).toEqual([2]);
    expect(screen.getByText(/Selected in the document/)).toBeTruthy();
  });

  it('Restore official wording replaces the block text with the descriptor and its reference, then checks again', async () => {
    const { port, calls } = checkingPort();
    await openCheck(port);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Restore official wording of TS2.1/MPR/1' })));
    expect(calls.replaceBlockText).toEqual([[0, d1.text]]);
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Edited descriptor/ })).toBeNull());
    expect(calls.reads).toBe(2);
    expect(within(screen.getAllByRole('status').find((s) => s.textContent?.includes('Restored'))!).getByText(/Restored the official wording of TS2\.1\/MPR\/1\./)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId('check-summary'));
  });

  it("uses the pane's career stage when the document records none, and charts the coverage as text", async () => {
    const { port } = checkingPort({ properties: {}, saved: 'UPR 1', storedIn: 'add-in-settings' });
    render(<App framework={framework} port={port} theme="light" />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Check' }));
    await screen.findByText(/Saved in this add-in's settings/);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Run check' })));
    expect((await screen.findByTestId('check-summary')).textContent).toMatch(/for UPR 1 \(as chosen in this pane\)/);
    const table = screen.getByRole('table');
    expect(within(table).getByText(/Objectives cover standards 4 and 5\. Not cited anywhere: 1, 3, 6, 7 and 8\./)).toBeTruthy();
    expect(within(table).getAllByRole('row')).toHaveLength(9);
    expect(within(table).getByRole('rowheader', { name: /^Standard 2: Promote good progress/ }).closest('tr')?.textContent).toMatch(/no objectives.*1 descriptor/);
  });

  it('reports a document error in plain words', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { port } = checkingPort();
    port.readDocumentModel = async () => {
      throw new DocumentError('Word could not read the document: the document is read-only or protected here. Nothing was changed.');
    };
    render(<App framework={framework} port={port} theme="light" />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Check' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Run check' })));
    expect(within(screen.getAllByRole('alert').find((a) => a.textContent)!).getByText(/read-only or protected/)).toBeTruthy();
  });
});
