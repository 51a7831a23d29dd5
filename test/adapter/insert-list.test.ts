/** @jest-environment jsdom */
/** "Insert all": the list's descriptors each in a tagged block, the one reference after them untagged, alike in Word and the preview. */
import { bundledFramework } from '../../src/core/framework/bundled';
import { descriptorListInsertion } from '../../src/core/compose/reference';
import type { DocumentBlock } from '../../src/document/port';
import { createPreviewPort } from '../../src/document/preview/preview-port';
import { createWordPort } from '../../src/document/word/word-port';
import { createWordFake } from '../support/word-fake';

const framework = bundledFramework();
const after = { mode: 'after-selection', asPlainText: false } as const;
const list = descriptorListInsertion(framework, ['TS2.1/MPR/2', 'TS2.1/MPR/1']);
const blocks: DocumentBlock[] = [...list.items.map(({ text, tag, title }) => ({ text, tag, title })), { text: list.reference, tag: '', title: '' }];

describe('a descriptor list with one reference', () => {
  it('Word: one control per descriptor, none around the reference, in two syncs (read, then write)', async () => {
    const mock = createWordFake({});
    await createWordPort(mock.host).insertBlocks(blocks, after);
    expect(mock.state.syncs).toBe(2); // one read of where the caret is, one write (src/document/word/insertion.ts)
    expect(mock.controls().map((c) => c.tag)).toEqual(['tsd:TS2.1/MPR/1', 'tsd:TS2.1/MPR/2']);
    const text = mock.paragraphs().map((p) => p.text).join('\n');
    expect(text.split(list.reference)).toHaveLength(2);
    // Word and the preview both put the items one after another in the caret's paragraph (src/core/insertion.ts), so the
    // list reads as the items then the reference, in order.
    expect(text.trim()).toBe([...list.items.map((i) => i.text), list.reference].join(' '));
  });

  it('preview: the same tagged spans and one reference as text', async () => {
    document.body.innerHTML = '<div id="doc" contenteditable="true"><p>Notes</p></div>';
    const root = document.getElementById('doc') as HTMLElement;
    const store = new Map<string, string>();
    const port = createPreviewPort({ root, documentKey: 'sample', store: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) } });
    await port.insertBlocks(blocks, after);
    expect([...root.querySelectorAll<HTMLElement>('.tagged-block')].map((el) => el.dataset.tag)).toEqual(['tsd:TS2.1/MPR/1', 'tsd:TS2.1/MPR/2']);
    expect(root.textContent!.split(list.reference)).toHaveLength(2);
    expect(root.querySelector('.tagged-block:last-of-type')!.textContent).toBe(list.items[1]!.text);
  });
});
