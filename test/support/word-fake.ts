/**
 * The one Word fake: a small Word document (paragraphs of runs, table cells, content controls, custom properties and
 * the add-in's settings) behind fakes of the Office.js proxies the Word adapter uses, for the adapter tests and the
 * round-trip benchmark (bench/lib/round-trips.ts).
 *
 * It models a batch the way Microsoft documents one (OfficeExtension.Error: "debugInfo.errorLocation"; a batch is
 * not a transaction):
 * - every command (a write, a load, a select) is queued and runs only at `context.sync()`, which is counted;
 * - commands run in order, and the first one that fails stops the batch: what ran before it stays in the document,
 *   nothing after it runs, and the error says where (`debugInfo.errorLocation`, e.g. `Range.insertContentControl`);
 * - `failSync` fails a whole sync before its first command, as a protected document does (nothing changes);
 * - loaded values can be read only after the sync that loaded them (office-addin-mock's OfficeMockObject holds each
 *   loaded snapshot, so a property the fake does not model cannot be loaded, and one not loaded cannot be read).
 *
 * Places for a later issue to make it more faithful: `failCommand` (refuse any command by name, at chosen places),
 * `runCommand` (one point every command passes through), `selection` (the caret, a token in the document).
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { AddinSettings, WordHost } from '../../src/document/word/host';

export function wordError(code: string, errorLocation = '') {
  return Object.assign(new Error(`${code} (fake)`), { code, debugInfo: { code, errorLocation } });
}

export interface FakeParagraph {
  text: string;
  inTable?: boolean;
}

/** A content control in a document described paragraph by paragraph. */
export interface FakeControl {
  /** Word's id; given in order from 1 when left out. */
  id?: number;
  tag: string;
  title: string;
  /** `RichTextInline` (and `PlainTextInline`) controls sit around `text` in paragraph `start`; others cover paragraphs `start` to `end` (exclusive). */
  type: string;
  start: number;
  end: number;
  /** For an inline control: its text, found in paragraph `start` (after any inline control before it there). */
  text?: string;
  placeholderText?: string;
}

export interface WordFakeOptions {
  // The document, either paragraph by paragraph (the caret at the end of the last paragraph)…
  paragraphs?: FakeParagraph[];
  controls?: FakeControl[];
  // …or around the caret: paragraphs before it, blocks (one paragraph each, in their own control), the caret's
  // paragraph (text before the selection, the selected text, text after it, and its table cell), paragraphs after.
  paragraphsBefore?: string[];
  existingTags?: string[];
  before?: string;
  selected?: string;
  after?: string;
  cell?: string;
  paragraphsAfter?: string[];

  /** Defaults to true; false stands for a host without the Word API set the manifest asks for. */
  wordApi11?: boolean;
  /** Defaults to true (custom properties, Paragraph.tableNestingLevel, getFirst/getNext, expandTo). */
  wordApi13?: boolean;
  /** The document's custom properties. */
  properties?: Record<string, unknown>;
  /** The add-in's per-document settings; `null` for a host without them. */
  settings?: Record<string, unknown> | null;

  /** Fail the n-th sync (1-based) before any of its commands runs. */
  failSync?: { at: number; error: unknown };
  /** Every content control is refused (GeneralException at the command that makes it). */
  refuseContentControls?: boolean;
  /** Every custom-property command fails (seen in Word on the web). */
  customPropertiesFail?: boolean;
  /** Fails the named command (e.g. `Range.insertContentControl`) with the error returned, if any. */
  failCommand?: (command: string) => unknown;
}

type Tok = { kind: 'text'; text: string; bold: boolean; italic?: boolean; color?: string } | { kind: 'para'; cell: string | null; inTable: boolean };
interface Control {
  id: number;
  tag: string;
  title: string;
  type: string;
  placeholderText: string;
  from: Tok;
  to: Tok;
}

export interface FakeDocParagraph {
  text: string;
  /** `italic` and `color` appear only where a run was made italic or given a colour. */
  runs: { text: string; bold: boolean; italic?: boolean; color?: string }[];
  cell: string | null;
  /** Tags of the content controls around this whole paragraph. */
  blockTags: string[];
}

