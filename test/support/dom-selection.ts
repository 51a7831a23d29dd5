/**
 * Places the document's selection for the preview adapter's tests, as a click or a drag would, and tells the page's
 * `selectionchange` listeners: from `start` to `end` in `node` (a caret when they are equal).
 */
export function selectInDocument(node: Node, start: number, end = start): void {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const selection = window.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}

/** The caret at the end of `node`'s content. */
export function caretAtEndOf(node: Node): void {
  selectInDocument(node, node.childNodes.length);
}
