import type { WordHost } from './host';
import { toDocumentError } from './errors';

/** The body's text, loading only `text`. Requirement set: WordApi 1.1. One sync. */
export async function readTextInWord(host: WordHost): Promise<string> {
  try {
    return await host.run(async (context) => {
      const body = context.document.body;
      body.load('text');
      await context.sync();
      return body.text;
    });
  } catch (error) {
    throw toDocumentError(error, 'read the document');
  }
}
