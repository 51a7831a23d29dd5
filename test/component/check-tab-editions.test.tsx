/** @jest-environment jsdom */
import * as path from 'path';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { bundledFramework } from '../../src/core/framework/bundled';
import { descriptorInsertion } from '../../src/core/compose/reference';
import type { CheckDocument } from '../../src/core/check';
import { loadFrameworkFolder } from '../../src/cli/framework-folder';
import { App, loadPaneParts } from '../../src/taskpane/App';
import { createFakePort } from '../support/fake-port';

// The pane is trying the sample school edition; the document was written under Hampshire 1.0, which the pane also has.
const hampshire = bundledFramework();
const stMarys = loadFrameworkFolder(path.join(__dirname, '..', 'fixtures', 'editions', 'st-marys-2027'));
const old = descriptorInsertion(hampshire, 'TS2.1/MPR/1');
const current = descriptorInsertion(stMarys, 'TS2.1/MPR/1');

beforeAll(() => {
  Object.defineProperty(window, 'matchMedia', {
    value: (query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} }),
  });
});
beforeEach(() => localStorage.clear());

function port() {
  const model: CheckDocument = {
    paragraphs: [
      { text: 'Performance review', blocks: [] },
      { text: old.text, blocks: [0] },
    ],
    blocks: [{ tag: old.tag, title: old.title, text: old.text, level: 'block', paragraphs: { start: 1, end: 2 }, parent: null }],
    properties: { CareerStage: 'Main pay range', StandardsEdition: 'hampshire@1.0' },
  };
  const { port: p, calls } = createFakePort({ saved: 'Main pay range', model });
  return { p, replaced: calls.replaceBlockText };
}

describe('Check tab with editions', () => {
  // The Check tab is loaded from its own script when first shown (src/taskpane/shell/lazy-part.tsx); load it first.
  beforeAll(loadPaneParts);

  it('checks a document against the edition it records, and offers to update outdated wording', async () => {
    const { p, replaced } = port();
    render(<App framework={stMarys} port={p} theme="light" />);
    await screen.findByText('Saved in this document.');
    fireEvent.click(await screen.findByRole('tab', { name: 'Check' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Run check' })));
    // Written under Hampshire 1.0 and unchanged since: not edited, but worded differently now.
    expect(await screen.findByRole('heading', { name: 'Outdated wording (1)' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Edited descriptor/ })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Update TS2.1/MPR/1 to current wording' })));
    expect(replaced).toEqual([[0, current.text]]);
    // Checked again (after a frame): up to date now, and not reported as edited either.
    expect(await screen.findByText(/Updated to the current wording of TS2\.1\/MPR\/1\. Undo in Word/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Outdated wording/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: /Edited descriptor/ })).toBeNull();
  });
});
