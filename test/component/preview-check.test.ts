/** @jest-environment jsdom */
import { createPreviewPort } from '../../src/document/preview/preview-port';

function sampleDocument() {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.innerHTML =
    '<h2>Review</h2>' +
    '<p>Evidence:&nbsp;<span class="tagged-block" data-tag="tsd:TS2.1/MPR/1" title="TS 2.1 · MPR">Be <b>accountable</b></span> and more.</p>' +
    '<div class="tagged-block" data-tag="tso:TS1.1/MPR/1" title="Objective 1"><p>Objective 1: plan.</p><p>Success: <span class="tagged-block" data-tag="tsd:TS1.1/MPR/1" title="TS 1.1">Set goals</span></p></div>' +
    '<table><tbody><tr><td>Overall rating</td><td>Achieved</td></tr></tbody></table>' +
    'Loose text<br>on two lines';
  document.body.appendChild(root);
  const store = new Map<string, string>([['standards-companion:doc:CareerStage', 'UPR 1']]);
  const port = createPreviewPort({ root, documentKey: 'doc', store: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) } });
  return { root, port };
}

describe('preview adapter: checking', () => {
  afterEach(() => document.body.replaceChildren());

  it('reads paragraphs, inline and block-level tagged blocks, table cells and the career stage like Word would', async () => {
    const { port } = sampleDocument();
    const model = await port.readDocumentModel!();
    expect(model.paragraphs.map((p) => p.text)).toEqual(['Review', 'Evidence: Be accountable and more.', 'Objective 1: plan.', 'Success: Set goals', 'Overall rating', 'Achieved', 'Loose text\non two lines']);
    expect(model.paragraphs.map((p) => p.blocks)).toEqual([[], [], [1], [1], [], [], []]);
    expect(model.paragraphs.map((p) => p.inTable ?? false)).toEqual([false, false, false, false, true, true, false]);
    expect(model.blocks).toEqual([
      { tag: 'tsd:TS2.1/MPR/1', title: 'TS 2.1 · MPR', text: 'Be accountable', level: 'inline', paragraphs: { start: 1, end: 2 }, parent: null },
      { tag: 'tso:TS1.1/MPR/1', title: 'Objective 1', text: 'Objective 1: plan.\nSuccess: Set goals', level: 'block', paragraphs: { start: 2, end: 4 }, parent: null },
      { tag: 'tsd:TS1.1/MPR/1', title: 'TS 1.1', text: 'Set goals', level: 'inline', paragraphs: { start: 3, end: 4 }, parent: 1 },
    ]);
    expect(model.properties).toEqual({ CareerStage: 'UPR 1' });
  });

  it('Go to selects the block or paragraph without moving focus; Restore replaces only the text inside the block', async () => {
    const { root, port } = sampleDocument();
    const button = document.createElement('button');
    document.body.appendChild(button);
    button.focus();
    await port.readDocumentModel!();
    await port.selectBlock!(0);
    expect(window.getSelection()?.toString()).toBe('Be accountable');
    await port.selectParagraph!(4);
    expect(window.getSelection()?.toString()).toBe('Overall rating');
    expect(document.activeElement).toBe(button);
    await port.replaceBlockText!(0, '<b>Official</b> & words');
    const span = root.querySelector('[data-tag="tsd:TS2.1/MPR/1"]')!;
    expect(span.textContent).toBe('<b>Official</b> & words');
    expect(span.querySelector('b')).toBeNull();
    expect(root.querySelectorAll('p')[0]!.textContent).toBe('Evidence:\u00a0<b>Official</b> & words and more.');
    span.remove();
    await expect(port.selectBlock!(0)).rejects.toThrow('Run the check again.');
  });
});
