/**
 * A Word document model for the insertion tests: paragraphs of runs (with bold), paragraphs in a table cell, and
 * content controls (inline around runs, or around whole paragraphs), behind fakes of the Office.js proxies the
 * adapter uses. Like office-addin-mock it knows nothing of Word by itself; unlike word-mock.ts it models a batch
 * the way Word runs one:
 * - commands are queued and run only at `context.sync()`, which is counted;
 * - they run in order, and the first one that fails stops the batch: what ran before it stays in the document
 *   (a refused content control leaves the text written before it), nothing after it runs;
 * - `failSync` fails a sync before its first command, as a protected document does (nothing changes);
 * - a loaded property can be read only after a sync that loaded it succeeded.
 */
import type { WordHost } from '../../src/document/word/host';

type Tok = { kind: 'text'; text: string; bold: boolean } | { kind: 'para'; cell: string | null };
interface Control {
  tag: string;
  title: string;
  from: Tok;
  to: Tok;
}

export interface DocMockOptions {
  /** Paragraphs before the cursor's paragraph. */
  paragraphsBefore?: string[];
  /** Existing blocks (one paragraph each, in their own content control), placed before the cursor's paragraph. */
  existingTags?: string[];
  /** The cursor's paragraph: text before the selection, the selected text, text after it. */
  before?: string;
  selected?: string;
  after?: string;
  paragraphsAfter?: string[];
  /** The cursor's paragraph is in this table cell. */
  cell?: string;
  refuseContentControls?: boolean;
  /** Fail the n-th sync (1-based) before any of its commands runs. */
  failSync?: { at: number; error: unknown };
  /** Defaults to true. */
  wordApi13?: boolean;
  /** Defaults to true; false stands for a host without the Word API set the manifest asks for. */
  wordApi11?: boolean;
  /** Custom properties fail when set (seen in Word on the web). */
  failCustomProperties?: boolean;
  /** Give the host Office's per-document add-in settings (a Map here). */
  withSettings?: boolean;
}

export function wordError(code: string, errorLocation = '') {
  return Object.assign(new Error(`${code} (mock)`), { code, debugInfo: { code, errorLocation } });
}

export interface MockParagraph {
  text: string;
  runs: { text: string; bold: boolean }[];
  cell: string | null;
  /** Tags of the content controls this paragraph is inside (whole-paragraph controls). */
  blockTags: string[];
}

