/** @jest-environment jsdom */
/**
 * "Insert all": a bulleted list, one paragraph per descriptor (each verbatim in its tagged block), then the one
 * reference in a paragraph of its own; alike in Word (on the Word fake) and on the preview page, and read back by the
 * checker as verbatim descriptors.
 */
import { bundledFramework } from '../../src/core/framework/bundled';
import { checkDocument } from '../../src/core/check/checker';
import { descriptorListInsertion } from '../../src/core/compose/reference';
import type { DocumentList, DocumentPort, InsertOptions } from '../../src/document/port';
import { createPreviewPort } from '../../src/document/preview/preview-port';
import { createWordPort } from '../../src/document/word/word-port';
import { createWordFake } from '../support/word-fake';
import { caretAtEndOf } from '../support/dom-selection';

const framework = bundledFramework();
const after: InsertOptions = { mode: 'after-selection', asPlainText: false, edition: 'hampshire@1.0' };
const insertion = descriptorListInsertion(framework, ['TS2.1/MPR/2', 'TS2.1/MPR/1']);
const list: DocumentList = { items: insertion.items.map(({ text, tag, title }) => ({ text, tag, title })), reference: insertion.reference };
const texts = insertion.items.map((i) => i.text);

function previewPort(html: string) {
  document.body.innerHTML = `<div id="doc" contenteditable="true">${html}</div>`;
  const root = document.getElementById('doc') as HTMLElement;
  const store = new Map<string, string>();
  const port = createPreviewPort({ root, documentKey: 'sample', store: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) } });
  return { root, port };
}

/** What the checker says about the descriptors of the document: nothing, when each reads as the edition words it. */
async function descriptorFindings(port: DocumentPort) {
  const model = await port.readDocumentModel();
  const result = checkDocument(framework, { ...model, properties: { ...model.properties, CareerStage: 'Main pay range' } });
  return { tags: model.blocks.map((b) => b.tag), findings: result.findings.filter((f) => f.severity !== 'info').map((f) => f.kind) };
}

describe('an "Insert all" list with one reference', () => {
  it('Word: a bulleted list started with startNewList, one control per item, the reference after it, in two syncs', async () => {
    const fake = createWordFake({ paragraphs: [{ text: 'Strengths' }, { text: 'Signed:' }], caret: { paragraph: 0 } });
    await createWordPort(fake.host).insertDescriptorList(list, after);
    expect(fake.state.syncs).toBe(2); // one read of where the caret is, one write (src/document/word/insertion.ts)
    expect(fake.paragraphs().map((p) => [p.text, p.list, p.bullet, p.style])).toEqual([
      ['Strengths', false, null, 'Normal'],
      [texts[0], true, 'Solid', 'Normal'],
      [texts[1], true, 'Solid', 'Normal'],
      [list.reference, false, null, 'Normal'],
      ['Signed:', false, null, 'Normal'],
    ]);
    expect(fake.controls().map((c) => c.tag)).toEqual(['tsd:TS2.1/MPR/1', 'tsd:TS2.1/MPR/2']);
    expect(fake.controlDetails().map((c) => c.subtype)).toEqual(['RichTextInline', 'RichTextInline']);
    // The caret at the start of the paragraph after the list, so what comes next follows it.
    expect(fake.caret()).toMatchObject({ paragraph: 4, offset: 0, inside: null });
  });

  it('Word: at an empty numbered line the list takes its place, as a list of its own', async () => {
    const fake = createWordFake({ paragraphs: [{ text: 'Evidence' }, { text: '', list: true }], caret: { paragraph: 1 } });
    await createWordPort(fake.host).insertDescriptorList(list, after);
    expect(fake.paragraphs().map((p) => [p.text, p.bullet])).toEqual([
      ['Evidence', null],
      [texts[0], 'Solid'],
      [texts[1], 'Solid'],
      [list.reference, null],
      ['', null],
    ]);
  });

  it('Word: a refused content control leaves the list in as plain text, and says so', async () => {
    const fake = createWordFake({ paragraphs: [{ text: 'Strengths' }], refuseContentControls: true });
    const outcome = await createWordPort(fake.host).insertDescriptorList(list, after);
    expect(outcome.asPlainText).toBe(true);
    expect(fake.paragraphs().map((p) => p.text)).toEqual(['Strengths', ...texts, list.reference, '']);
    expect(fake.controls()).toEqual([]);
  });

  it('Word with WordApi 1.1 only: one paragraph per descriptor (no list calls), then the reference', async () => {
    const fake = createWordFake({ paragraphs: [{ text: 'Strengths' }, { text: 'Signed:' }], caret: { paragraph: 0 }, wordApi: '1.1' });
    await createWordPort(fake.host).insertDescriptorList(list, after);
    expect(fake.paragraphs().map((p) => [p.text, p.list])).toEqual([
      ['Strengths', false],
      [texts[0], false],
      [texts[1], false],
      [list.reference, false],
      ['Signed:', false],
    ]);
    expect(fake.controls().map((c) => c.tag)).toEqual(['tsd:TS2.1/MPR/1', 'tsd:TS2.1/MPR/2']);
  });

  it('preview: a bulleted list of tagged spans, then the reference in a paragraph of its own', async () => {
    const { root, port } = previewPort('<p>Strengths</p><p>Signed:</p>');
    caretAtEndOf(root.querySelector('p') as HTMLElement);
    await port.insertDescriptorList(list, after);
    expect([...root.children].map((el) => el.tagName)).toEqual(['P', 'UL', 'P', 'P']);
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual(texts);
    expect([...root.querySelectorAll<HTMLElement>('li > .tagged-block')].map((el) => el.dataset.tag)).toEqual(['tsd:TS2.1/MPR/1', 'tsd:TS2.1/MPR/2']);
    expect(root.children[2]?.textContent).toBe(list.reference);
  });

  it('reads back the same in Word and in the preview, and the checker finds each descriptor verbatim', async () => {
    const fake = createWordFake({ paragraphs: [{ text: 'Strengths' }, { text: 'Signed:' }], caret: { paragraph: 0 } });
    const word = createWordPort(fake.host);
    await word.insertDescriptorList(list, after);
    const { root, port: preview } = previewPort('<p>Strengths</p><p>Signed:</p>');
    caretAtEndOf(root.querySelector('p') as HTMLElement);
    await preview.insertDescriptorList(list, after);
    const [w, p] = [await word.readDocumentModel(), await preview.readDocumentModel()];
    expect({ paragraphs: p.paragraphs, blocks: p.blocks }).toEqual({ paragraphs: w.paragraphs, blocks: w.blocks });
    for (const port of [word, preview]) expect(await descriptorFindings(port)).toEqual({ tags: ['tsd:TS2.1/MPR/1', 'tsd:TS2.1/MPR/2'], findings: [] });
  });
});
