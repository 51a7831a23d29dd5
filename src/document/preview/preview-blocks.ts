import type { ComposedBlock } from '../../core/compose/block';
import type { DocumentBlock, DocumentList } from '../port';
import type { BlockPlacement } from '../../core/insertion';
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

/** The class of the bulleted list an "Insert all" makes in the sample document. */
export const DESCRIPTOR_LIST_CLASS = 'descriptor-list';

/**
 * An "Insert all" list in the sample document, the way the Word adapter writes one (insert-list.ts): a bulleted list
 * (`ul`), one item (`li`) per descriptor holding `item(descriptor)` (its tagged span, or its text), then the reference
 * in a paragraph of its own.
 */
export function descriptorListNode(doc: Document, list: DocumentList, item: (block: DocumentBlock) => Node): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const ul = fragment.appendChild(doc.createElement('ul'));
  ul.className = DESCRIPTOR_LIST_CLASS;
  for (const block of list.items) ul.appendChild(doc.createElement('li')).appendChild(item(block));
  fragment.appendChild(doc.createElement('p')).textContent = list.reference;
  return fragment;
}

/**
 * Puts a block's node where Word puts its paragraphs (src/core/insertion.ts): in place of an empty paragraph, before the
 * paragraph whose start holds the caret, or after the caret's paragraph. A list item is taken out of its list (the
 * list is split around the block, which never takes a list's numbering); in a table cell the block stays in the cell.
 */
export function putBlock(root: HTMLElement, paragraph: HTMLElement, node: Node, placement: BlockPlacement): void {
  const doc = root.ownerDocument;
  let target: Element = paragraph;
  if (paragraph.matches('td, th')) {
    // The cell is the paragraph: its text becomes a paragraph of its own, so the block can follow it in the cell.
    const p = doc.createElement('p');
    p.append(...paragraph.childNodes);
    paragraph.appendChild(p);
    target = p;
  } else if (paragraph.matches('li') && paragraph.parentElement?.matches('ol, ul')) {
    const list = paragraph.parentElement;
    const later = list.cloneNode(false) as HTMLElement;
    let next = placement === 'after-paragraph' ? paragraph.nextElementSibling : paragraph;
    while (next) {
      const move = next;
      next = next.nextElementSibling;
      later.appendChild(move);
    }
    if (placement === 'fill-empty-paragraph') paragraph.remove();
    list.after(later);
    later.before(node);
    if (later.children.length === 0) later.remove();
    if (list.children.length === 0) list.remove();
    return;
  }
  if (placement === 'fill-empty-paragraph') target.replaceWith(node);
  else if (placement === 'before-paragraph') target.before(node);
  else target.after(node);
}

const PARAGRAPHS = 'p, h1, h2, h3, h4, h5, h6, li, td, th';

/**
 * The caret after a block: at the start of the next paragraph, as in Word (the place just after a block-level
 * content control). A block never ends the document: when no paragraph follows it, an empty one is added, as Word
 * keeps one.
 */
export function caretAfterBlock(root: HTMLElement, last: Node): Range {
  const doc = root.ownerDocument;
  const following = [...root.querySelectorAll<HTMLElement>(PARAGRAPHS)].find(
    (el) => el.querySelector(PARAGRAPHS) === null && last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && !last.contains(el),
  );
  let next = following;
  if (!next) {
    next = doc.createElement('p');
    const holder = last.parentElement?.matches(`.${TAGGED_BLOCK_CLASS}`) ? last.parentElement : last;
    (holder as ChildNode).after(next);
  }
  const range = doc.createRange();
  range.setStart(next, 0);
  range.collapse(true);
  return range;
}

/** The tags of the tagged blocks in the sample document, in document order. */
export function tagsIn(root: HTMLElement): string[] {
  return [...root.querySelectorAll<HTMLElement>(`.${TAGGED_BLOCK_CLASS}[data-tag]`)].map((el) => el.dataset.tag ?? '');
}