const isInline = (type: string) => type.endsWith('Inline');

export function createWordFake(options: WordFakeOptions = {}) {
  const tokens: Tok[] = [];
  const controls: Control[] = [];
  let nextId = 1;
  const text = (t: string, bold = false): Tok => ({ kind: 'text', text: t, bold });
  const mark = (cell: string | null = null, inTable = false): Tok => ({ kind: 'para', cell, inTable: inTable || cell !== null });
  const addControl = (c: Omit<Control, 'id' | 'placeholderText'> & { id?: number; placeholderText?: string }) => {
    const id = c.id ?? nextId;
    nextId = Math.max(nextId, id) + 1;
    controls.push({ ...c, id, placeholderText: c.placeholderText ?? '' });
  };

  /** The caret: an (empty unless selected) text token. */
  let selection: Tok;
  if (options.paragraphs) {
    const marks: Tok[] = [];
    const starts: Tok[] = [];
    options.paragraphs.forEach((p, i) => {
      const inline = (options.controls ?? []).filter((c) => isInline(c.type) && c.start === i);
      const first = tokens.length;
      let rest = p.text;
      for (const c of inline) {
        const at = rest.indexOf(c.text ?? '');
        if (at < 0) throw new Error(`word fake: control ${c.tag} text is not in paragraph ${i}`);
        const t = text(c.text ?? '');
        tokens.push(text(rest.slice(0, at)), t);
        addControl({ id: c.id, tag: c.tag, title: c.title, type: c.type, from: t, to: t, placeholderText: c.placeholderText });
        rest = rest.slice(at + (c.text ?? '').length);
      }
      tokens.push(text(rest));
      if (i === options.paragraphs!.length - 1) tokens.push((selection = text('')));
      starts.push(tokens[first]!);
      const m = mark(null, p.inTable);
      tokens.push(m);
      marks.push(m);
    });
    for (const c of options.controls ?? []) {
      if (isInline(c.type)) continue;
      addControl({ id: c.id, tag: c.tag, title: c.title, type: c.type, from: starts[c.start]!, to: marks[c.end - 1]!, placeholderText: c.placeholderText });
    }
    if (options.paragraphs.length === 0) tokens.push((selection = text('')), mark());
  } else {
    for (const p of options.paragraphsBefore ?? []) tokens.push(text(p), mark());
    for (const tag of options.existingTags ?? []) {
      const t = text(`Block ${tag}`);
      const m = mark();
      tokens.push(t, m);
      addControl({ tag, title: tag, type: 'RichTextParagraphs', from: t, to: m });
    }
    selection = text(options.selected ?? '');
    tokens.push(text(options.before ?? ''), selection, text(options.after ?? ''), mark(options.cell ?? null));
    for (const p of options.paragraphsAfter ?? []) tokens.push(text(p), mark());
  }
  controls.sort((a, b) => tokens.indexOf(a.from) - tokens.indexOf(b.from) || tokens.indexOf(b.to) - tokens.indexOf(a.to));

  const state = { syncs: 0, commands: 0, untracked: 0, loads: [] as string[], selected: null as string | null, settingsSaves: 0 };
  const properties = new Map<string, unknown>(Object.entries(options.properties ?? {}));
  const settings = options.settings === null ? null : new Map<string, unknown>(Object.entries(options.settings ?? {}));
  const sets = new Set<string>();
  if (options.wordApi11 !== false) {
    sets.add('WordApi 1.1');
    if (options.wordApi13 !== false) sets.add('WordApi 1.3');
  }

  // ---- the batch ----
  let queue: { name: string; run: () => void }[] = [];
  let delivered: OfficeMockObject[] = [];
  const queueCommand = (name: string, run: () => void) => void queue.push({ name, run });
  const refusal = (name: string): unknown => {
    if (options.refuseContentControls && /insertContentControl$/.test(name)) return wordError('GeneralException', name);
    if (options.customPropertiesFail && name.startsWith('CustomProperty')) return wordError('GeneralException', name);
    return options.failCommand?.(name);
  };
  /** Every command passes here when its batch runs. */
  const runCommand = (command: { name: string; run: () => void }) => {
    state.commands += 1;
    const error = refusal(command.name);
    if (error) throw error;
    command.run();
  };

  /** A loaded snapshot: only the properties loaded can be read, and only after the sync. */
  const snapshot = (data: Record<string, unknown>, select: string[]): OfficeMockObject => {
    const mock = new OfficeMockObject(data);
    mock.load(select.join(','));
    delivered.push(mock);
    return mock;
  };
  const parseSelect = (what: string | { select?: string }) =>
    (typeof what === 'string' ? what : (what.select ?? ''))
      .split(',')
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter((p) => p !== '');

  // ---- the document ----
  const at = (tok: Tok) => {
    const i = tokens.indexOf(tok);
    if (i < 0) throw wordError('ItemNotFound');
    return i;
  };
  const markOf = (tok: Tok): Tok => {
    for (let i = at(tok); i < tokens.length; i += 1) if (tokens[i]!.kind === 'para') return tokens[i]!;
    throw wordError('ItemNotFound');
  };
  const paragraphStart = (m: Tok): Tok => {
    let i = at(m);
    while (i > 0 && tokens[i - 1]!.kind !== 'para') i -= 1;
    return tokens[i]!;
  };
  const marks = (): Tok[] => tokens.filter((t) => t.kind === 'para');
  /** The texts of the paragraphs from the one holding `from` to the one holding `to`, with only the tokens between. */
  const textsBetween = (from: Tok, to: Tok): string[] => {
    const out = [''];
    for (const t of tokens.slice(at(from), at(to) + 1)) {
      if (t.kind === 'text') out[out.length - 1] += t.text;
      else out.push('');
    }
    if (to.kind === 'para') out.pop();
    return out;
  };
  const paragraphText = (m: Tok) => textsBetween(paragraphStart(m), m).join('');
  const insertAfter = (anchor: Tok, toks: Tok[]) => tokens.splice(at(anchor) + 1, 0, ...toks);
  const insertBefore = (anchor: Tok, toks: Tok[]) => tokens.splice(at(anchor), 0, ...toks);
  /** Text as tokens: a "\n" is a new paragraph in the same cell as the paragraph it goes into. */
  const pieces = (value: string): Tok[] => {
    const out: Tok[] = [];
    value.split('\n').forEach((line, i) => {
      if (i > 0) out.push(mark());
      out.push(text(line));
    });
    return out;
  };
  const placeMarks = (toks: Tok[], m: Tok) =>
    toks.forEach((t) => {
      if (t.kind === 'para' && m.kind === 'para') {
        t.cell = m.cell;
        t.inTable = m.inTable;
      }
    });
  const sortedControls = () => [...controls].sort((a, b) => at(a.from) - at(b.from) || at(b.to) - at(a.to));
  /** Word gives a control's paragraphs separated by a carriage return. */
  const controlText = (c: Control) => textsBetween(c.from, c.to).join(isInline(c.type) ? '' : '\r');
  const controlParagraphs = (c: Control) => {
    const last = markOf(c.to);
    const all = marks();
    return all.slice(all.indexOf(markOf(c.from)), all.indexOf(last) + 1);
  };

  type Resolve = () => [Tok, Tok];

  /**
   * A collection proxy: `load` queues a snapshot of the items (as office-addin-mock objects with only the loaded
   * properties, plus the item's own methods); `items` can be read after the sync that ran it.
   */
  function collection<T>(
    className: string,
    loadName: string,
    items: () => T[],
    toData: (item: T) => Record<string, unknown>,
    methods: (item: T) => object,
    extra: object = {},
  ) {
    let loaded: OfficeMockObject[] | null = null;
    const self = {
      ...extra,
      load(what: string | { select?: string; skip?: number; top?: number }) {
        const select = parseSelect(what);
        const window = typeof what === 'string' ? null : what;
        state.loads.push(`${loadName}:${typeof what === 'string' ? what : (what.select ?? '')}${window ? ` skip=${window.skip ?? 0} top=${window.top ?? '∞'}` : ''}`);
        queueCommand(`${className}.load`, () => {
          let list = items();
          if (window) list = list.slice(window.skip ?? 0, (window.skip ?? 0) + (window.top ?? Infinity));
          loaded = list.map((item) => Object.assign(snapshot(toData(item), select), methods(item)));
        });
        return self;
      },
      get items() {
        if (!loaded) throw new Error(`PropertyNotLoaded: ${className}.items was read before a sync loaded it`);
        return loaded;
      },
      untrack() {
        state.untracked += 1;
        return self;
      },
    };
    return self;
  }

  function controlProxy(get: () => Control) {
    return {
      set tag(value: string) {
        queueCommand('ContentControl.tag', () => (get().tag = value));
      },
      set title(value: string) {
        queueCommand('ContentControl.title', () => (get().title = value));
      },
      insertParagraph(value: string, location: string) {
        if (location !== 'End') throw new Error(`word fake: unexpected location ${location}`);
        const toks = [text(value), mark()];
        queueCommand('ContentControl.insertParagraph', () => {
          const control = get();
          placeMarks(toks, markOf(control.to));
          insertAfter(control.to, toks);
          control.to = toks[1]!;
        });
        return paragraphProxy(() => toks[1]!);
      },
      insertText(value: string, location: string) {
        if (location !== 'Replace') throw new Error(`word fake: unexpected location ${location}`);
        queueCommand('ContentControl.insertText', () => {
          const control = get();
          if (isInline(control.type)) {
            const t = text(value);
            tokens.splice(at(control.from), at(control.to) - at(control.from) + 1, t);
            control.from = t;
            control.to = t;
          } else {
            // The control keeps its first paragraph, which takes the new text; the others go, with controls inside them.
            const first = markOf(control.from);
            const start = at(control.from);
            const t = text(value);
            const removed = tokens.splice(start, at(control.to) - start + 1, t, first);
            for (let i = controls.length - 1; i >= 0; i -= 1) {
              const other = controls[i]!;
              if (other !== control && removed.includes(other.from)) controls.splice(i, 1);
            }
            control.from = t;
            control.to = first;
          }
        });
      },
      select(mode: string) {
        queueCommand('ContentControl.select', () => (state.selected = `control ${get().id} (${mode})`));
      },
    };
  }

  /** A new rich-text control: around whole paragraphs (its range ends at a paragraph mark), or inline around runs. */
  function wrap(resolve: Resolve, where: string) {
    const control: Control = { id: 0, tag: '', title: '', type: '', placeholderText: '', from: tokens[0]!, to: tokens[0]! };
    queueCommand(where, () => {
      const [from, to] = resolve();
      Object.assign(control, { id: nextId++, from, to, type: to.kind === 'para' ? 'RichTextParagraphs' : 'RichTextInline' });
      controls.push(control);
    });
    return controlProxy(() => control);
  }

  function rangeProxy(resolve: Resolve, isSelection = false): object {
    return {
      font: {
        set bold(value: boolean) {
          queueCommand('Range.font.bold', () => {
            const [from, to] = resolve();
            for (let i = at(from); i <= at(to); i += 1) {
              const t = tokens[i]!;
              if (t.kind === 'text') t.bold = value;
            }
          });
        },
        set italic(value: boolean) {
          queueCommand('Range.font.italic', () => {
            const [from, to] = resolve();
            for (let i = at(from); i <= at(to); i += 1) {
              const t = tokens[i]!;
              if (t.kind === 'text') t.italic = value;
            }
          });
        },
        set color(value: string) {
          queueCommand('Range.font.color', () => {
            const [from, to] = resolve();
            for (let i = at(from); i <= at(to); i += 1) {
              const t = tokens[i]!;
              if (t.kind === 'text') t.color = value;
            }
          });
        },
      },
      insertText(value: string, location: string) {
        const toks = pieces(value);
        queueCommand('Range.insertText', () => {
          const [from, to] = resolve();
          if (location === 'Replace') {
            if (!isSelection) throw new Error('word fake: Replace is only used on the selection here');
            for (let i = at(from); i <= at(to); i += 1) {
              const t = tokens[i]!;
              if (t.kind === 'text') t.text = '';
            }
          } else if (location !== 'End' && location !== 'After') throw new Error(`word fake: unexpected location ${location}`);
          placeMarks(toks, markOf(to));
          insertAfter(to, toks);
        });
        return rangeProxy(() => [toks[0]!, toks[toks.length - 1]!]);
      },
      insertParagraph(value: string, location: string) {
        if (location !== 'After' && location !== 'Before') throw wordError('InvalidArgument', 'Range.insertParagraph');
        const toks = [text(value), mark()];
        queueCommand('Range.insertParagraph', () => {
          const [from, to] = resolve();
          const m = markOf(to);
          placeMarks(toks, m);
          if (location === 'After') insertAfter(m, toks);
          else insertBefore(paragraphStart(markOf(from)), toks);
        });
        return paragraphProxy(() => toks[1]!);
      },
      insertContentControl() {
        return wrap(resolve, 'Range.insertContentControl');
      },
      expandTo(other: { resolveRange: Resolve }) {
        return rangeProxy(() => [resolve()[0], other.resolveRange()[1]]);
      },
      resolveRange: resolve,
    };
  }

  function paragraphProxy(resolveMark: () => Tok): object {
    const whole: Resolve = () => {
      const m = resolveMark();
      return [paragraphStart(m), m];
    };
    return {
      insertText(value: string, location: string) {
        if (location !== 'End') throw new Error(`word fake: unexpected location ${location}`);
        const t = text(value);
        queueCommand('Paragraph.insertText', () => insertBefore(resolveMark(), [t]));
        return rangeProxy(() => [t, t]);
      },
      insertParagraph(value: string, location: string) {
        if (location !== 'After') throw new Error(`word fake: unexpected location ${location}`);
        const toks = [text(value), mark()];
        queueCommand('Paragraph.insertParagraph', () => {
          const m = resolveMark();
          placeMarks(toks, m);
          insertAfter(m, toks);
        });
        return paragraphProxy(() => toks[1]!);
      },
      insertContentControl() {
        return wrap(whole, 'Paragraph.insertContentControl');
      },
      getRange(location: string) {
        if (location !== 'Whole') throw new Error(`word fake: unexpected location ${location}`);
        return rangeProxy(whole);
      },
      getNext() {
        return paragraphProxy(() => {
          const all = marks();
          const next = all[all.indexOf(resolveMark()) + 1];
          if (!next) throw wordError('ItemNotFound', 'Paragraph.getNext');
          return next;
        });
      },
      select(mode: string) {
        queueCommand('Paragraph.select', () => (state.selected = `paragraph ${marks().indexOf(resolveMark())} (${mode})`));
      },
    };
  }

  const paragraphData = (m: Tok) => ({ text: paragraphText(m), tableNestingLevel: m.kind === 'para' && m.inTable ? 1 : 0 });
  const paragraphCollection = (loadName: string, list: () => Tok[], extra: object = {}) =>
    collection('ParagraphCollection', loadName, list, paragraphData, (m) => paragraphProxy(() => m), extra);

  const controlCollection = () =>
    collection(
      'ContentControlCollection',
      'contentControls',
      sortedControls,
      (c) => ({ id: c.id, tag: c.tag, title: c.title, text: controlText(c), type: c.type, placeholderText: c.placeholderText }),
      (c) => {
        const proxy = controlProxy(() => c);
        return { select: proxy.select, insertText: proxy.insertText, paragraphs: paragraphCollection('control.paragraphs', () => controlParagraphs(c)) };
      },
      {
        getById(id: number) {
          return controlProxy(() => {
            const c = controls.find((x) => x.id === id);
            if (!c) throw wordError('ItemNotFound', 'ContentControlCollection.getById');
            return c;
          });
        },
      },
    );

  const customProperties = () => {
    const props = collection(
      'CustomPropertyCollection',
      'customProperties',
      () => [...properties.entries()],
      ([key, value]) => ({ key, value }),
      () => ({}),
      {
        add(key: string, value: unknown) {
          queueCommand('CustomPropertyCollection.add', () => void properties.set(key, value));
        },
        getItemOrNullObject(key: string) {
          // Office.js sets isNullObject on every *OrNullObject proxy at sync, without a load.
          let item: OfficeMockObject | null = null;
          queueCommand('CustomPropertyCollection.getItemOrNullObject', () => undefined);
          return {
            load(what: string) {
              queueCommand('CustomProperty.load', () => {
                item = snapshot({ value: properties.get(key) ?? '' }, parseSelect(what));
              });
            },
            get value() {
              if (!item) throw new Error('PropertyNotLoaded: CustomProperty.value');
              return (item as unknown as { value: unknown }).value;
            },
            get isNullObject() {
              if (!item) throw new Error('PropertyNotLoaded: CustomProperty.isNullObject');
              return !properties.has(key);
            },
          };
        },
      },
    );
    return props;
  };

  const body = {
    get paragraphs() {
      return paragraphCollection('paragraphs', marks, { getFirst: () => paragraphProxy(() => marks()[0] ?? tokens[0]!) });
    },
    get contentControls() {
      return controlCollection();
    },
    loadedText: null as OfficeMockObject | null,
    load(what: string) {
      queueCommand('Body.load', () => {
        body.loadedText = snapshot({ text: marks().map(paragraphText).join('\r') }, parseSelect(what));
      });
    },
    get text() {
      if (!body.loadedText) throw new Error('PropertyNotLoaded: Body.text');
      return (body.loadedText as unknown as { text: string }).text;
    },
  };

  const context = {
    document: {
      body,
      properties: {
        get customProperties() {
          return customProperties();
        },
      },
      getSelection: () => rangeProxy(() => [selection, selection], true),
    },
    async sync() {
      state.syncs += 1;
      const commands = queue;
      queue = [];
      delivered = [];
      if (options.failSync && options.failSync.at === state.syncs) throw options.failSync.error;
      for (const command of commands) runCommand(command); // a failing command stops the batch here; those before it stay done
      for (const mock of delivered) await mock.sync();
    },
  };

  const addinSettings: AddinSettings | undefined = settings
    ? {
        get: (name) => settings.get(name),
        set: (name, value) => void settings.set(name, value),
        saveAsync: (callback) => {
          state.settingsSaves += 1;
          callback({ status: 'succeeded' });
        },
      }
    : undefined;

  const host: WordHost = {
    run: (batch) => batch(context as unknown as Word.RequestContext),
    isSetSupported: (name, version) => sets.has(`${name} ${version}`),
    settings: addinSettings,
  };

  /** The document as paragraphs, each with its runs (empty runs left out), cell and the controls around it whole. */
  function paragraphs(): FakeDocParagraph[] {
    const out: FakeDocParagraph[] = [];
    let runs: FakeDocParagraph['runs'] = [];
    for (const t of tokens) {
      if (t.kind === 'text') {
        if (t.text !== '') runs.push({ text: t.text, bold: t.bold, ...(t.italic ? { italic: true } : {}), ...(t.color ? { color: t.color } : {}) });
        continue;
      }
      const blockTags = sortedControls()
        .filter((c) => !isInline(c.type) && at(c.from) <= at(t) && at(c.to) >= at(t))
        .map((c) => c.tag);
      out.push({ text: runs.map((r) => r.text).join(''), runs, cell: t.cell, blockTags });
      runs = [];
    }
    return out;
  }

  /** The document's text, paragraphs joined by "\n", each content control shown as [tag|text]. */
  function docText(): string {
    let s = '';
    tokens.forEach((t, i) => {
      for (const c of sortedControls()) if (c.from === t) s += `[${c.tag}|`;
      if (t.kind === 'text') s += t.text;
      for (const c of sortedControls()) if (c.to === t) s += ']';
      if (t.kind === 'para' && i < tokens.length - 1) s += '\n';
    });
    return s;
  }

  return {
    host,
    state,
    properties,
    /** The add-in's settings (an empty Map when `settings: null` was asked for, and never filled). */
    settings: settings ?? new Map<string, unknown>(),
    paragraphs,
    text: docText,
    /** The content controls in document order, by tag and title. */
    controls: () => sortedControls().map((c) => ({ tag: c.tag, title: c.title })),
    /** The text of the n-th content control, as Word gives it. */
    controlText: (index: number) => controlText(sortedControls()[index]!),
    /** Someone deletes every content control (keeping the text), e.g. after a check. */
    removeControls: () => void controls.splice(0),
  };
}
