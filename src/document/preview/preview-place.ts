import { blockPlacement, containerOf, inlineJoin, type InlineJoin } from '../../core/insertion';

/**
 * Where an insertion goes in the preview's sample document, by the same rules as in Word (src/core/insertion.ts):
 * the paragraph-like element holding the caret, its text either side of the caret, and the tagged element (standing in
 * for a content control) around it. The Word adapter reads the same things from Word (src/document/word/locate.ts).
 */
export const TAGGED = '[data-tag]';
const PARAGRAPH = 'p, h1, h2, h3, h4, h5, h6, li, td, th';
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, div, blockquote, pre, section, ul, ol, table, thead, tbody, tfoot, tr, td, th';

export interface PreviewPlace {
  /** The paragraph-like element holding the insertion point (null: loose text at the top of the document). */
  paragraph: HTMLElement | null;
  /** The insertion point, collapsed. */
  point: Range;
  before: string;
  after: string;
  /** The innermost tagged element around the caret, and whether it is the add-in's. */
  around: HTMLElement | null;
  container: 'none' | 'own' | 'other';
}

const text = (range: Range) => range.toString().replace(/\u00a0/g, ' ');

function inside(root: HTMLElement, el: Element | null | undefined): HTMLElement | null {
  return el instanceof HTMLElement && el !== root && root.contains(el) ? el : null;
}

/** The paragraph-like element (a td with paragraphs in it is not one) holding a node. */
export function paragraphOf(root: HTMLElement, node: Node): HTMLElement | null {
  let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && el !== root) {
    if (el.matches(PARAGRAPH) && el.querySelector(BLOCKS) === null) return inside(root, el);
    el = el.parentElement;
  }
  return null;
}

/** Reads the place at `point` (collapsed): the paragraph, the text either side, the tagged element around it. */
export function placeAt(root: HTMLElement, point: Range): PreviewPlace {
  const doc = root.ownerDocument;
  const node = point.startContainer;
  const paragraph = paragraphOf(root, node);
  const start = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const around = inside(root, start?.closest(TAGGED));
  let before = '';
  let after = '';
  if (paragraph) {
    const b = doc.createRange();
    b.selectNodeContents(paragraph);
    b.setEnd(point.startContainer, point.startOffset);
    before = text(b);
    const a = doc.createRange();
    a.selectNodeContents(paragraph);
    a.setStart(point.startContainer, point.startOffset);
    after = text(a);
  }
  return { paragraph, point, before, after, around, container: around ? containerOf(around.dataset.tag ?? '') : 'none' };
}

/** The place just after an element (the add-in's own inline block the caret was in). */
export function placeAfter(root: HTMLElement, el: HTMLElement): PreviewPlace {
  const point = root.ownerDocument.createRange();
  point.setStartAfter(el);
  point.collapse(true);
  return placeAt(root, point);
}

export function joinAt(place: PreviewPlace): InlineJoin {
  return inlineJoin(place.before, place.after);
}

/** Where a composed block goes (see blockPlacement in src/core/insertion.ts). */
export function composedPlacement(place: PreviewPlace) {
  const paragraphText = `${place.before}${place.after}`;
  return blockPlacement(paragraphText, place.before, place.container === 'own' ? 'own' : 'none');
}

/** Is this a block-level tagged element (standing in for a content control around paragraphs)? */
export function isBlockTagged(el: HTMLElement): boolean {
  return el.matches(BLOCKS);
}

/** Said when the caret was inside a tagged element that is not the add-in's. */
export function otherNotice(place: PreviewPlace): string | undefined {
  if (place.container !== 'other' || !place.around) return undefined;
  const name = (place.around.title ?? '').trim();
  return `The cursor was inside another content control${name ? ` (“${name}”)` : ''}, so this went in inside it.`;
}
