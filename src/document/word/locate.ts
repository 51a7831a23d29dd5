import { containerOf } from '../../core/insertion';
import type { InsertMode } from '../port';
import type { WordHost } from './host';

/** The content control around the caret (rich-text ones only: Word does not report plain-text ones, office-js #1302). */
export interface AroundControl {
  control: Word.ContentControl;
  tag: string;
  title: string;
  text: string;
  /** Around whole paragraphs (subtype RichTextParagraphs), not inline. */
  block: boolean;
}

/** What an insertion needs to know about the caret, read before anything is written. */
export interface Caret {
  selection: Word.Range;
  /** Where inserted text goes: the end of the selection (the selection itself on WordApi 1.1, with `End`). */
  point: Word.Range;
  /** The paragraph holding the end of the selection. */
  paragraph: Word.Paragraph;
  paragraphText: string;
  /** The paragraph's text before and after the insertion point (WordApi 1.1: all of it before, none after). */
  before: string;
  after: string;
  around: AroundControl | null;
  /** WordApi 1.3 only (false where unknown): the paragraph is a list item, its built-in style, the last of the body. */
  listItem: boolean;
  styleBuiltIn: string;
  lastParagraph: boolean;
}

/**
 * Reads the caret's place in one sync (WordApi 1.3): the paragraph holding the end of the selection (text, list,
 * style, whether it is the last), the text of that paragraph either side of the insertion point, and the rich-text
 * content control around the caret (tag, title, text, subtype), loading only those properties.
 *
 * WordApi 1.3: Range.getRange, Range.expandTo, Paragraph.getRange, ParagraphCollection.getFirst/getLast,
 * Range.parentContentControlOrNullObject, Paragraph.isListItem/styleBuiltIn/isLastParagraph, ContentControl.subtype.
 * WordApi 1.1 only: two syncs: the paragraphs' text, then `parentContentControl`, which fails with ItemNotFound when
 * there is none (so in a sync of its own); the position within the paragraph cannot be read.
 */
export async function locateCaret(context: Word.RequestContext, host: WordHost, mode: InsertMode): Promise<Caret> {
  const selection = context.document.getSelection();
  if (host.isSetSupported('WordApi', '1.3')) {
    // Navigation properties (paragraphs, the control around) need no load; only the values read below are loaded.
    const paragraphs = context.document.getSelection().paragraphs;
    const last = paragraphs.getLast();
    const first = mode === 'replace' ? paragraphs.getFirst() : last;
    const start = mode === 'replace' ? selection.getRange('Start') : selection.getRange('End');
    const before = first.getRange('Start').expandTo(start);
    const after = selection.getRange('End').expandTo(last.getRange('End'));
    before.load('text');
    after.load('text');
    // eslint-disable-next-line office-addins/no-navigational-load -- scalar properties of Word.Paragraph (WordApi 1.3) that the rule's list does not know
    last.load('text,isListItem,styleBuiltIn,isLastParagraph');
    const around = context.document.getSelection().parentContentControlOrNullObject;
    around.load('tag,title,text,subtype');
    await context.sync();
    return {
      selection,
      point: mode === 'replace' ? selection : selection.getRange('End'),
      paragraph: last,
      paragraphText: last.text,
      before: before.text,
      after: after.text,
      around: around.isNullObject ? null : { control: around, tag: around.tag, title: around.title, text: around.text, block: String(around.subtype) === 'RichTextParagraphs' },
      listItem: last.isListItem,
      styleBuiltIn: String(last.styleBuiltIn),
      lastParagraph: last.isLastParagraph,
    };
  }
  const paragraphs = context.document.getSelection().paragraphs;
  paragraphs.load('text');
  await context.sync();
  const last = paragraphs.items[paragraphs.items.length - 1] as Word.Paragraph;
  let around: AroundControl | null = null;
  const parent = context.document.getSelection().parentContentControl;
  parent.load('tag,title,text,type');
  try {
    await context.sync();
    around = { control: parent, tag: parent.tag, title: parent.title, text: parent.text, block: String(parent.type) === 'RichTextParagraphs' || /[\r\n]/.test(parent.text) };
  } catch {
    around = null; // ItemNotFound: the caret is in no (rich-text) content control
  }
  return { selection, point: selection, paragraph: last, paragraphText: last.text, before: last.text, after: '', around, listItem: false, styleBuiltIn: 'Normal', lastParagraph: false };
}

/** Said when the caret was inside a content control that is not the add-in's (another add-in's, a form field). */
export function otherControlNotice(caret: Caret): string[] {
  if (!caret.around || containerOf(caret.around.tag) !== 'other') return [];
  const name = caret.around.title.trim();
  return [`The cursor was inside another content control${name ? ` (“${name}”)` : ''}, so this went in inside it.`];
}
