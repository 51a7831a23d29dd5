import type { InsertOptions } from '../port';
import type { WordHost } from './host';
import { isContentControlRefusal, toDocumentError } from './errors';
import { isEditionPropertyFailure, queueEditionProperty, recordEditionInSettings } from './edition-property';

/** Remembered across insertions, so a fallback is announced once and not retried on every click. */
export interface InsertState {
  contentControlsRefused: boolean;
  noticeGiven: boolean;
}

export const CONTENT_CONTROL_NOTICE =
  'This copy of Word could not create content controls here, so the text went in as plain text. It will be checked by its wording instead of its tag.';

/** One kind of insertion (descriptors, a formatted block), as the wrapper below runs it. */
export interface Insertion<R> {
  /** Says what failed, in "Word could not …" (e.g. `insert the descriptor`). */
  action: string;
  /**
   * Queues the writes (and any loads) in the batch, with content controls unless `plain`, and returns what reads the
   * loaded values once the batch has run. Never syncs: the wrapper does, once.
   */
  queue(context: Word.RequestContext, plain: boolean): () => R;
  /**
   * What a content-control refusal leaves in the document. `text`: the controls were queued after every piece of text,
   * so the text is already in, as plain text. `nothing`: a control was queued before the text, so nothing after it ran,
   * and the insertion is written again as plain text in a second batch.
   */
  refusalLeaves: 'text' | 'nothing';
}

export interface InsertionResult<R> {
  /** What `queue` read, or null when the batch failed part-way (after a refusal or at the edition property). */
  read: R | null;
  asPlainText: boolean;
  notice?: string;
}

/**
 * Runs one insertion: one `context.sync()` for the writes, with the edition recorded in the same batch, content
 * controls unless asked for plain text or refused earlier in this session, and the fallbacks Word needs.
 *
 * - Word runs a batch in order and stops at the first command that fails; the commands before it stay done
 *   (a batch is not a transaction: see OfficeExtension.Error, "debugInfo.errorLocation", in Microsoft's reference).
 * - The edition property (`StandardsEdition`, WordApi 1.3) is queued last, so when only it fails the text is in and the
 *   edition goes into the add-in's settings instead; where it is not queued at all, it goes there after the batch.
 * - A content-control refusal switches content controls off for the session and is announced once (`notice`).
 */
export async function runInsertion<R>(host: WordHost, state: InsertState, options: InsertOptions, insertion: Insertion<R>): Promise<InsertionResult<R>> {
  if (!host.isSetSupported('WordApi', '1.1')) state.contentControlsRefused = true;
  const plain = options.asPlainText || state.contentControlsRefused;
  let editionQueued = false;
  const write = (asPlain: boolean) =>
    host.run(async (context) => {
      const read = insertion.queue(context, asPlain);
      editionQueued = queueEditionProperty(context, host, options.edition);
      await context.sync();
      return read();
    });
  /** The notice is due whenever content controls were wanted and the text went in plain. */
  const fellBack = (asPlain: boolean): { notice?: string } => (asPlain && !options.asPlainText ? noticeOnce(state) : {});

  try {
    const read = await write(plain);
    if (!editionQueued) recordEditionInSettings(host, options.edition);
    return { read, asPlainText: plain, ...fellBack(plain) };
  } catch (error) {
    if (editionQueued && isEditionPropertyFailure(error)) {
      // Everything before the property ran; only the record of the edition failed. (What the batch read is lost.)
      recordEditionInSettings(host, options.edition);
      return { read: null, asPlainText: plain, ...fellBack(plain) };
    }
    if (plain || !isContentControlRefusal(error)) throw toDocumentError(error, insertion.action);
    state.contentControlsRefused = true;
    recordEditionInSettings(host, options.edition);
    if (insertion.refusalLeaves === 'text') return { read: null, asPlainText: true, ...fellBack(true) };
    try {
      return { read: await write(true), asPlainText: true, ...fellBack(true) };
    } catch (second) {
      throw toDocumentError(second, insertion.action);
    }
  }
}

function noticeOnce(state: InsertState): { notice?: string } {
  if (state.noticeGiven) return {};
  state.noticeGiven = true;
  return { notice: CONTENT_CONTROL_NOTICE };
}
