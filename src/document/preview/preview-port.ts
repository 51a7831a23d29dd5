import type { ComposedBlock } from '../../core/compose/block';
import { createPreviewChecking, readPreviewDocument } from './preview-check';
import { caretAfterBlock, composedBlockNode, descriptorListNode, putBlock, tagsIn } from './preview-blocks';
import { composedPlacement, isBlockTagged, joinAt, otherNotice, placeAfter, placeAt } from './preview-place';
import { CAREER_STAGE_PROPERTY, DocumentError, STANDARDS_EDITION_PROPERTY, type ComposedInsertOutcome, type DocumentBlock, type DocumentList, type DocumentPort, type InsertOptions, type InsertOutcome } from '../port';

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
    // An untagged block is text only, as in Word.
    if (plain || block.tag === '') return doc.createTextNode(block.text);
    const span = doc.createElement('span');
    span.className = TAGGED_BLOCK_CLASS;
    span.dataset.tag = block.tag;
    span.title = block.title;
    span.textContent = block.text;
    return span;
  }

  /** The place an insertion starts from: the caret, the selection removed first in Replace mode, else its end. */
  function startRange(insert: InsertOptions): Range {
    const range = targetRange();
    if (insert.mode === 'replace') range.deleteContents();
    else range.collapse(false);
    return range;
  }
  /** After an insertion: the caret goes to `caret`, and the edition is recorded, as in Word. */
  function finish(insert: InsertOptions, caret: Range | null) {
    if (caret) saved = caret;
    if (insert.edition) store.setItem(editionKey, insert.edition);
  }
  const caretAfter = (node: Node): Range => {
    const r = doc.createRange();
    r.setStartAfter(node);
    r.collapse(true);
    return r;
  };

  /** Descriptors, by the rules in src/core/insertion.ts, as the Word adapter inserts them (insert-blocks.ts). */
  async function insertBlocks(blocks: readonly DocumentBlock[], insert: InsertOptions): Promise<InsertOutcome> {
    onPage();
    if (blocks.length === 0) return { inserted: 0, asPlainText: insert.asPlainText };
    let place = placeAt(root, startRange(insert));
    const notice = otherNotice(place);
    if (place.container === 'own' && place.around) {
      if (isBlockTagged(place.around)) {
        // Inside one of the add-in's blocks of paragraphs: a new paragraph after it.
        const p = doc.createElement('p');
        place.around.after(p);
        const point = doc.createRange();
        point.setStart(p, 0);
        place = placeAt(root, point);
      } else place = placeAfter(root, place.around);
    }
    const join = joinAt(place);
    const fragment = doc.createDocumentFragment();
    if (join.spaceBefore) fragment.appendChild(doc.createTextNode(' '));
    let last: Node | null = null;
    blocks.forEach((block, i) => {
      if (i > 0) fragment.appendChild(doc.createTextNode(' '));
      last = fragment.appendChild(blockNode(block, insert.asPlainText));
    });
    if (join.spaceAfter) fragment.appendChild(doc.createTextNode(' '));
    place.point.insertNode(fragment);
    finish(insert, last ? caretAfter(last) : null);
    return { inserted: blocks.length, asPlainText: insert.asPlainText, ...(notice ? { notice } : {}) };
  }

  /**
   * Puts a node of whole paragraphs where Word puts a composed block (src/core/insertion.ts) and leaves the caret just
   * after it; returns the notice the place calls for.
   */
  function placeParagraphs(node: Node, insert: InsertOptions): string | undefined {
    const place = placeAt(root, startRange(insert));
    const notice = otherNotice(place);
    const placed = [...(node.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? node.childNodes : [node])];
    const own = place.container === 'own' ? place.around : null;
    if (own && isBlockTagged(own)) own.after(node);
    else if (own) putBlock(root, place.paragraph ?? own, node, 'after-paragraph');
    else if (place.paragraph) putBlock(root, place.paragraph, node, composedPlacement(place));
    else place.point.insertNode(node);
    const last = placed[placed.length - 1] ?? null;
    finish(insert, last ? caretAfterBlock(root, last) : null);
    return notice;
  }

  /** A formatted block, by the rules in src/core/insertion.ts, as the Word adapter inserts one (insert-composed-block.ts). */
  async function insertComposedBlock(block: ComposedBlock, insert: InsertOptions): Promise<ComposedInsertOutcome> {
    onPage();
    const tagsBefore = block.kind === 'tso' ? tagsIn(root) : null;
    const notice = placeParagraphs(composedBlockNode(doc, block, insert.asPlainText), insert);
    return { inserted: 1, asPlainText: insert.asPlainText, tagsBefore, ...(notice ? { notice } : {}) };
  }

  /** An "Insert all" list, placed as a composed block is, as the Word adapter inserts one (insert-list.ts). */
  async function insertDescriptorList(list: DocumentList, insert: InsertOptions): Promise<InsertOutcome> {
    onPage();
    if (list.items.length === 0) return { inserted: 0, asPlainText: insert.asPlainText };
    const notice = placeParagraphs(descriptorListNode(doc, list, (item) => blockNode(item, insert.asPlainText)), insert);
    return { inserted: list.items.length, asPlainText: insert.asPlainText, ...(notice ? { notice } : {}) };
  }

  return {
    ...createPreviewChecking(root, properties),
    documentLabel: 'the sample document',
    insertBlocks,
    insertComposedBlock,
    insertDescriptorList,
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
