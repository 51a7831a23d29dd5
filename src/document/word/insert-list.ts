import type { DocumentList, InsertOptions, InsertOutcome } from '../port';
import type { WordHost } from './host';
import { runInsertion, type InsertState } from './insertion';
import { locateCaret, otherControlNotice } from './locate';
import { blockPlaceAt, startBlock, type BlockPlace } from './block-start';

/**
 * "Insert all": the descriptors as one bulleted list, each item its own paragraph holding one descriptor verbatim in an
 * inline content control tagged `tsd:<id>`, then the one reference in a paragraph of its own, in the Normal style and
 * outside the list. The list goes where a composed block goes (src/core/insertion.ts, block-start.ts), which the
 * preview page follows too, and the caret is left at the start of the paragraph after it.
 *
 * Requirement sets, each on Microsoft's reference page:
 * - WordApi 1.3 (https://learn.microsoft.com/javascript/api/word/word.paragraph): `Paragraph.startNewList()` makes the
 *   first item a new list ("Fails if the paragraph is already a list item", so the first paragraph is taken out of any
 *   list first with `detachFromList()`, office-js #2307); `Paragraph.getRange('After')` for the caret.
 * - WordApi 1.3 (https://learn.microsoft.com/javascript/api/word/word.list): `List.setLevelBullet(0, 'Solid')` makes the
 *   list a bulleted one; `List.insertParagraph(…, 'End')` adds an item at its end, and `List.insertParagraph(…,
 *   'After')` the paragraph after the list, which is not part of it (the reference's examples: "To add new items to
 *   the list, use Start or End"; "To add paragraphs outside the list, use Before or After").
 * - WordApi 1.1: `Paragraph.insertText`, `Range.insertContentControl` with `tag` and `title`, `Paragraph.select`. With
 *   WordApi 1.1 only there are no list calls: each descriptor is a paragraph of its own, without a bullet, then the
 *   reference; the caret goes to the end of the reference (`select('End')`).
 *
 * Round trips: one sync reads the place, one writes: every paragraph and its text first, then the caret, then the
 * content controls, then the edition. A refused control therefore leaves the list in as plain text.
 */
export async function insertListInWord(host: WordHost, list: DocumentList, options: InsertOptions, state: InsertState): Promise<InsertOutcome> {
  if (list.items.length === 0) return { inserted: 0, asPlainText: options.asPlainText };
  const has13 = host.isSetSupported('WordApi', '1.3');
  const { asPlainText, notice } = await runInsertion<BlockPlace, void>(host, state, options, {
    action: 'insert the descriptors',
    refusalLeaves: 'text',
    locate: async (context) => blockPlaceAt(await locateCaret(context, host, options.mode), options, has13),
    notices: (place) => otherControlNotice(place.caret),
    queue: (context, plain, place, firstWriteDone) => {
      const { first, normalise } = startBlock(place, options, has13, firstWriteDone);
      const ranges: Word.Range[] = [];
      let reference: Word.Paragraph;
      if (has13) {
        // startBlock has taken the first paragraph out of any list the caret's paragraph was in.
        const bullets = first.startNewList();
        bullets.setLevelBullet(0, 'Solid');
        list.items.forEach((item, i) => {
          const paragraph = i === 0 ? first : bullets.insertParagraph('', 'End');
          ranges.push(paragraph.insertText(item.text, 'End'));
        });
        reference = bullets.insertParagraph('', 'After');
        reference.styleBuiltIn = 'Normal';
        reference.detachFromList(); // a no-op outside a list; Word has been seen to carry numbering over (#72)
      } else {
        let last = first;
        list.items.forEach((item, i) => {
          if (i > 0) {
            last = last.insertParagraph('', 'After');
            normalise(last);
          }
          ranges.push(last.insertText(item.text, 'End'));
        });
        reference = last.insertParagraph('', 'After');
      }
      reference.insertText(list.reference, 'End');
      // The caret just after the list, before any control exists, so a refused control still leaves it there.
      if (has13) reference.getRange('After').select('Start');
      else reference.select('End');
      if (!plain) {
        list.items.forEach((item, i) => {
          const control = (ranges[i] as Word.Range).insertContentControl();
          control.tag = item.tag;
          control.title = item.title;
        });
      }
      return () => undefined;
    },
  });
  return { inserted: list.items.length, asPlainText, ...(notice ? { notice } : {}) };
}
