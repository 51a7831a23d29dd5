/**
 * A small Word document model behind office-addin-mock objects, for the Word adapter's tests.
 * Queued operations are applied only when `context.sync()` succeeds, as in Word: a failing sync applies none
 * of the queued writes here (the adapter must never rely on partial application). Every sync is counted.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { AddinSettings, WordHost } from '../../src/document/word/host';

export interface Piece {
  text: string;
  tag?: string;
  title?: string;
}

export interface WordMockOptions {
  before?: string;
  selected?: string;
  after?: string;
  body?: string;
  /** Fail the n-th sync (1-based) with this error. */
  failSync?: { at: number; error: unknown };
  /** Refuse content controls, as some hosts do. */
  refuseContentControls?: boolean;
  wordApi13?: boolean;
  customProperty?: string | null;
  propertiesThrow?: boolean;
  settings?: Record<string, unknown>;
}

export function officeError(code: string, errorLocation = '') {
  return Object.assign(new Error(`${code} (mock)`), { code, debugInfo: { code, errorLocation } });
}

export function createWordMock(options: WordMockOptions = {}) {
  const state = {
    before: options.before ?? 'Career stage: ',
    selected: options.selected ?? '',
    after: options.after ?? '',
    replaced: false,
    inserted: [] as Piece[],
    syncs: 0,
    customProperty: options.customProperty ?? null,
    settings: { ...(options.settings ?? {}) } as Record<string, unknown>,
    settingsSaves: 0,
  };
  let queue: (() => void)[] = [];
  let pendingError: unknown = null;

  const makeRange = (piece: Piece): object => ({
    insertText(text: string, location: string) {
      if (location !== 'After') throw new Error(`unexpected location ${location}`);
      const next: Piece = { text };
      queue.push(() => state.inserted.splice(state.inserted.indexOf(piece) + 1, 0, next));
      return makeRange(next);
    },
    insertContentControl() {
      const control = { tag: '', title: '' };
      if (options.refuseContentControls) pendingError ??= officeError('GeneralException', 'Range.insertContentControl');
      queue.push(() => {
        piece.tag = control.tag;
        piece.title = control.title;
      });
      return control;
    },
  });

  const context = new OfficeMockObject({
    document: {
      body: { text: options.body ?? 'Career stage: Main pay range' },
      selection: {
        text: state.selected,
        insertText(text: string, location: string) {
          const piece: Piece = { text };
          if (location === 'Replace') queue.push(() => (state.replaced = true));
          else if (location !== 'End') throw new Error(`unexpected location ${location}`);
          queue.push(() => state.inserted.unshift(piece));
          return makeRange(piece);
        },
      },
      getSelection() {
        return (this as unknown as { selection: unknown }).selection;
      },
      properties: {
        customProperties: {
          item: { value: state.customProperty ?? '' },
          getItemOrNullObject(name: string) {
            if (name !== 'CareerStage') throw new Error(`unexpected property ${name}`);
            if (options.propertiesThrow) pendingError ??= officeError('GeneralException', 'CustomPropertyCollection.getItemOrNullObject');
            return (this as unknown as { item: unknown }).item;
          },
          add(name: string, value: string) {
            queue.push(() => {
              if (name === 'CareerStage') state.customProperty = value;
            });
          },
        },
      },
    },
  }) as unknown as Word.RequestContext & { sync(): Promise<void> };

  // Office.js sets isNullObject on every *OrNullObject proxy at sync, without a load; office-addin-mock would demand one.
  const item = (context as unknown as { document: { properties: { customProperties: { item: { isNullObject: boolean } } } } }).document.properties.customProperties.item;
  item.isNullObject = state.customProperty === null;

  const mockSync = OfficeMockObject.prototype.sync;
  (context as unknown as { sync: () => Promise<void> }).sync = async function sync() {
    state.syncs += 1;
    const scheduled = options.failSync && options.failSync.at === state.syncs ? options.failSync.error : pendingError;
    const ops = queue;
    queue = [];
    pendingError = null;
    if (scheduled) throw scheduled;
    ops.forEach((op) => op());
    await mockSync.call(context);
  };

  const settings: AddinSettings = {
    get: (name) => state.settings[name],
    set: (name, value) => {
      state.settings[name] = value;
    },
    saveAsync: (callback) => {
      state.settingsSaves += 1;
      callback({ status: 'succeeded' });
    },
  };

  const host: WordHost = {
    run: (batch) => batch(context),
    isSetSupported: (name, version) => name === 'WordApi' && (version === '1.1' || (version === '1.3' && options.wordApi13 !== false)),
    settings,
  };

  /** The document's text as Word would now show it, with content controls marked [tag|text]. */
  const text = () =>
    state.before + (state.replaced ? '' : state.selected) + state.inserted.map((p) => (p.tag ? `[${p.tag}|${p.text}]` : p.text)).join('') + state.after;

  return { host, state, text, context };
}
