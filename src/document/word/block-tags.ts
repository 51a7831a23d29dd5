import type { WordHost } from './host';
import { toDocumentError } from './errors';

/**
 * The tags of the document's content controls, in document order (used to number a new objective).
 *
 * Requirement set: WordApi 1.1 (Body.contentControls, ContentControl.tag). One `context.sync()`; only `tag` is loaded,
 * and the collection is untracked afterwards, so a long review with many blocks stays cheap.
 */
export async function readBlockTagsInWord(host: WordHost): Promise<string[]> {
  try {
    return await host.run(async (context) => {
      const controls = context.document.body.contentControls;
      controls.load('items/tag');
      await context.sync();
      const tags = controls.items.map((c) => c.tag);
      controls.untrack();
      return tags;
    });
  } catch (error) {
    throw toDocumentError(error, 'read the blocks already in the document');
  }
}
