import type { BlockParagraph, ComposedBlock } from '../../core/compose/block';
import type { ComposedInsertOutcome, InsertOptions } from '../port';
import type { WordHost } from './host';
import { runInsertion, type InsertState } from './insertion';
import { locateCaret, otherControlNotice } from './locate';
import { blockPlaceAt, startBlock, type BlockPlace } from './block-start';
import { PLACEHOLDER_STYLE } from '../placeholder-style';

interface Place extends BlockPlace {
  /** The tags of the document's blocks before this one went in (an objective's number is re-checked against them). */
  tags: string[] | null;
}

/**
 * Inserts one formatted block (an objective, a rating rationale, and what later issues add), by the rules in
 * src/core/insertion.ts, which the preview page follows too: the block starts its own paragraphs, in the Normal style
 * and outside any list (never taking a heading's or a numbered line's formatting, office-js #72); an empty paragraph
 * at the caret, or an empty numbered line, becomes its first paragraph instead of being left behind; with the caret in
 * one of the add-in's own blocks it goes after that block; it never ends the document (an empty paragraph follows it
 * when it would); and the caret is left just after it. Each run is written with `insertText` and its `font.bold` set
 * (never HTML or OOXML, so a reviewer's `<b>` or `&` stays literal), inside one rich-text content control tagged
 * `block.tag` and titled `block.title`.
 *
 * Requirement sets:
 * - WordApi 1.1: getSelection, Range/Paragraph.insertText and insertParagraph, Range.font.bold, insertContentControl,
 *   ContentControl tag/title/insertParagraph/select, Body.contentControls (tags).
 * - WordApi 1.3, when supported: reading the caret's paragraph (locate.ts), Paragraph.styleBuiltIn and
 *   detachFromList, Paragraph.getRange and Range.expandTo to wrap the finished paragraphs in the control as the
 *   batch's last write, and ContentControl.getRange('After') for the caret. With WordApi 1.1 only, the paragraphs keep
 *   the style Word gives them (the localised style name cannot be relied on), and the control is made first around the
 *   first paragraph, the others added inside it.
 *
 * Round trips: one sync reads the place (with the document's tags for an objective), one writes. A refused control
 * leaves the paragraphs in as plain paragraphs (WordApi 1.3), or, on WordApi 1.1, stops the batch before any text,
 * and the block is written again as plain paragraphs in a second batch.
 */
export async function insertComposedBlockInWord(host: WordHost, block: ComposedBlock, options: InsertOptions, state: InsertState): Promise<ComposedInsertOutcome> {
  const has13 = host.isSetSupported('WordApi', '1.3');
  const paragraphs: readonly BlockParagraph[] = block.paragraphs.length > 0 ? block.paragraphs : [{ runs: [] }];
  let tagsBefore: string[] | null = null;
  const { asPlainText, notice } = await runInsertion<Place, string[] | null>(host, state, options, {
    action: ACTIONS[block.kind],
    refusalLeaves: has13 ? 'text' : 'nothing',
    locate: async (context) => {
      const controls = block.kind === 'tso' ? context.document.body.contentControls : null;
      if (controls) controls.load('items/tag');
      const caret = await locateCaret(context, host, options.mode);
      const tags = controls ? controls.items.map((c) => c.tag) : null;
      tagsBefore = tags;
      return { ...blockPlaceAt(caret, options, has13), tags };
    },
    notices: (place) => otherControlNotice(place.caret),
    queue: (context, plain, place, firstWriteDone) => {
      const { first, normalise } = startBlock(place, options, has13, firstWriteDone);

      let control: Word.ContentControl | null = null;
      if (!plain && !has13) control = labelled(first.insertContentControl(), block);
      writeRuns(first, paragraphs[0] as BlockParagraph);
      let last = first;
      for (const paragraph of paragraphs.slice(1)) {
        // Each new paragraph follows the one just written, so the block reads in order.
        const next = control ? control.insertParagraph('', 'End') : last.insertParagraph('', 'After');
        normalise(next);
        writeRuns(next, paragraph);
        last = next;
      }
      // The caret at the end of the block first, so a refused control still leaves it there.
      last.select('End');
      if (!plain && has13) control = labelled(first.getRange('Whole').expandTo(last.getRange('Whole')).insertContentControl(), block);
      if (control) {
        if (has13) control.getRange('After').select('Start');
        else control.select('End');
      }
      return () => place.tags;
    },
  });
  return { inserted: 1, asPlainText, tagsBefore, ...(notice ? { notice } : {}) };
}

/** What failed, in "Word could not …", for each kind of block. */
const ACTIONS: Record<ComposedBlock['kind'], string> = {
  tso: 'insert the objective',
  tsr: 'insert the rating rationale',
  tsa: 'insert the area for development',
  tsp: 'insert the pay recommendation',
};

function labelled(control: Word.ContentControl, block: ComposedBlock): Word.ContentControl {
  control.tag = block.tag;
  control.title = block.title;
  return control;
}

/**
 * Appends a paragraph's runs; bold and italic are set on every run, so nothing inherits them from the paragraph
 * before. A placeholder run (a field still to fill in) is italic and grey (../placeholder-style.ts; Word.Font, WordApi 1.1).
 */
function writeRuns(paragraph: Word.Paragraph, content: BlockParagraph): void {
  for (const run of content.runs) {
    if (run.text === '') continue;
    const font = paragraph.insertText(run.text, 'End').font;
    font.bold = run.bold === true;
    font.italic = run.placeholder === true && PLACEHOLDER_STYLE.italic;
    if (run.placeholder === true) font.color = PLACEHOLDER_STYLE.color;
  }
}
