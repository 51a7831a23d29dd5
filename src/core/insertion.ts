/**
 * Where an insertion goes and how it joins the text around it: the rules both document adapters follow (the Word
 * adapter and the preview page's), so an insertion reads the same in Word as on the preview page. Plain data in, plain
 * data out; each adapter reads the place in its own way and applies the plan. See docs/word-behaviour.md (points 1,
 * 6 and 7) for the Word behaviour behind them.
 *
 * - The caret ends just after what was inserted, so insertions made one after another read in order.
 * - A descriptor (an inline block) inserted in the middle of text is separated from it by a space on each side where
 *   the text touches it (not before closing punctuation, not after an opening bracket or quote); at an empty paragraph
 *   it simply fills the paragraph.
 * - A composed block (an objective, a rating rationale, and what later issues add) starts its own paragraphs, in the
 *   Normal style and outside any list. An empty paragraph at the caret, or one holding only a list number such as
 *   "1.", becomes the block's first paragraph rather than being left behind; with the caret at the start of a paragraph
 *   that has text, the block goes before that paragraph (so blocks inserted one after another read in order: the
 *   caret is left at the start of the paragraph after a block); otherwise it goes after the caret's paragraph.
 *   A block never ends the document: an empty paragraph follows it when it would.
 * - With the caret inside one of the add-in's own blocks, the insertion goes just after that block, never inside it.
 *   Inside a block that is not the add-in's (another add-in's control, a form field) it goes where the caret is, and
 *   the user is told.
 */
import { isProjectTag } from './tags';

/** What holds the insertion point: nothing, one of this add-in's blocks, or another content control. */
export type InsertionContainer = 'none' | 'own' | 'other';

/** Classifies the innermost content control around the caret from its tag (null when there is none). */
export function containerOf(tag: string | null | undefined): InsertionContainer {
  if (tag === null || tag === undefined) return 'none';
  return isProjectTag(tag) ? 'own' : 'other';
}

/** How an inline block joins the text of its paragraph. */
export interface InlineJoin {
  /** Put a space between the text before the insertion point and the block. */
  spaceBefore: boolean;
  /** Put a space between the block and the text after the insertion point. */
  spaceAfter: boolean;
}

/** Characters after which a block follows without a space. */
const OPENS = /[\s([{\u201C\u2018/]$/;
/** Characters before which a block ends without a space. */
const CLOSES = /^[\s.,;:!?)\]}\u201D\u2019]/;

/**
 * The spaces an inline block needs, from the text of its paragraph before and after the insertion point (after the
 * selection when the selection is kept; around it when it is replaced). An empty paragraph gets none.
 */
export function inlineJoin(before: string, after: string): InlineJoin {
  return {
    spaceBefore: before !== '' && !OPENS.test(before),
    spaceAfter: after !== '' && !CLOSES.test(after),
  };
}

/** The text to insert for one or more inline blocks in a row at one place: each separated from the next by a space. */
export function inlineText(texts: readonly string[], join: InlineJoin): string {
  return `${join.spaceBefore ? ' ' : ''}${texts.join(' ')}${join.spaceAfter ? ' ' : ''}`;
}

/** A paragraph a user has started but not written: empty, blank, or holding only a typed list number or bullet. */
const BARE_MARKER = /^\s*(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]|[\u2022\u25E6\u25AA*\u2013-])?\s*$/i;

/**
 * True when a composed block should take the place of the caret's paragraph: its text is empty or blank, or only a
 * list number typed by hand ("1.", "a)", "•"). A list item whose number Word draws itself has empty text.
 */
export function isEmptyParagraph(text: string): boolean {
  // Word ends a paragraph's text with a carriage return on some hosts and writes a line break as a vertical tab.
  return BARE_MARKER.test(text.split(String.fromCharCode(11)).join('').replace(/[\r\n]/g, ''));
}

/** Where a composed block's first paragraph goes. */
export type BlockPlacement =
  /** The caret's paragraph is empty (or a bare list number): it becomes the block's first paragraph. */
  | 'fill-empty-paragraph'
  /** The caret is at the start of a paragraph with text: new paragraphs before it. */
  | 'before-paragraph'
  /** New paragraphs after the caret's paragraph (or after the add-in's own block holding the caret). */
  | 'after-paragraph';

/**
 * Where a composed block goes, from the caret's paragraph text, the part of it before the caret (null where it cannot
 * be read: WordApi 1.1), and what holds the caret.
 */
export function blockPlacement(paragraphText: string, before: string | null, container: InsertionContainer): BlockPlacement {
  if (container === 'own') return 'after-paragraph';
  if (isEmptyParagraph(paragraphText)) return 'fill-empty-paragraph';
  return before === '' ? 'before-paragraph' : 'after-paragraph';
}
