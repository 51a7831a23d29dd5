import type { BlockParagraph, ComposedBlock } from '../../core/compose/block';
import type { ComposedInsertOutcome, InsertOptions } from '../port';
import type { WordHost } from './host';
import { runInsertion, type InsertState } from './insertion';
import { PLACEHOLDER_STYLE } from '../placeholder-style';

/**
 * Inserts one formatted block (an objective or a rating rationale): one paragraph per block paragraph, each run
 * written with `insertText` and its `font.bold` set (never HTML or OOXML, so a reviewer's `<b>` or `&` stays literal),
 * inside one rich-text content control tagged `block.tag` and titled `block.title`.
 *
 * Where it goes: new paragraphs after the paragraph holding the end of the selection (`Range.insertParagraph` takes
 * only Before/After). Nothing the user wrote is replaced, unless Replace is on, when the selected text is removed
 * first. A paragraph inserted after one in a table cell stays in that cell, so the block goes into the cell, formatted.
 *
 * Requirement sets:
 * - WordApi 1.1: getSelection, Range.insertText/insertParagraph, Paragraph.insertText/insertParagraph,
 *   Range.font.bold, insertContentControl, ContentControl tag/title, Body.contentControls (tags).
 * - WordApi 1.3, when supported: Paragraph.getRange and Range.expandTo, to wrap the finished paragraphs in the content
 *   control as the batch's last command.
 *
 * Round trips: one `context.sync()`. For an objective, the document's content-control tags are loaded in that same
 * sync (queued before any write, so they describe the document just before the block went in): the pane numbered the
 * objective from tags it read when the tab opened, and re-checks the number against these afterwards. Reading them
 * first would make a second sync, because the heading ("Objective N: …") must be known before it is written.
 *
 * Where content controls are refused: Word runs a batch in order and stops at the first command that fails.
 * - With WordApi 1.3 the control is the last command, so the formatted paragraphs are already in place as plain
 *   paragraphs: the same single sync, and the notice is given once.
 * - With WordApi 1.1 only, the control has to be made first (around the first, still empty paragraph) so the rest can
 *   go inside it; a refusal then stops the batch before any text is written, and the block is written again as plain
 *   paragraphs in a second sync. That happens once a session: the refusal is remembered and later blocks go in plain.
 *   In Word the empty paragraph the control was to wrap may be left after the block.
 */
export async function insertComposedBlockInWord(
  host: WordHost,
  block: ComposedBlock,
  options: InsertOptions,
  state: InsertState,
): Promise<ComposedInsertOutcome> {
  const wrapLast = host.isSetSupported('WordApi', '1.3');
  const paragraphs: readonly BlockParagraph[] = block.paragraphs.length > 0 ? block.paragraphs : [{ runs: [] }];
  const { read, asPlainText, notice } = await runInsertion(host, state, options, {
    action: ACTIONS[block.kind],
    refusalLeaves: wrapLast ? 'text' : 'nothing',
    queue: (context, plain) => {
      const controls = block.kind === 'tso' ? context.document.body.contentControls : null;
      if (controls) controls.load('items/tag');
      const selection = context.document.getSelection();
      const anchor: Word.Range = options.mode === 'replace' ? selection.insertText('', 'Replace') : selection;
      const first = anchor.insertParagraph('', 'After');
      let control: Word.ContentControl | null = null;
      if (!plain && !wrapLast) control = labelled(first.insertContentControl(), block);
      writeRuns(first, paragraphs[0] as BlockParagraph);
      let last = first;
      for (const paragraph of paragraphs.slice(1)) {
        const next = control ? control.insertParagraph('', 'End') : last.insertParagraph('', 'After');
        writeRuns(next, paragraph);
        last = next;
      }
      if (!plain && wrapLast) labelled(first.getRange('Whole').expandTo(last.getRange('Whole')).insertContentControl(), block);
      return () => (controls ? controls.items.map((c) => c.tag) : null);
    },
  });
  return { inserted: 1, asPlainText, tagsBefore: read ?? null, ...(notice ? { notice } : {}) };
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
