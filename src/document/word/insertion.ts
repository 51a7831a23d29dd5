import type { InsertOptions } from '../port';
import type { WordHost } from './host';
import { FIRST_WRITE_DONE, isContentControlRefusal, isHostWithoutContentControls, toDocumentError, writtenBefore } from './errors';
import { isEditionPropertyFailure, queueEditionProperty, recordEditionInSettings } from './edition-property';

/** Remembered across insertions: whether this host has no content controls at all, and whether that was said. */
export interface InsertState {
  /** The host has no content controls (no WordApi 1.1): every insertion goes in as plain text for the session. */
  contentControlsRefused: boolean;
  noticeGiven: boolean;
}

/** Said once a session, when this copy of Word has no content controls at all. */
export const CONTENT_CONTROL_NOTICE =
  'This copy of Word cannot create content controls, so the text went in as plain text. It will be checked by its wording instead of its tag.';

/** Said each time Word refuses a content control at one place; the next insertion tries one again. */
export const REFUSED_HERE_NOTICE =
  'Word would not put a content control at this place (it refuses them in some places, such as a table cell in Word on the web, next to another content control, or inside a plain-text or protected field), so this went in as plain text and will be checked by its wording. The next insertion will try a content control again.';

/** One kind of insertion (descriptors, a formatted block), as the wrapper below runs it. */
export interface Insertion<P, R> {
  /** Says what failed, in "Word could not …" (e.g. `insert the descriptor`). */
  action: string;
  /**
   * Reads where the insertion goes (the caret's paragraph, the text either side, the control around it), in the
   * insertion's own `Word.run`: one sync, two when the caret is inside one of the add-in's blocks. May throw a
   * DocumentError when the insertion cannot go there; nothing has been written then.
   */
  locate(context: Word.RequestContext): Promise<P>;
  /**
   * Queues the writes, with content controls unless `plain`, and returns what reads the loaded values once the batch
   * has run. Calls `firstWriteDone` just after queuing the first write, so a failure can tell whether anything went in.
   * Never syncs: the wrapper does, once.
   */
  queue(context: Word.RequestContext, plain: boolean, place: P, firstWriteDone: () => void): () => R;
  /** Notices the place calls for (e.g. the caret was inside another add-in's content control). */
  notices?(place: P): string[];
  /**
   * What a content-control refusal leaves in the document. `text`: the controls were queued after every piece of text
   * (and the caret was moved after the text first), so the text is in, as plain text. `nothing`: a control was queued
   * before the text, so nothing after it ran, and the insertion is written again as plain text in a second batch.
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
 * Runs one insertion in one `Word.run`: the place is read (one sync, see `locate`), then the writes go in one sync, with
 * the edition recorded in the same batch, content controls unless asked for plain text or the host has none.
 *
 * - Word runs a batch in order and stops at the first command that fails; the commands before it stay done (a batch is
 *   not a transaction: OfficeExtension.Error in Microsoft's reference). A trace message after the first write tells
 *   whether anything went in, so the message says "nothing was changed" only when that is so.
 * - A content control refused at this place (a table cell on the web, next to another control, a plain-text field)
 *   leaves the text in as plain text, says so, and the next insertion tries a control again. Only a host without
 *   content controls (no WordApi 1.1) switches to plain text for the session, said once.
 * - The edition property (`StandardsEdition`, WordApi 1.3) is queued last, so when only it fails the text is in; the
 *   edition is also kept in the add-in's settings (see edition-property.ts).
 */
export async function runInsertion<P, R>(host: WordHost, state: InsertState, options: InsertOptions, insertion: Insertion<P, R>): Promise<InsertionResult<R>> {
  if (!host.isSetSupported('WordApi', '1.1')) state.contentControlsRefused = true;
  const plain = options.asPlainText || state.contentControlsRefused;
  let editionQueued = false;
  let place: P | null = null;
  let located = false;
  const write = (asPlain: boolean) =>
    host.run(async (context) => {
      located = false;
      place = await insertion.locate(context);
      located = true;
      const read = insertion.queue(context, asPlain, place, () => context.trace(FIRST_WRITE_DONE));
      editionQueued = queueEditionProperty(context, host, options.edition);
      await context.sync();
      return read();
    });
  const placeNotices = (): string[] => (place !== null && insertion.notices ? insertion.notices(place) : []);
  const said = (...notices: (string | undefined)[]): { notice?: string } => {
    const all = [...placeNotices(), ...notices].filter((n): n is string => !!n);
    return all.length > 0 ? { notice: all.join(' ') } : {};
  };
  const sessionNotice = (): string | undefined => {
    if (!state.contentControlsRefused || options.asPlainText || state.noticeGiven) return undefined;
    state.noticeGiven = true;
    return CONTENT_CONTROL_NOTICE;
  };

  try {
    const read = await write(plain);
    recordEditionInSettings(host, options.edition);
    return { read, asPlainText: plain, ...said(sessionNotice()) };
  } catch (error) {
    if (!located) throw toDocumentError(error, insertion.action, 'nothing');
    if (editionQueued && isEditionPropertyFailure(error)) {
      // Everything before the property ran; the edition is kept in the add-in's settings.
      recordEditionInSettings(host, options.edition);
      return { read: null, asPlainText: plain, ...said(sessionNotice()) };
    }
    const hostLacks = !plain && isHostWithoutContentControls(error);
    if (plain || !(hostLacks || isContentControlRefusal(error))) throw toDocumentError(error, insertion.action, writtenBefore(error));
    if (hostLacks) state.contentControlsRefused = true;
    recordEditionInSettings(host, options.edition);
    const notice = hostLacks ? sessionNotice() : REFUSED_HERE_NOTICE;
    if (insertion.refusalLeaves === 'text') return { read: null, asPlainText: true, ...said(notice) };
    try {
      return { read: await write(true), asPlainText: true, ...said(notice) };
    } catch (second) {
      throw toDocumentError(second, insertion.action, located ? writtenBefore(second) : 'nothing');
    }
  }
}
