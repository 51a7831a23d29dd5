/** @jest-environment jsdom */
import type { ComposedBlock } from '../../src/core/compose/block';
import { createPreviewPort } from '../../src/document/preview/preview-port';
import { selectInDocument } from '../support/dom-selection';

function setup(html: string) {
  document.body.innerHTML = `<div id="doc" contenteditable="true">${html}</div><button id="pane">Insert</button>`;
  const root = document.getElementById('doc') as HTMLElement;
  const store = new Map<string, string>();
  const port = createPreviewPort({ root, documentKey: 'sample', store: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) } });
  return { root, port };
}

const block: ComposedBlock = {
  kind: 'tso',
  tag: 'tso:TS2.1/MPR/1',
  title: 'Objective 1 · TS 2.1 · MPR',
  citedIds: ['TS2.1/MPR/1'],
  paragraphs: [
    { runs: [{ text: 'Objective 1: heading', bold: true }] },
    { runs: [{ text: 'Success criteria:', bold: true }, { text: ' <b>80%</b> & more' }] },
  ],
};
const after = { mode: 'after-selection', asPlainText: false } as const;

describe('preview adapter: formatted blocks', () => {
  it('puts an outlined, tagged, titled div after the caret’s paragraph: a p per paragraph, strong for bold, text only', async () => {
    const { root, port } = setup('<p>Objectives: here</p><p>Next</p>');
    selectInDocument(root.querySelector('p')!.firstChild!, 5);
    document.getElementById('pane')!.focus();
    const outcome = await port.insertComposedBlock(block, after);
    expect(outcome).toEqual({ inserted: 1, asPlainText: false, tagsBefore: [] });
    const div = root.querySelector('div.tagged-block') as HTMLElement;
    expect(div.dataset.tag).toBe(block.tag);
    expect(div.title).toBe(block.title);
    expect([...root.children].map((el) => el.tagName)).toEqual(['P', 'DIV', 'P']);
    expect([...div.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Objective 1: heading', 'Success criteria: <b>80%</b> & more']);
    expect([...div.querySelectorAll('strong')].map((s) => s.textContent)).toEqual(['Objective 1: heading', 'Success criteria:']);
    expect(div.querySelector('b')).toBeNull();
    expect(root.querySelector('p')!.textContent).toBe('Objectives: here');
    expect(document.activeElement?.id).toBe('pane');
    await expect(port.readBlockTags()).resolves.toEqual([block.tag]);
  });

  it('stays inside a table cell, and reports the tags that were there before', async () => {
    const { root, port } = setup('<span class="tagged-block" data-tag="tso:TS1.1/MPR/1">x</span><table><tbody><tr><td><p>Cell</p></td><td>Other</td></tr></tbody></table>');
    selectInDocument(root.querySelector('td p')!.firstChild!, 2);
    const outcome = await port.insertComposedBlock(block, after);
    expect(outcome.tagsBefore).toEqual(['tso:TS1.1/MPR/1']);
    const cell = root.querySelector('td') as HTMLElement;
    expect(cell.querySelector('div.tagged-block')).not.toBeNull();
    expect(root.querySelectorAll('td')[1]!.textContent).toBe('Other');
  });

  it('as plain text: the same paragraphs and bold, no tagged wrapper; Replace removes the selection', async () => {
    const { root, port } = setup('<p>Keep DROP</p>');
    const text = root.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 5);
    range.setEnd(text, 9);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    await port.insertComposedBlock(block, { mode: 'replace', asPlainText: true });
    expect(root.querySelector('.tagged-block')).toBeNull();
    // A block never ends the document: an empty paragraph follows it, as in Word.
    expect([...root.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Keep ', 'Objective 1: heading', 'Success criteria: <b>80%</b> & more', '']);
    expect(root.querySelectorAll('strong')).toHaveLength(2);
  });
});

describe('preview adapter: the insertion rules it shares with Word (src/core/insertion.ts)', () => {
  const d = (n: number) => ({ text: `Descriptor ${n}. (TS ${n})`, tag: `tsd:TS${n}.1/MPR/1`, title: `TS ${n}.1 · MPR` });

  it('three descriptors in a row read in order, one space apart, the caret after the third', async () => {
    const { root, port } = setup('<p>Our focus is</p>');
    selectInDocument(root.querySelector('p')!.firstChild!, 12);
    for (const n of [1, 2, 3]) await port.insertBlocks([d(n)], after);
    expect(root.querySelector('p')!.textContent).toBe('Our focus is Descriptor 1. (TS 1) Descriptor 2. (TS 2) Descriptor 3. (TS 3)');
    await port.insertBlocks([{ text: 'X', tag: '', title: '' }], { mode: 'after-selection', asPlainText: true });
    expect(root.querySelector('p')!.textContent).toMatch(/\(TS 3\) X$/);
  });

  it('with the caret inside an inserted descriptor, the next goes after it', async () => {
    const { root, port } = setup('<p>See <span class="tagged-block" data-tag="tsd:TS1.1/MPR/1" title="TS 1.1 · MPR">Descriptor 1.</span></p>');
    selectInDocument(root.querySelector('span')!.firstChild!, 4);
    await port.insertBlocks([d(2)], after);
    expect([...root.querySelectorAll('.tagged-block')].map((s) => s.textContent)).toEqual(['Descriptor 1.', 'Descriptor 2. (TS 2)']);
    expect(root.querySelector('p')!.textContent).toBe('See Descriptor 1. Descriptor 2. (TS 2)');
  });

  it('an objective at an empty numbered list item takes its place, outside the list', async () => {
    const { root, port } = setup('<h2>Objectives</h2><ol><li>First</li><li></li><li>Third</li></ol>');
    selectInDocument(root.querySelectorAll('li')[1]!, 0);
    await port.insertComposedBlock(block, after);
    expect([...root.children].map((el) => el.tagName)).toEqual(['H2', 'OL', 'DIV', 'OL']);
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['First', 'Third']);
  });

  it('tells the user when the caret was inside another add-in’s tagged element', async () => {
    const { root, port } = setup('<p><span data-tag="other:1" title="Notes">Notes</span></p>');
    selectInDocument(root.querySelector('span')!.firstChild!, 5);
    const outcome = await port.insertBlocks([d(1)], after);
    expect(outcome.notice).toBe('The cursor was inside another content control (“Notes”), so this went in inside it.');
  });
});
