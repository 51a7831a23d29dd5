/**
 * @jest-environment jsdom
 *
 * The readers' contract: the .docx reader, the preview adapter and the Word adapter give the same document model for
 * the same document. Each .docx (one saved by Word, and reviews generated on a Word-made document) is read by the
 * .docx reader, and also turned, without the model builder, into the preview page's document and the Word fake's
 * paragraphs and content controls (test/support/docx-equivalents.ts), which the other two adapters then read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { readDocx } from '../../src/cli/docx/read-docx';
import type { CheckDocument } from '../../src/core/check/model';
import { readPreviewDocument } from '../../src/document/preview/preview-check';
import { createWordPort } from '../../src/document/word/word-port';
import { createWordFake } from '../support/word-fake';
import { docxBody, previewRoot, wordDocument } from '../support/docx-equivalents';
import { loadBase, writeReviewDocx } from '../support/review-docx/write-review';
import { bundledFramework } from '../../src/core/framework/bundled';
import { descriptorListInsertion } from '../../src/core/compose/reference';
import { createPreviewPort } from '../../src/document/preview/preview-port';

// jsdom's window has no TextDecoder; the .docx reader needs Node's.
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;

const fixtures = join(__dirname, '..', 'fixtures', 'docx');
const files = [
  'real/content_controls.docx', // saved by Word: plain- and rich-text controls, two showing their placeholder
  'real/tbl-having-tables.docx', // saved by Word: tables, no controls
  'reviews/nested-controls.docx', // controls three deep around descriptors
  'reviews/descriptor-in-table.docx', // descriptor controls in table cells
  'reviews/pasted-descriptor.docx',
  'reviews/clean-review.docx',
];

type Model = Pick<CheckDocument, 'paragraphs' | 'blocks'>;
const body = (m: Model): Model => ({ paragraphs: m.paragraphs, blocks: m.blocks });
/** The preview page has no placeholder text, so its controls never show one. */
const withoutPlaceholders = (m: Model): Model => ({ paragraphs: m.paragraphs, blocks: m.blocks.map(({ placeholder: _, ...b }) => b) });

/** Read with the .docx reader, and as the Word adapter and the preview adapter read the same document. */
async function readAllThree(file: string | Uint8Array): Promise<{ docx: Model; word: Model; preview: Model }> {
  const bytes = typeof file === 'string' ? readFileSync(join(fixtures, file)) : file;
  const docx = body(readDocx(bytes));
  const tree = docxBody(bytes);
  const word = body(await createWordPort(createWordFake(wordDocument(tree)).host).readDocumentModel());
  const root = previewRoot(document, tree);
  document.body.appendChild(root);
  try {
    return { docx, word, preview: readPreviewDocument(root).model };
  } finally {
    root.remove();
  }
}

/**
 * Word reports no control's paragraph index, so the adapter places each control by matching texts
 * (relate-controls.ts). Two controls one after the other whose paragraphs read the same (two showing the same
 * placeholder) are taken as one inside the other.
 */
const WORD_KNOWN_GAP = new Set(['real/content_controls.docx']);

describe('the three readers give the same model', () => {
  it.each(files)('%s', async (file) => {
    const { docx, word, preview } = await readAllThree(file);
    expect(docx.paragraphs.length).toBeGreaterThan(3);
    expect(withoutPlaceholders(preview)).toEqual(withoutPlaceholders(docx));
    if (!WORD_KNOWN_GAP.has(file)) expect(word).toEqual(docx);
  });

  it.failing.each([...WORD_KNOWN_GAP])('Word: %s (known gap: sibling controls reading the same are taken as nested)', async (file) => {
    const { docx, word } = await readAllThree(file);
    expect(word).toEqual(docx);
  });

  it('covers nesting, table cells, inline controls and placeholders among the files', () => {
    const models = files.map((f) => readDocx(readFileSync(join(fixtures, f))));
    const blocks = models.flatMap((m) => m.blocks);
    expect(blocks.some((b) => b.parent !== null && blocks.some((o) => o.parent !== null && o !== b))).toBe(true);
    expect(models.some((m) => m.blocks.some((b) => m.paragraphs[b.paragraphs.start]?.inTable))).toBe(true);
    expect(blocks.some((b) => b.placeholder)).toBe(true);
    expect(blocks.some((b) => b.level === 'inline')).toBe(true);
  });
});

describe('an "Insert all" list', () => {
  const framework = bundledFramework();
  const list = descriptorListInsertion(framework, ['TS1.1/MPR/1', 'TS1.1/MPR/2']);
  // As Word saves the list "Insert all" makes: bulleted list paragraphs (a bullet list of the base's numbering part),
  // each holding its descriptor in a run-level tsd: control, then the reference in a Normal paragraph.
  const bytes = writeReviewDocx(loadBase(readFileSync(join(fixtures, 'real', 'num-having-numbering-part.docx'))), {
    items: [
      { type: 'paragraph', text: 'Strengths' },
      ...list.items.map((i) => ({ type: 'list-item' as const, numId: 1, tag: i.tag, title: i.title, text: i.text })),
      { type: 'paragraph', text: list.reference },
      { type: 'paragraph', text: 'Signed:' },
    ],
    properties: {},
  });

  it('reads the same in the .docx reader, the Word adapter and the preview adapter', async () => {
    // The list paragraphs are list items to the other two readers (li on the preview page, list paragraphs in Word).
    expect(wordDocument(docxBody(bytes)).paragraphs.filter((p) => p.list).map((p) => p.text)).toEqual(list.items.map((i) => i.text));
    expect(previewRoot(document, docxBody(bytes)).querySelectorAll('ul > li')).toHaveLength(2);
    const { docx, word, preview } = await readAllThree(bytes);
    expect(docx.blocks.map((b) => [b.tag, b.text, b.level])).toEqual(list.items.map((i) => [i.tag, i.text, 'inline']));
    expect(preview).toEqual(docx);
    expect(word).toEqual(docx);
  });

  it('is what the Word adapter and the preview adapter insert', async () => {
    const { docx } = await readAllThree(bytes);
    const items = list.items.map(({ text, tag, title }) => ({ text, tag, title }));
    const options = { mode: 'after-selection', asPlainText: false } as const;
    const fake = createWordFake({ paragraphs: [{ text: 'Strengths' }, { text: 'Signed:' }], caret: { paragraph: 0 } });
    const wordPort = createWordPort(fake.host);
    await wordPort.insertDescriptorList({ items, reference: list.reference }, options);
    const root = document.body.appendChild(document.createElement('div'));
    root.innerHTML = '<p>Strengths</p><p>Signed:</p>';
    const range = document.createRange();
    range.selectNodeContents(root.firstElementChild as HTMLElement);
    range.collapse(false);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    const store = new Map<string, string>();
    const previewPort = createPreviewPort({ root, documentKey: 'contract', store: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) } });
    document.dispatchEvent(new Event('selectionchange'));
    await previewPort.insertDescriptorList({ items, reference: list.reference }, options);
    try {
      expect(body(await wordPort.readDocumentModel())).toEqual(docx);
      expect(body(await previewPort.readDocumentModel())).toEqual(docx);
    } finally {
      previewPort.dispose();
      root.remove();
    }
  });
});
