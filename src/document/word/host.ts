/**
 * What the Word adapter needs from Office.js, gathered in one place so tests can supply office-addin-mock objects.
 * Office.js itself is touched only here and in the capability files beside this one.
 */

/** Office's per-document add-in settings (common API, Word 2013 and later): the second store (career-stage.ts). */
export interface AddinSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

export interface WordHost {
  /** `Word.run`: one batch against the open document. */
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, version: string): boolean;
  /** `Office.context.document.settings`, when the host provides it. */
  settings: AddinSettings | undefined;
}

/** The real host: call only after `Office.onReady` reported Word. */
export function officeWordHost(): WordHost {
  return {
    run: (batch) => Word.run((context) => batch(context)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: Office.context.document?.settings as AddinSettings | undefined,
  };
}
