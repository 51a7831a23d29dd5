import { DocumentError } from '../port';

/**
 * Office.js errors in plain words. What Word says is in `code` (not localised) and `debugInfo.errorLocation` ("the
 * object type and property or method name …, if available": it may be missing). A batch is not a transaction: the
 * commands before the failing one stay done (OfficeExtension.Error, traceMessages example), so a message says
 * "Nothing was changed" only when nothing had been written. See docs/word-behaviour.md, points 2 and 3.
 */
interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown; code?: unknown };
  traceMessages?: unknown;
}

export function codeOf(error: unknown): string {
  const e = error as OfficeLikeError | null;
  return typeof e?.code === 'string' ? e.code : '';
}

/** Where in the batch Word says the error happened, e.g. "Range.insertContentControl"; empty when it does not say. */
export function errorLocation(error: unknown): string {
  const e = error as OfficeLikeError | null;
  return typeof e?.debugInfo?.errorLocation === 'string' ? e.debugInfo.errorLocation : '';
}

/** The trace messages (`context.trace`) that ran before the failing command, or null when Word gave none. */
export function traceMessagesOf(error: unknown): string[] | null {
  const e = error as OfficeLikeError | null;
  return Array.isArray(e?.traceMessages) ? (e.traceMessages as unknown[]).map(String) : null;
}

/** The host has no content controls at all (no WordApi 1.1): only this switches to plain text for the session. */
export function isHostWithoutContentControls(error: unknown): boolean {
  const code = codeOf(error);
  return (code === 'ApiNotFound' || code === 'NotImplemented') && /insertContentControl/i.test(errorLocation(error));
}

/**
 * Word refused to make a content control at this place: a table cell on the web (#3367), a range touching another
 * control (#6103), a plain-text control or protected form, a selected comment (#6046). The error names
 * `insertContentControl`; the code is `GeneralException`, `NotAllowed`, `InvalidArgument` or the like.
 */
export function isContentControlRefusal(error: unknown): boolean {
  return /insertContentControl/i.test(errorLocation(error)) && !isHostWithoutContentControls(error) && codeOf(error) !== 'AccessDenied';
}

/** How much of an insertion may be in the document when it failed. */
export type Written = 'nothing' | 'some' | 'unknown';

/** The trace message queued just after an insertion's first write: its presence says that write ran. */
export const FIRST_WRITE_DONE = 'standards-companion: first write done';

/** What an insertion's batch had written when it failed, from the trace messages that ran before the error. */
export function writtenBefore(error: unknown): Written {
  const traces = traceMessagesOf(error);
  if (traces === null) return 'unknown';
  return traces.includes(FIRST_WRITE_DONE) ? 'some' : 'nothing';
}

function reasonFor(error: unknown): string {
  const location = errorLocation(error);
  switch (codeOf(error)) {
    case 'AccessDenied':
      return 'the document is read-only or protected here.';
    case 'NotAllowed':
      return 'Word does not allow this here (in this version of Word, or in this part of the document).';
    case 'ItemNotFound':
      return 'the place in the document it was working on has gone. Click into the document and try again.';
    case 'InvalidArgument':
    case 'InvalidSelection':
      return 'it cannot do this at the current cursor position. Click somewhere in the body text and try again.';
    case 'GeneralException':
      // Word answers GeneralException in Viewing mode, and Office.context.document.mode does not tell (#5484).
      return `Word reported a general error${location ? '' : ' without saying where'}. If the document is open for viewing only, switch to Editing and try again.`;
    default:
      return location
        ? 'it reported a problem. Try again; if it keeps happening, save the document and reopen it.'
        : 'it reported a problem without saying where. Try again; if it keeps happening, save the document and reopen it.';
  }
}

/**
 * Turns an Office.js error into a message in plain words; the original stays as `cause` for the console.
 * `written`: what the failing batch may have put in the document ("nothing" for a read, or a batch whose first write
 * did not run). Only then does the message say that nothing was changed; otherwise it asks the user to look first.
 */
export function toDocumentError(error: unknown, action: string, written: Written = 'nothing'): DocumentError {
  if (error instanceof DocumentError) return error;
  const reason = reasonFor(error);
  if (written === 'nothing') return new DocumentError(`Word could not ${action}: ${reason} Nothing was changed.`, { cause: error });
  const may = written === 'some' ? 'Part of it is already in the document' : 'Part of it may already be in the document';
  return new DocumentError(`Word could not finish: it could not ${action}: ${reason} ${may}: look there before trying again, so it does not go in twice.`, {
    cause: error,
  });
}
