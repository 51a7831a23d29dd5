/**
 * A Word document of paragraphs and content controls behind an office-addin-mock context, for the checking
 * half of the Word adapter. Collections hand out `items` only after a load and a sync, queued writes (select,
 * insertText) apply only when the sync succeeds, a missing control fails the sync with ItemNotFound, and every
 * sync is counted, as is every property list loaded.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { AddinSettings, WordHost } from '../../src/document/word/host';
import { officeError } from './word-mock';

export interface MockControl {
  id: number;
  tag: string;
  title: string;
  /** `RichTextInline` controls sit inside paragraph `start`; others cover paragraphs `start` to `end` (exclusive). */
  type: string;
  start: number;
  end: number;
  /** For an inline control: its text. */
  text?: string;
  placeholderText?: string;
}

export interface CheckMockOptions {
  paragraphs: { text: string; inTable?: boolean }[];
  controls: MockControl[];
  properties?: Record<string, unknown>;
  /** Custom properties fail to load (seen in Word on the web). */
  propertiesFail?: boolean;
  /** Requirement sets reported as supported; WordApi 1.1 is always. */
  sets?: string[];
  settings?: Record<string, unknown>;
  failSync?: { at: number; error: unknown };
}

export function createCheckMock(options: CheckMockOptions) {
  const doc = { paragraphs: options.paragraphs.map((p) => ({ ...p })), controls: options.controls.map((c) => ({ ...c })) };
  const state = { syncs: 0, loads: [] as string[], selected: null as string | null, queued: 0 };
  let queue: (() => void)[] = [];
  let afterSync: (() => void)[] = [];
  const sets = new Set(['WordApi 1.1', ...(options.sets ?? ['WordApi 1.3'])]);

  const controlText = (c: MockControl) => (c.type.endsWith('Inline') ? (c.text ?? '') : doc.paragraphs.slice(c.start, c.end).map((p) => p.text).join('\r'));

  /** A collection whose items can be read only after load and sync. */
  function collection<T>(name: string, allowed: string[], items: () => T[], extra: object = {}) {
    let ready = false;
    let snapshot: T[] = [];
    return {
      ...extra,
      load(what: string | { select?: string; skip?: number; top?: number }) {
        const select = typeof what === 'string' ? what : (what.select ?? '');
        for (const p of select.split(',')) if (!allowed.includes(p.trim())) throw new Error(`${name}: cannot load ${p}`);
        state.loads.push(`${name}:${select}${typeof what === 'string' ? '' : ` skip=${what.skip ?? 0} top=${what.top ?? '∞'}`}`);
        const window = typeof what === 'string' ? null : what;
        afterSync.push(() => {
          ready = true;
          if (window) snapshot = items().slice(window.skip ?? 0, (window.skip ?? 0) + (window.top ?? Infinity));
          else snapshot = items();
        });
        return this;
      },
      get items(): T[] {
        if (!ready) throw new Error(`${name}: items read before load and sync (PropertyNotLoaded)`);
        return snapshot;
      },
    };
  }

  function paragraphRef(index: number) {
    return {
      index,
      getNext() {
        state.queued += 1;
        return paragraphRef(index + 1);
      },
      select(mode: string) {
        state.queued += 1;
        queue.push(() => {
          if (index >= doc.paragraphs.length) throw officeError('ItemNotFound', 'Paragraph.getNext');
          state.selected = `paragraph ${index} (${mode})`;
        });
      },
    };
  }

  const paragraphItem = (p: { text: string; inTable?: boolean }, index: number) => ({
    text: p.text,
    tableNestingLevel: p.inTable ? 1 : 0,
    select(mode: string) {
      queue.push(() => (state.selected = `paragraph ${index} (${mode})`));
    },
  });

  const body = {
    paragraphs: collection('paragraphs', ['text', 'tableNestingLevel'], () => doc.paragraphs.map(paragraphItem), {
      getFirst: () => paragraphRef(0),
    }),
    contentControls: collection(
      'contentControls',
      ['id', 'tag', 'title', 'text', 'type', 'placeholderText'],
      () =>
        doc.controls.map((c) => ({
          id: c.id,
          tag: c.tag,
          title: c.title,
          text: controlText(c),
          type: c.type,
          placeholderText: c.placeholderText ?? '',
          paragraphs: collection('control.paragraphs', ['text'], () => doc.paragraphs.slice(c.start, c.end).map(paragraphItem)),
        })),
      {
        getById(id: number) {
          const find = () => {
            const c = doc.controls.find((x) => x.id === id);
            if (!c) throw officeError('ItemNotFound', 'ContentControlCollection.getById');
            return c;
          };
          return {
            select(mode: string) {
              queue.push(() => (state.selected = `control ${find().id} (${mode})`));
            },
            insertText(text: string, location: string) {
              if (location !== 'Replace') throw new Error(`unexpected location ${location}`);
              queue.push(() => {
                const c = find();
                if (c.type.endsWith('Inline')) c.text = text;
                else {
                  doc.paragraphs.splice(c.start, c.end - c.start, { text });
                  const removed = c.end - c.start - 1;
                  for (const other of doc.controls) {
                    if (other === c) continue;
                    if (other.start >= c.end) {
                      other.start -= removed;
                      other.end -= removed;
                    }
                  }
                  c.end = c.start + 1;
                  doc.controls = doc.controls.filter((o) => o === c || o.start < c.start || o.start >= c.end);
                }
              });
            },
          };
        },
      },
    ),
  };

  const customProperties = collection('customProperties', ['key', 'value'], () => {
    if (options.propertiesFail) throw officeError('GeneralException', 'CustomPropertyCollection.load');
    return Object.entries(options.properties ?? {}).map(([key, value]) => ({ key, value }));
  });

  const context = new OfficeMockObject({ document: { properties: {} } }) as unknown as Word.RequestContext;
  const root = context as unknown as { document: { body: unknown; properties: { customProperties: unknown } } };
  root.document.body = body;
  root.document.properties.customProperties = customProperties;
  const mockSync = OfficeMockObject.prototype.sync;
  (context as unknown as { sync: () => Promise<void> }).sync = async function sync() {
    state.syncs += 1;
    const ops = queue;
    const loads = afterSync;
    queue = [];
    afterSync = [];
    if (options.failSync?.at === state.syncs) throw options.failSync.error;
    ops.forEach((op) => op());
    loads.forEach((op) => op());
    await mockSync.call(context);
  };

  const store = { ...(options.settings ?? {}) };
  const settings: AddinSettings = { get: (n) => store[n], set: (n, v) => (store[n] = v), saveAsync: (cb) => cb({ status: 'succeeded' }) };
  const host: WordHost = {
    run: (batch) => batch(context),
    isSetSupported: (name, version) => sets.has(`${name} ${version}`),
    settings,
  };
  return { host, state, doc };
}
