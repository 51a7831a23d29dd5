import { containerOf, inlineJoin, type InlineJoin } from '../../core/insertion';
import { DocumentError, type DocumentBlock, type InsertOptions, type InsertOutcome } from '../port';
import type { WordHost } from './host';
import { runInsertion, type InsertState } from './insertion';
import { locateCaret, otherControlNotice, type Caret } from './locate';

/** Where descriptors go, as read before writing. */
type Place =
  /** At a point in a paragraph: the caret (or just after the add-in's own inline block holding it). */
  | { kind: 'point'; point: Word.Range; replace: Word.Range | null; join: InlineJoin; caret: Caret }
  /** The caret is inside one of the add-in's own blocks of whole paragraphs: a new paragraph after it. */
  | { kind: 'paragraph-after'; control: Word.ContentControl; caret: Caret }
  /** WordApi 1.1, the caret inside the add-in's inline block at the end of its paragraph: at that paragraph's end. */
  | { kind: 'paragraph-end'; paragraph: Word.Paragraph; join: InlineJoin; caret: Caret };

/**
 * Inserts descriptors (inline blocks) at the cursor, by the rules in src/core/insertion.ts, which the preview page
 * follows too: separated from the text either side by a space where the text touches them (an empty paragraph is
 * simply filled), one after another with a space between, never inside one of the add-in's own blocks (with the caret
 * in one, they go just after it), and the caret left just after the last one, so the next insertion follows it.
 *
 * Requirement sets: WordApi 1.1 (getSelection, Range.insertText, insertContentControl, ContentControl tag/title,
 * Range.select, Paragraph.insertText). Where WordApi 1.3 is present: Range.getRange/expandTo, Paragraph.getRange,
 * ParagraphCollection.getFirst/getLast and Range.parentContentControlOrNullObject to read the text either side of the
 * caret and the control around it, and ContentControl.getRange('After') to put the caret outside the last block.
 * With WordApi 1.1 only, the add-in cannot tell where in its paragraph the caret is: it takes the caret to be at the
 * paragraph's end (a space goes before the descriptor when the paragraph has text), and puts the caret back with the
 * control's `select('End')`, as Microsoft suggests (office-js #101).
 *
 * Round trips: one sync reads the place (two with the caret inside one of the add-in's blocks, or on WordApi 1.1);
 * one sync writes. Order within the write batch: every piece of text first (chained with `insertText(…, 'After')`),
 * the caret moved to the end of the last descriptor, then each descriptor wrapped in its content control, then the
 * caret moved just outside the last control, then the edition. A refused control therefore leaves the text in, plain,
 * with the caret after it.
 */
export async function insertBlocksInWord(host: WordHost, blocks: readonly DocumentBlock[], options: InsertOptions, state: InsertState): Promise<InsertOutcome> {
  if (blocks.length === 0) return { inserted: 0, asPlainText: options.asPlainText };
  const has13 = host.isSetSupported('WordApi', '1.3');
  const { asPlainText, notice } = await runInsertion<Place, void>(host, state, options, {
    action: blocks.length === 1 ? 'insert the descriptor' : 'insert the descriptors',
    refusalLeaves: 'text',
    locate: async (context) => {
      const caret = await locateCaret(context, host, options.mode);
      const container = containerOf(caret.around?.tag);
      if (container === 'own' && caret.around) {
        if (caret.around.block) return { kind: 'paragraph-after', control: caret.around.control, caret };
        if (has13) {
          // Just after the add-in's own inline block: read the text either side of that point.
          const point = caret.around.control.getRange('After');
          const paragraph = point.paragraphs.getFirst();
          const before = paragraph.getRange('Start').expandTo(point);
          const after = point.expandTo(paragraph.getRange('End'));
          before.load('text');
          after.load('text');
          await context.sync();
          return { kind: 'point', point, replace: null, join: inlineJoin(before.text, after.text), caret };
        }
        if (caret.paragraphText.endsWith(caret.around.text)) return { kind: 'paragraph-end', paragraph: caret.paragraph, join: inlineJoin(caret.paragraphText, ''), caret };
        throw new DocumentError('The cursor is inside a block the add-in inserted. Click just after it (or at the end of its line) and try again. Nothing was changed.');
      }
      return { kind: 'point', point: caret.point, replace: options.mode === 'replace' ? caret.selection : null, join: inlineJoin(caret.before, caret.after), caret };
    },
    notices: (place) => otherControlNotice(place.caret),
    queue: (context, plain, place, firstWriteDone) => {
      const join: InlineJoin = place.kind === 'paragraph-after' ? { spaceBefore: false, spaceAfter: false } : place.join;
      const pieces: { text: string; block?: DocumentBlock }[] = [];
      if (join.spaceBefore) pieces.push({ text: ' ' });
      blocks.forEach((block, i) => {
        if (i > 0) pieces.push({ text: ' ' });
        pieces.push({ text: block.text, block });
      });
      if (join.spaceAfter) pieces.push({ text: ' ' });

      let firstRange: Word.Range;
      if (place.kind === 'paragraph-after') {
        // The add-in's own blocks are Normal paragraphs outside any list, so the new paragraph after one is too.
        const paragraph = place.control.insertParagraph('', 'After');
        firstRange = paragraph.insertText(pieces[0]?.text ?? '', 'End');
      } else if (place.kind === 'paragraph-end') firstRange = place.paragraph.insertText(pieces[0]?.text ?? '', 'End');
      else firstRange = place.replace ? place.replace.insertText(pieces[0]?.text ?? '', 'Replace') : place.point.insertText(pieces[0]?.text ?? '', 'End');
      firstWriteDone();

      const ranges: { range: Word.Range; block?: DocumentBlock }[] = [{ range: firstRange, block: pieces[0]?.block }];
      let previous = firstRange;
      for (const piece of pieces.slice(1)) {
        previous = previous.insertText(piece.text, 'After');
        ranges.push({ range: previous, block: piece.block });
      }
      const withBlock = ranges.filter((r): r is { range: Word.Range; block: DocumentBlock } => r.block !== undefined);
      // An untagged block is text only, without a content control.
      const wrapped = withBlock.filter((r) => r.block.tag !== '');
      const last = withBlock[withBlock.length - 1] as { range: Word.Range; block: DocumentBlock };
      const lastText = last.range;
      const endsWithText = last.block.tag === '';
      const trailing = join.spaceAfter ? (ranges[ranges.length - 1] as { range: Word.Range }).range : null;
      // The caret just after the last descriptor (or untagged text): before its control exists, so a refused control still leaves it there.
      lastText.select('End');
      if (!plain) {
        let lastControl: Word.ContentControl | null = null;
        for (const { range, block } of wrapped) {
          lastControl = range.insertContentControl();
          lastControl.tag = block.tag;
          lastControl.title = block.title;
        }
        // Outside the last control, so the next insertion or the user's typing does not land inside it.
        if (lastControl && !endsWithText) {
          if (has13) lastControl.getRange('After').select('Start');
          else if (trailing) trailing.select('Start');
          else lastControl.select('End');
        }
      }
      return () => undefined;
    },
  });
  return { inserted: blocks.length, asPlainText, ...(notice ? { notice } : {}) };
}
