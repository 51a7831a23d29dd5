import { DocumentError } from '../port';

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown; code?: unknown };
}

function codeOf(error: unknown): string {
  const e = error as OfficeLikeError | null;
  return typeof e?.code === 'string' ? e.code : '';
}

/** Where in the batch Word says the error happened, e.g. "Range.insertContentControl". */
export function errorLocation(error: unknown): string {
  const e = error as OfficeLikeError | null;
  return typeof e?.debugInfo?.errorLocation === 'string' ? e.debugInfo.errorLocation : '';
}

/** True when Word refused to create a content control (some hosts and document regions cannot hold one). */
export function isContentControlRefusal(error: unknown): boolean {
  const code = codeOf(error);
  return /contentcontrol/i.test(errorLocation(error)) || code === 'NotImplemented' || code === 'ApiNotFound';
}

/** Turns an Office.js error into a message in plain words; the original stays as `cause` for the console. */
export function toDocumentError(error: unknown, action: string): DocumentError {
  const code = codeOf(error);
  let reason: string;
  switch (code) {
    case 'AccessDenied':
      reason = 'the document is read-only or protected here.';
      break;
    case 'ItemNotFound':
      reason = 'the place in the document it was working on has gone. Click into the document and try again.';
      break;
    case 'InvalidArgument':
    case 'InvalidSelection':
      reason = 'it cannot do this at the current cursor position. Click somewhere in the body text and try again.';
      break;
    default:
      reason = 'it reported a problem. Try again; if it keeps happening, save the document and reopen it.';
  }
  return new DocumentError(`Word could not ${action}: ${reason} Nothing was changed.`, { cause: error });
}
