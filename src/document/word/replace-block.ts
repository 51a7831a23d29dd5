import type { WordHost } from './host';
import type { ReadState } from './read-model';
import { blockError, controlIdOf } from './select-block';

/**
 * Restore official wording: replaces the text inside one content control, found by the id Word gave it when the
 * document was read. The control itself (tag, title) stays, and nothing outside it changes; Word's Undo reverts it.
 * Requirement set: WordApi 1.1 (ContentControlCollection.getById, ContentControl.insertText with `Replace`). One sync.
 */
export async function replaceBlockTextInWord(host: WordHost, state: ReadState, blockIndex: number, text: string): Promise<void> {
  try {
    const id = controlIdOf(state, blockIndex);
    await host.run(async (context) => {
      context.document.body.contentControls.getById(id).insertText(text, 'Replace');
      await context.sync();
    });
  } catch (error) {
    throw blockError(error, 'restore the official wording');
  }
}
