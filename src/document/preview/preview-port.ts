import type { ComposedBlock } from '../../core/compose/block';
import { createPreviewChecking, readPreviewDocument } from './preview-check';
import { composedBlockNode, placeComposedNode, tagsIn } from './preview-blocks';
import { CAREER_STAGE_PROPERTY, DocumentError, STANDARDS_EDITION_PROPERTY, type ComposedInsertOutcome, type DocumentBlock, type DocumentPort, type InsertOptions, type InsertOutcome } from '../port';

/** Key-value storage (localStorage in the page, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface PreviewDocumentOptions {
  /** The contenteditable element that plays the document. */
  root: HTMLElement;
  /** Names this sample document; custom properties are kept per document. */
  documentKey: string;
  store: KeyValueStore;
}

/** Where the preview keeps a sample document's custom property (`name`, e.g. `CareerStage`) in its store. */
export function previewPropertyKey(documentKey: string, name: string): string {
  return `standards-companion:${documentKey}:${name}`;
}

/** Class of the outlined span that stands in for a content control. */
export const TAGGED_BLOCK_CLASS = 'tagged-block';

/**
 * The document port over the preview page's contenteditable sample review. It behaves like the Word adapter:
 * insertion at the caret (the last place the user put it in the document), a non-empty selection kept unless
 * Replace is asked for, content controls as outlined spans carrying `data-tag` and `title`, and the career stage
 * kept as a "custom property" in storage keyed per sample document, so a reload remembers it.
 * Text is always set with `textContent`, never parsed as HTML. Focus is never moved.
 */
export function createPreviewPort(options: PreviewDocumentOptions): DocumentPort & { dispose(): void } {
  const { root, documentKey, store } = options;
  const doc = root.ownerDocument;
  let saved: Range | null = null;

  const remember = () => {
    // The DOM's Selection, not Word's: the Office lint rules mistake it for a Word proxy object.
    const caret: Selection | null = doc.defaultView ? doc.defaultView.getSelection() : null;
    const range = caret && caret.rangeCount > 0 ? caret.getRangeAt(0) : null;
    if (!range) return;
    if (root.contains(range.startContainer) && root.contains(range.endContainer)) saved = range.cloneRange();
  };
  doc.addEventListener('selectionchange', remember);

  const propertyKey = previewPropertyKey(documentKey, CAREER_STAGE_PROPERTY);
  const editionKey = previewPropertyKey(documentKey, STANDARDS_EDITION_PROPERTY);
  /** The sample document's custom properties, as Word would keep them. */
  const properties = (): Record<string, string> => {
    const out: Record<string, string> = {};
    const stage = store.getItem(propertyKey);
    const edition = store.getItem(editionKey);
    if (stage) out[CAREER_STAGE_PROPERTY] = stage;
    if (edition) out[STANDARDS_EDITION_PROPERTY] = edition;
    return out;
  };
  const onPage = () => {
    if (!root.isConnected) throw new DocumentError('The sample document is not on the page any more. Reload the page and try again.');
  };

  function targetRange(): Range {
    if (saved && root.contains(saved.startContainer)) return saved.cloneRange();
    const end = doc.createRange();
    end.selectNodeContents(root);
    end.collapse(false);
    return end;
  }

  function blockNode(block: DocumentBlock, plain: boolean): Node {
    // An untagged block (the reference after a list) is text only, as in Word.
    if (plain || block.tag === '') return doc.createTextNode(block.text);
    const span = doc.createElement('span');
    span.className = TAGGED_BLOCK_CLASS;
    span.dataset.tag = block.tag;
    span.title = block.title;
    span.textContent = block.text;
    return span;
  }

  /**
   * Every insertion (after `onPage()`), as the Word adapter's wrapper runs one: at the caret (the selection removed first in Replace
   * mode), then the caret goes just after what went in and the edition is recorded, as in Word.
   */
  function runInsertion(insert: InsertOptions, place: (range: Range) => Node | null): void {
    const range = targetRange();
    if (insert.mode === 'replace') range.deleteContents();
    const last = place(range);
    if (last) {
      const after = doc.createRange();
      after.setStartAfter(last);
      after.collapse(true);
      saved = after;
    }
    if (insert.edition) store.setItem(editionKey, insert.edition);
  }

  async function insertBlocks(blocks: readonly DocumentBlock[], insert: InsertOptions): Promise<InsertOutcome> {
    onPage();
    if (blocks.length === 0) return { inserted: 0, asPlainText: insert.asPlainText };
    runInsertion(insert, (range) => {
      if (insert.mode !== 'replace' && !range.collapsed) {
        const before = range.toString();
        range.collapse(false);
        if (/\S$/.test(before)) range.insertNode(doc.createTextNode(' '));
        range.collapse(false);
      }
      const fragment = doc.createDocumentFragment();
      blocks.forEach((block, i) => {
        if (i > 0) fragment.appendChild(doc.createElement('br'));
        fragment.appendChild(blockNode(block, insert.asPlainText));
      });
      const last = fragment.lastChild;
      range.insertNode(fragment);
      return last;
    });
    return { inserted: blocks.length, asPlainText: insert.asPlainText };
  }

  async function insertComposedBlock(block: ComposedBlock, insert: InsertOptions): Promise<ComposedInsertOutcome> {
    onPage();
    const tagsBefore = block.kind === 'tso' ? tagsIn(root) : null;
    runInsertion(insert, (range) => placeComposedNode(root, range, composedBlockNode(doc, block, insert.asPlainText)));
    return { inserted: 1, asPlainText: insert.asPlainText, tagsBefore };
  }

  return {
    ...createPreviewChecking(root, properties),
    documentLabel: 'the sample document',
    insertBlocks,
    insertComposedBlock,
    readBlockTags: async () => tagsIn(root),
    async readCareerStage() {
      const name = store.getItem(propertyKey);
      return name ? { name, storedIn: 'document-property' } : null;
    },
    async saveCareerStage(name: string) {
      store.setItem(propertyKey, name);
      return 'document-property';
    },
    async readText() {
      // Paragraph by paragraph, as Word's body text reads; innerText would force a layout while the pane opens.
      return readPreviewDocument(root).model.paragraphs.map((p) => p.text).join('\n');
    },
    dispose() {
      doc.removeEventListener('selectionchange', remember);
    },
  };
}
