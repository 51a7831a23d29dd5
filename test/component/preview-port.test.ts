/** @jest-environment jsdom */
import { createPreviewPort } from '../../src/document/preview/preview-port';
import { selectInDocument } from '../support/dom-selection';

function setup(html: string) {
  document.body.innerHTML = `<div id="doc" contenteditable="true">${html}</div><button id="pane">Insert</button>`;
  const root = document.getElementById('doc') as HTMLElement;
  const store = new Map<string, string>();
  const port = createPreviewPort({ root, documentKey: 'sample', store: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) } });
  return { root, store, port };
}


const block = { text: 'Descriptor <b>text</b> (Teachers\' Standard 2.1, MPR)', tag: 'tsd:TS2.1/MPR/1', title: 'TS 2.1 · MPR' };

describe('preview adapter', () => {
  it('inserts at the caret as a tagged, titled span, as text (never HTML)', async () => {
    const { root, port } = setup('<p>Evidence: here.</p>');
    const text = root.querySelector('p')!.firstChild as Text;
    selectInDocument(text, 'Evidence: '.length);
    document.getElementById('pane')!.focus();
    await port.insertBlocks([block], { mode: 'after-selection', asPlainText: false });
    const span = root.querySelector('span.tagged-block') as HTMLElement;
    expect(span.dataset.tag).toBe('tsd:TS2.1/MPR/1');
    expect(span.title).toBe('TS 2.1 · MPR');
    expect(span.querySelector('b')).toBeNull();
    // A space separates it from the text it touches (src/core/insertion.ts).
    expect(root.textContent).toBe(`Evidence: ${block.text} here.`);
    expect(document.activeElement?.id).toBe('pane');
  });

  it('keeps a selection and inserts after it unless Replace is asked for', async () => {
    const { root, port } = setup('<p>Keep this</p>');
    const text = root.querySelector('p')!.firstChild as Text;
    selectInDocument(text, 0, 4);
    await port.insertBlocks([block], { mode: 'after-selection', asPlainText: true });
    expect(root.textContent).toBe(`Keep ${block.text} this`);
    const again = root.querySelector('p')!.lastChild as Text;
    selectInDocument(again, 1, 5);
    await port.insertBlocks([block], { mode: 'replace', asPlainText: true });
    expect(root.textContent).toBe(`Keep ${block.text} ${block.text}`);
  });

  it('remembers the career stage per sample document', async () => {
    const { port, store } = setup('<p></p>');
    expect(await port.readCareerStage()).toBeNull();
    await port.saveCareerStage('UPR 1');
    expect(store.get('standards-companion:sample:CareerStage')).toBe('UPR 1');
    expect(await port.readCareerStage()).toEqual({ name: 'UPR 1', storedIn: 'document-property' });
  });
});
