import { DocumentError } from '../../document/port';

/** A message for the user in plain words. Adapter errors already are; anything else gets a general sentence. */
export function plainMessage(error: unknown): string {
  if (error instanceof DocumentError) return error.message;
  return 'Something went wrong. Nothing was changed in the document. Try again, or reopen the pane.';
}
