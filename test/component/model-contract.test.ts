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
async function readAllThree(file: string): Promise<{ docx: Model; word: Model; preview: Model }> {
  const path = join(fixtures, file);
  const docx = body(readDocx(readFileSync(path)));
  const tree = docxBody(path);
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