export function createDocMock(options: DocMockOptions = {}) {
  const tokens: Tok[] = [];
  const controls: Control[] = [];
  const text = (t: string, bold = false): Tok => ({ kind: 'text', text: t, bold });
  const mark = (cell: string | null = null): Tok => ({ kind: 'para', cell });
  for (const p of options.paragraphsBefore ?? []) tokens.push(text(p), mark());
  for (const tag of options.existingTags ?? []) {
    const t = text(`Block ${tag}`);
    const m = mark();
    tokens.push(t, m);
    controls.push({ tag, title: tag, from: t, to: m });
  }
  const selTok = text(options.selected ?? '');
  tokens.push(text(options.before ?? ''), selTok, text(options.after ?? ''), mark(options.cell ?? null));
  for (const p of options.paragraphsAfter ?? []) tokens.push(text(p), mark());

  const state = { syncs: 0, commands: 0, untracked: 0 };
  const properties = new Map<string, string>();
  const settings = new Map<string, unknown>();
  let queue: (() => void)[] = [];

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
  const placeMarks = (toks: Tok[], cell: string | null) => toks.forEach((t) => t.kind === 'para' && (t.cell = cell));
  const cellOf = (m: Tok) => (m.kind === 'para' ? m.cell : null);

  type Resolve = () => [Tok, Tok];

  function controlProxy(control: Control) {
    return {
      set tag(value: string) {
        queue.push(() => (control.tag = value));
      },
      set title(value: string) {
        queue.push(() => (control.title = value));
      },
      insertParagraph(value: string, location: string) {
        if (location !== 'End') throw new Error(`unexpected location ${location}`);
        const toks = [text(value), mark()];
        queue.push(() => {
          placeMarks(toks, cellOf(control.to));
          insertAfter(control.to, toks);
          control.to = toks[1]!;
        });
        return paragraphProxy(toks[1]!);
      },
    };
  }

  function wrap(resolve: Resolve, where: string) {
    const control: Control = { tag: '', title: '', from: tokens[0]!, to: tokens[0]! };
    queue.push(() => {
      if (options.refuseContentControls) throw wordError('GeneralException', where);
      const [from, to] = resolve();
      control.from = from;
      control.to = to;
      controls.push(control);
    });
    return controlProxy(control);
  }

  function rangeProxy(resolve: Resolve, selection = false): object {
    return {
      font: {
        set bold(value: boolean) {
          queue.push(() => {
            const [from, to] = resolve();
            for (let i = at(from); i <= at(to); i += 1) {
              const t = tokens[i]!;
              if (t.kind === 'text') t.bold = value;
            }
          });
        },
      },
      insertText(value: string, location: string) {
        const toks = pieces(value);
        queue.push(() => {
          const [from, to] = resolve();
          if (location === 'Replace') {
            if (!selection) throw new Error('Replace is only used on the selection here');
            for (let i = at(from); i <= at(to); i += 1) {
              const t = tokens[i]!;
              if (t.kind === 'text') t.text = '';
            }
          } else if (location !== 'End' && location !== 'After') throw new Error(`unexpected location ${location}`);
          placeMarks(toks, cellOf(markOf(to)));
          insertAfter(to, toks);
        });
        return rangeProxy(() => [toks[0]!, toks[toks.length - 1]!]);
      },
      insertParagraph(value: string, location: string) {
        if (location !== 'After' && location !== 'Before') throw wordError('InvalidArgument', 'Range.insertParagraph');
        const toks = [text(value), mark()];
        queue.push(() => {
          const [from, to] = resolve();
          const m = markOf(to);
          placeMarks(toks, cellOf(m));
          if (location === 'After') insertAfter(m, toks);
          else insertBefore(paragraphStart(markOf(from)), toks);
        });
        return paragraphProxy(toks[1]!);
      },
      insertContentControl() {
        return wrap(resolve, 'Range.insertContentControl');
      },
      expandTo(other: { resolveRange: Resolve }) {
        return rangeProxy(() => [resolve()[0], other.resolveRange()[1]]);
      },
      getRange(location: string) {
        if (!selection) throw new Error('getRange is only expected on the selection');
        if (location !== 'End') throw new Error(`unexpected location ${location}`);
        return rangeProxy(() => [resolve()[1], resolve()[1]]);
      },
      resolveRange: resolve,
    };
  }

  function paragraphProxy(m: Tok): object {
    const whole: Resolve = () => [paragraphStart(m), m];
    return {
      insertText(value: string, location: string) {
        if (location !== 'End') throw new Error(`unexpected location ${location}`);
        const t = text(value);
        queue.push(() => insertBefore(m, [t]));
        return rangeProxy(() => [t, t]);
      },
      insertParagraph(value: string, location: string) {
        if (location !== 'After') throw new Error(`unexpected location ${location}`);
        const toks = [text(value), mark()];
        queue.push(() => {
          placeMarks(toks, cellOf(m));
          insertAfter(m, toks);
        });
        return paragraphProxy(toks[1]!);
      },
      insertContentControl() {
        return wrap(whole, 'Paragraph.insertContentControl');
      },
      getRange(location: string) {
        if (location !== 'Whole') throw new Error(`unexpected location ${location}`);
        return rangeProxy(whole);
      },
    };
  }

  const contentControls = {
    loadedItems: null as { tag: string }[] | null,
    pending: null as { tag: string }[] | null,
    load(what: string) {
      if (what !== 'items/tag' && what !== 'tag') throw new Error(`load only the tags, not ${what}`);
      queue.push(() => {
        contentControls.pending = [...controls].sort((a, b) => at(a.from) - at(b.from)).map((c) => ({ tag: c.tag }));
      });
    },
    get items() {
      if (!contentControls.loadedItems) throw new Error('PropertyNotLoaded: contentControls.items was read before a sync loaded it');
      return contentControls.loadedItems;
    },
    untrack() {
      state.untracked += 1;
      return contentControls;
    },
  };

  const context = {
    document: {
      body: { contentControls },
      properties: {
        customProperties: {
          add(key: string, value: string) {
            queue.push(() => {
              if (options.failCustomProperties) throw wordError('GeneralException', 'CustomPropertyCollection.add');
              properties.set(key, value);
            });
          },
        },
      },
      getSelection: () => rangeProxy(() => [selTok, selTok], true),
    },
    async sync() {
      state.syncs += 1;
      const ops = queue;
      queue = [];
      if (options.failSync && options.failSync.at === state.syncs) throw options.failSync.error;
      for (const op of ops) {
        state.commands += 1;
        op(); // a failing command stops the batch here; the ones before it stay done
      }
      if (contentControls.pending) {
        contentControls.loadedItems = contentControls.pending;
        contentControls.pending = null;
      }
    },
  };

  const host: WordHost = {
    run: (batch) => batch(context as unknown as Word.RequestContext),
    isSetSupported: (name, version) =>
      name === 'WordApi' && ((version === '1.1' && options.wordApi11 !== false) || (version === '1.3' && options.wordApi13 !== false && options.wordApi11 !== false)),
    settings: options.withSettings
      ? {
          get: (name: string) => settings.get(name),
          set: (name: string, value: unknown) => void settings.set(name, value),
          saveAsync: (callback: (result: { status: unknown }) => void) => callback({ status: 'succeeded' }),
        }
      : undefined,
  };

  /** The document as paragraphs, each with its runs (empty runs left out), cell and enclosing whole-paragraph controls. */
  function paragraphs(): MockParagraph[] {
    const out: MockParagraph[] = [];
    let runs: { text: string; bold: boolean }[] = [];
    for (const t of tokens) {
      if (t.kind === 'text') {
        if (t.text !== '') runs.push({ text: t.text, bold: t.bold });
        continue;
      }
      const blockTags = controls.filter((c) => at(c.from) <= at(t) && at(c.to) >= at(t)).map((c) => c.tag);
      out.push({ text: runs.map((r) => r.text).join(''), runs, cell: t.cell, blockTags });
      runs = [];
    }
    return out;
  }

  /** The document's text, paragraphs joined by "\n", each content control shown as [tag|text]. */
  function docText(): string {
    let s = '';
    tokens.forEach((t, i) => {
      for (const c of controls) if (c.from === t) s += `[${c.tag}|`;
      if (t.kind === 'text') s += t.text;
      for (const c of controls) if (c.to === t) s += ']';
      if (t.kind === 'para' && i < tokens.length - 1) s += '\n';
    });
    return s;
  }

  const controlList = () =>
    [...controls].sort((a, b) => at(a.from) - at(b.from)).map((c) => ({ tag: c.tag, title: c.title }));

  return { host, state, paragraphs, text: docText, controls: controlList, properties, settings };
}
