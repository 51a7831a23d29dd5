import type { DocumentBlock, InsertOptions, InsertOutcome } from '../port';
import type { WordHost } from './host';
import { runInsertion, type InsertState } from './insertion';

/**
 * Inserts blocks at the cursor.
 *
 * Requirement set: WordApi 1.1 (getSelection, Range.insertText, Range.insertContentControl, ContentControl tag/title).
 *
 * Round trips: one `context.sync()` in both modes, with nothing read. `after-selection` inserts at the selection's
 * end (`insertText(…, 'End')`, WordApi 1.1): for a collapsed selection that is the cursor, for a non-empty one it is
 * just after it, so nothing the user wrote is replaced. This is the same place as `selection.getRange('End')`, which
 * needs WordApi 1.3, so no guard is needed. Without a read, no space is added between selected text and the block.
 * `replace` replaces the selection.
 *
 * Order within the batch: every piece of text first, chained with `insertText(…, 'After')`, then each block's range is
 * wrapped in a content control. Word runs a batch in order and stops at the first command that fails, so if it
 * refuses content controls the text is already in place as plain text and nothing is inserted twice. The fallback, the
 * edition property and the notice are the insertion wrapper's (insertion.ts).
 */
export async function insertBlocksInWord(
  host: WordHost,
  blocks: readonly DocumentBlock[],
  options: InsertOptions,
  state: InsertState,
): Promise<InsertOutcome> {
  if (blocks.length === 0) return { inserted: 0, asPlainText: options.asPlainText };
  const { asPlainText, notice } = await runInsertion(host, state, options, {
    action: blocks.length === 1 ? 'insert the descriptor' : 'insert the descriptors',
    refusalLeaves: 'text',
    queue: (context, plain) => {
      const selection = context.document.getSelection();
      const pieces: { text: string; block?: DocumentBlock }[] = [];
      blocks.forEach((block, i) => {
        if (i > 0) pieces.push({ text: '\n' });
        pieces.push({ text: block.text, block });
      });
      const toWrap: { range: Word.Range; block: DocumentBlock }[] = [];
      let previous: Word.Range | undefined;
      for (const piece of pieces) {
        const range: Word.Range = previous
          ? previous.insertText(piece.text, 'After')
          : selection.insertText(piece.text, options.mode === 'replace' ? 'Replace' : 'End');
        // An untagged block (the reference after a list) is text only.
        if (piece.block && piece.block.tag !== '') toWrap.push({ range, block: piece.block });
        previous = range;
      }
      if (!plain) {
        for (const { range, block } of toWrap) {
          const control = range.insertContentControl();
          control.tag = block.tag;
          control.title = block.title;
        }
      }
      return () => undefined;
    },
  });
  return { inserted: blocks.length, asPlainText, ...(notice ? { notice } : {}) };
}
