import { DocumentModelBuilder } from '../../core/check/build-model';
import type { CheckDocument, TaggedBlock } from '../../core/check/model';
import { DocumentError, type DocumentPort } from '../port';

type Checking = Required<Pick<DocumentPort, 'readDocumentModel' | 'selectBlock' | 'selectParagraph' | 'replaceBlockText'>>;

const BLOCK_ELEMENTS = 'p, h1, h2, h3, h4, h5, h6, li, div, blockquote, pre, section, ul, ol, table, thead, tbody, tfoot, tr, td, th';
const STALE = 'That place is no longer in the sample document as it was when it was checked. Run the check again.';

interface Read {
  model: Pick<CheckDocument, 'paragraphs' | 'blocks'>;
  /** The element standing in for each content control. */
  blocks: HTMLElement[];
  /** The first and last node of each paragraph. */
  paragraphs: { first: Node; last: Node }[];
}

/**
 * Reads the preview's contenteditable document into the checker's model, the way Word's paragraphs and content
 * controls would come out: each paragraph-like element (or run of loose text) is a paragraph, `<br>` a line break,
 * a `span` with `data-tag` an inline content control, a `div` with `data-tag` a block-level one around its paragraphs.
 * The browser's non-breaking spaces (typed at the ends of text) read as spaces. The core's model builder
 * (src/core/check/build-model.ts) makes the model, as it does for Word and for a .docx.
 */
export function readPreviewDocument(root: HTMLElement): Read {
  const model = new DocumentModelBuilder();
  const read: Read = { model: { paragraphs: [], blocks: [] }, blocks: [], paragraphs: [] };
  let current: number | null = null; // the paragraph loose text and inline elements go into
  let tableDepth = 0;

  const startParagraph = (node: Node): number => {
    read.paragraphs.push({ first: node, last: node });
    return model.startParagraph({ inTable: tableDepth > 0 });
  };
  const endParagraph = () => {
    if (current !== null) model.endParagraph();
    current = null;
  };
  const inParagraph = (node: Node): number => {
    if (current === null) current = startParagraph(node);
    (read.paragraphs[current] as { last: Node }).last = node;
    return current;
  };
  const append = (node: Node, text: string) => {
    inParagraph(node);
    model.appendText(text);
  };
  const openControl = (el: HTMLElement, level: TaggedBlock['level']) => {
    model.openControl({ tag: el.dataset.tag ?? '', title: el.title ?? '', level });
    read.blocks.push(el);
  };

  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      append(node, (node.textContent ?? '').replace(/\u00a0/g, ' '));
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    if (node.tagName === 'BR') {
      append(node, '\n');
      return;
    }
    const tagged = node.dataset.tag !== undefined;
    if (!node.matches(BLOCK_ELEMENTS)) {
      if (!tagged) return node.childNodes.forEach(visit);
      inParagraph(node);
      openControl(node, 'inline');
      node.childNodes.forEach(visit);
      model.closeControl((node.textContent ?? '').replace(/\u00a0/g, ' '));
      return;
    }
    endParagraph();
    const table = node.matches('td, th');
    if (table) tableDepth += 1;
    if (tagged) openControl(node, 'block');
    if (node.querySelector(BLOCK_ELEMENTS) === null) current = startParagraph(node);
    node.childNodes.forEach(visit);
    endParagraph();
    if (tagged) model.closeControl();
    if (table) tableDepth -= 1;
  };
  root.childNodes.forEach(visit);
  endParagraph();
  read.model = model.build();
  return read;
}

/**
 * The checking half of the preview port: read the model, Go to a block or paragraph (the page's selection is set,
 * focus is not moved, the place is scrolled into view), and replace the text inside one tagged block.
 */
/** `properties` gives the sample document's custom properties (career stage, edition) as the checker sees them. */
export function createPreviewChecking(root: HTMLElement, properties: () => Record<string, string>): Checking {
  const doc = root.ownerDocument;
  let last: Read | null = null;

  const select = (range: Range, reveal: Element) => {
    // Chromium focuses an editable host when a selection is put in it; Word keeps the focus in the pane, so do the same.
    const active = doc.activeElement;
    const selection: Selection | null = doc.defaultView ? doc.defaultView.getSelection() : null;
    selection?.removeAllRanges();
    selection?.addRange(range);
    reveal.scrollIntoView?.({ block: 'nearest' });
    if (active instanceof HTMLElement && doc.activeElement !== active) active.focus({ preventScroll: true });
  };
  const blockAt = (index: number): HTMLElement => {
    const el = last?.blocks[index];
    if (!el || !root.contains(el)) throw new DocumentError(STALE);
    return el;
  };

  return {
    async readDocumentModel() {
      if (!root.isConnected) throw new DocumentError('The sample document is not on the page any more. Reload the page and try again.');
      last = readPreviewDocument(root);
      return { ...last.model, properties: properties() };
    },
    async selectBlock(blockIndex) {
      const el = blockAt(blockIndex);
      const range = doc.createRange();
      range.selectNodeContents(el);
      select(range, el);
    },
    async selectParagraph(index) {
      const p = last?.paragraphs[index];
      if (!p || !root.contains(p.first) || !root.contains(p.last)) throw new DocumentError(STALE);
      const range = doc.createRange();
      if (p.first === p.last && p.first instanceof HTMLElement) range.selectNodeContents(p.first);
      else {
        range.setStartBefore(p.first);
        range.setEndAfter(p.last);
      }
      select(range, p.first instanceof Element ? p.first : (p.first.parentElement ?? root));
    },
    async replaceBlockText(blockIndex, text) {
      const el = blockAt(blockIndex);
      if (el.matches(BLOCK_ELEMENTS) && el.querySelector(BLOCK_ELEMENTS) !== null) {
        const p = doc.createElement('p');
        p.textContent = text;
        el.replaceChildren(p);
      } else el.textContent = text;
    },
  };
}
