import { blockPlacement, containerOf, type BlockPlacement } from '../../core/insertion';
import type { InsertOptions } from '../port';
import type { Caret } from './locate';

/** Where a block of whole paragraphs (a composed block, an "Insert all" list) goes, read before anything is written. */
export interface BlockPlace {
  caret: Caret;
  placement: BlockPlacement;
  /** The caret is inside one of the add-in's own blocks of whole paragraphs: the block goes after it. */
  afterControl: Word.ContentControl | null;
}

/** The place for a block of paragraphs, by the rules in src/core/insertion.ts. */
export function blockPlaceAt(caret: Caret, options: InsertOptions, has13: boolean): BlockPlace {
  const own = caret.around && containerOf(caret.around.tag) === 'own' ? caret.around : null;
  // In Replace mode the selected text goes first; what stays of the paragraph decides whether it is empty.
  const remaining = options.mode === 'replace' ? `${caret.before}${caret.after}` : caret.paragraphText;
  return {
    caret,
    placement: blockPlacement(remaining, has13 ? caret.before : null, own ? 'own' : 'none'),
    afterControl: own && own.block ? own.control : null,
  };
}

/** The block's first paragraph, made where the place says, and how to make any paragraph of it Normal and outside a list. */
export interface BlockStart {
  first: Word.Paragraph;
  /** WordApi 1.3: sets the Normal style and takes the paragraph out of a list, as far as the caret's paragraph needs it. */
  normalise(p: Word.Paragraph): void;
}

/**
 * Queues the first paragraph of a block: the selection removed first in Replace mode; then after the add-in's own
 * block holding the caret, in place of an empty (or empty numbered) paragraph, or a new paragraph before or after the
 * caret's paragraph. The block never ends the document: where the caret's paragraph is the last, an empty paragraph
 * follows it (WordApi 1.3, where that can be read). Calls `firstWriteDone` after the first write.
 *
 * WordApi 1.1: Paragraph.insertParagraph/insertText, ContentControl.insertParagraph, Range.insertText. WordApi 1.3:
 * Paragraph.styleBuiltIn and detachFromList (new paragraphs take the style and numbering of the one they come from,
 * office-js #72).
 */
export function startBlock(place: BlockPlace, options: InsertOptions, has13: boolean, firstWriteDone: () => void): BlockStart {
  const { caret } = place;
  const normalise = (p: Word.Paragraph) => {
    if (!has13) return;
    if (caret.styleBuiltIn !== 'Normal') p.styleBuiltIn = 'Normal';
    if (caret.listItem) p.detachFromList();
  };
  let first: Word.Paragraph;
  if (options.mode === 'replace') {
    caret.selection.insertText('', 'Replace');
    firstWriteDone();
  }
  if (place.afterControl) first = place.afterControl.insertParagraph('', 'After');
  else if (place.placement === 'fill-empty-paragraph') {
    first = caret.paragraph;
    if (caret.paragraphText !== '') first.insertText('', 'Replace'); // a typed "1. " goes
  } else first = caret.paragraph.insertParagraph('', place.placement === 'before-paragraph' ? 'Before' : 'After');
  if (options.mode !== 'replace') firstWriteDone();
  normalise(first);
  // The block never ends the document: Word keeps a paragraph after a block-level control, and so does this.
  if (has13 && caret.lastParagraph && place.placement !== 'before-paragraph' && !place.afterControl) normalise(first.insertParagraph('', 'After'));
  return { first, normalise };
}
