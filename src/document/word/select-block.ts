import { DocumentError } from '../port';
import type { WordHost } from './host';
import { toDocumentError } from './errors';
import type { ReadState } from './read-model';

const STALE = 'That place is no longer in the document as it was when it was checked. Run the check again.';

function isGone(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ItemNotFound';
}

/** Word's id of block `blockIndex` of the last read; a plain error when there is none. */
export function controlIdOf(state: ReadState, blockIndex: number): number {
  const id = state.controlIds[blockIndex];
  if (id === undefined) throw new DocumentError(STALE);
  return id;
}

/** Turns an error of Go to or Restore into a plain message; a control deleted since the check says so. */
export function blockError(error: unknown, action: string): DocumentError {
  if (error instanceof DocumentError) return error;
  return isGone(error) ? new DocumentError(`Word could not ${action}: ${STALE}`, { cause: error }) : toDocumentError(error, action);
}

/**
 * Go to a block: selects the content control by the id Word gave it when the document was read.
 * Requirement set: WordApi 1.1 (ContentControlCollection.getById, ContentControl.select). One sync.
 * Word keeps the focus in the pane after `select` (office-js #316); the pane says how to carry on typing.
 */
export async function selectBlockInWord(host: WordHost, state: ReadState, blockIndex: number): Promise<void> {
  try {
    const id = controlIdOf(state, blockIndex);
    await host.run(async (context) => {
      context.document.body.contentControls.getById(id).select('Select');
      await context.sync();
    });
  } catch (error) {
    throw blockError(error, 'go to that place');
  }
}

/**
 * Go to a paragraph by its index in the last read.
 * WordApi 1.3 (ParagraphCollection.getFirst, Paragraph.getNext): the steps to the paragraph are queued, then one sync.
 * WordApi 1.1 fallback: two syncs, one loading only that paragraph (`top`/`skip`), one selecting it.
 */
export async function selectParagraphInWord(host: WordHost, state: ReadState, index: number): Promise<void> {
  try {
    if (!Number.isInteger(index) || index < 0 || index >= state.paragraphCount) throw new DocumentError(STALE);
    const stepwise = host.isSetSupported('WordApi', '1.3');
    await host.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      if (stepwise) {
        let paragraph = paragraphs.getFirst();
        for (let i = 0; i < index; i += 1) paragraph = paragraph.getNext();
        paragraph.select('Select');
      } else {
        paragraphs.load({ select: 'text', skip: index, top: 1 });
        await context.sync();
        const paragraph = paragraphs.items[0];
        if (!paragraph) throw new DocumentError(STALE);
        paragraph.select('Select');
      }
      await context.sync();
    });
  } catch (error) {
    throw blockError(error, 'go to that place');
  }
}
