import type { ComposedBlock } from '../../core/compose/block';
import { TAGGED_BLOCK_CLASS } from './preview-port';
import { PLACEHOLDER_STYLE } from '../placeholder-style';

/** The class of a placeholder run (a field still to fill in) in the sample document. */
export const PLACEHOLDER_CLASS = 'placeholder-run';

/**
 * Formatted blocks in the preview's sample document, the way the Word adapter writes them: one outlined `div`
 * (standing in for a rich-text content control) carrying `data-tag` and `title`, one `p` per block paragraph,
 * `strong` for bold runs and an italic grey `span` for placeholder runs. Every run is set with `textContent`, so a reviewer's `<b>` or `&` stays text.
 */
export function composedBlockNode(doc: Document, block: ComposedBlock, plain: boolean): Node {
  const holder: Node = plain ? doc.createDocumentFragment() : doc.createElement('div');
  if (holder instanceof HTMLElement) {
    holder.className = TAGGED_BLOCK_CLASS;
    holder.dataset.tag = block.tag;
    holder.title = block.title;
  }
  for (const paragraph of block.paragraphs) {
    const p = doc.createElement('p');
    for (const run of paragraph.runs) {
      if (run.text === '') continue;
      if (run.bold) {
        const strong = doc.createElement('strong');
        strong.textContent = run.text;
        p.appendChild(strong);
      } else if (run.placeholder) {
        // As Word writes it (insert-composed-block.ts): italic, grey, the bracketed prompt kept as text.
        const span = doc.createElement('span');
        span.className = PLACEHOLDER_CLASS;
        span.style.fontStyle = PLACEHOLDER_STYLE.italic ? 'italic' : 'normal';
        span.style.color = PLACEHOLDER_STYLE.color;
        span.textContent = run.text;
        p.appendChild(span);
      } else p.appendChild(doc.createTextNode(run.text));
    }
    holder.appendChild(p);
  }
  return holder;
}

const PARAGRAPH_LIKE = 'p, h1, h2, h3, h4, h5, h6, li';

/**
 * Puts a block's node where Word would put its paragraphs: after the paragraph holding the caret (after the whole
 * tagged block if the caret is in one), staying inside a table cell. Returns the last node inserted.
 */
export function placeComposedNode(root: HTMLElement, range: Range, node: Node): Node | null {
  const last = node.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? node.lastChild : node;
  const start = range.endContainer.nodeType === Node.ELEMENT_NODE ? (range.endContainer as Element) : range.endContainer.parentElement;
  const inside = (el: Element | null | undefined) => (el && el !== root && root.contains(el) ? el : null);
  const block = inside(start?.closest(`div.${TAGGED_BLOCK_CLASS}`)) ?? inside(start?.closest(PARAGRAPH_LIKE));
  if (block) block.after(node);
  else {
    const cell = inside(start?.closest('td, th'));
    if (cell) cell.appendChild(node);
    else {
      range.collapse(false);
      range.insertNode(node);
    }
  }
  return last;
}

/** The tags of the tagged blocks in the sample document, in document order. */
export function tagsIn(root: HTMLElement): string[] {
  return [...root.querySelectorAll<HTMLElement>(`.${TAGGED_BLOCK_CLASS}[data-tag]`)].map((el) => el.dataset.tag ?? '');
}
