import type { BlockParagraph, ComposedBlock } from '../../core/compose/block';
import type { ComposedInsertOutcome, InsertOptions } from '../port';
import type { WordHost } from './host';
import { CONTENT_CONTROL_NOTICE, type InsertState } from './insert-blocks';
import { isEditionPropertyFailure, queueEditionProperty, recordEditionInSettings } from './edition-property';
import { isContentControlRefusal, toDocumentError } from './errors';

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
  if (!host.isSetSupported('WordApi', '1.1')) state.contentControlsRefused = true;
  const wrapLast = host.isSetSupported('WordApi', '1.3');
  const plainFromStart = options.asPlainText || state.contentControlsRefused;
  const what = block.kind === 'tso' ? 'insert the objective' : 'insert the rating rationale';
  const paragraphs: readonly BlockParagraph[] = block.paragraphs.length > 0 ? block.paragraphs : [{ runs: [] }];

  let editionQueued = false;
  const write = (plain: boolean) =>
    host.run(async (context) => {
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
      editionQueued = queueEditionProperty(context, host, options.edition);
      await context.sync();
      return controls ? controls.items.map((c) => c.tag) : null;
    });

  try {
    const tagsBefore = await write(plainFromStart);
    if (!editionQueued) recordEditionInSettings(host, options.edition);
    const fellBack = plainFromStart && !options.asPlainText;
    return { inserted: 1, asPlainText: plainFromStart, tagsBefore, ...(fellBack ? noticeOnce(state) : {}) };
  } catch (error) {
    if (editionQueued && isEditionPropertyFailure(error)) {
      // The block went in; only the record of the edition failed. (The tags read in the batch are not available.)
      recordEditionInSettings(host, options.edition);
      const fellBack = plainFromStart && !options.asPlainText;
      return { inserted: 1, asPlainText: plainFromStart, tagsBefore: null, ...(fellBack ? noticeOnce(state) : {}) };
    }
    if (plainFromStart || !isContentControlRefusal(error)) throw toDocumentError(error, what);
    recordEditionInSettings(host, options.edition);
    state.contentControlsRefused = true;
    if (wrapLast) return { inserted: 1, asPlainText: true, tagsBefore: null, ...noticeOnce(state) };
    try {
      const tagsBefore = await write(true);
      return { inserted: 1, asPlainText: true, tagsBefore, ...noticeOnce(state) };
    } catch (second) {
      throw toDocumentError(second, what);
    }
  }
}

function labelled(control: Word.ContentControl, block: ComposedBlock): Word.ContentControl {
  control.tag = block.tag;
  control.title = block.title;
  return control;
}

/** Appends a paragraph's runs; bold is set on every run, so nothing inherits bold from the paragraph before. */
function writeRuns(paragraph: Word.Paragraph, content: BlockParagraph): void {
  for (const run of content.runs) {
    if (run.text === '') continue;
    paragraph.insertText(run.text, 'End').font.bold = run.bold === true;
  }
}

function noticeOnce(state: InsertState): { notice?: string } {
  if (state.noticeGiven) return {};
  state.noticeGiven = true;
  return { notice: CONTENT_CONTROL_NOTICE };
}
