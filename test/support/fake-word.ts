/**
 * A fake of Word behind the Office.js proxies the Word adapter uses, faithful to what Microsoft documents and what the
 * OfficeDev/office-js tracker reports (docs/word-behaviour.md gives the source of each rule):
 *
 * - **Batches.** Commands are queued and run only at `context.sync()` (counted), in order. The first command that
 *   fails stops the batch: what ran before it stays in the document, nothing after it runs (OfficeExtension.Error,
 *   traceMessages example). The error carries `code` and `debugInfo.errorLocation` ("Range.insertContentControl"),
 *   or no `errorLocation` at all when `omitErrorLocation` is set (Microsoft: "if available").
 * - **Loads.** A property can be read only after a sync that loaded it; reading it earlier throws, as office.js does.
 * - **The selection does not follow an insertion.** Nothing Microsoft documents moves the user's selection after
 *   `insertText`, `insertParagraph` or `insertContentControl`, and #101 reports the cursor staying at the start of what
 *   was inserted; so here text inserted at the caret goes after the caret and the caret stays before it, until the
 *   adapter calls `select`. `select('End')` on a content control leaves the caret inside it, at its end; the place just
 *   after a control is `getRange('After')` (WordApi 1.3).
 * - **New paragraphs take the style and list numbering of the paragraph they are made from** (#72), until the adapter
 *   sets `styleBuiltIn` / calls `detachFromList` (WordApi 1.3).
 * - **Content controls.** `body.contentControls` lists only rich-text controls (Microsoft: "the collection of rich text
 *   content control objects in the body"); `parentContentControl(OrNullObject)` finds only rich-text ones (#1302).
 *   `type` is `RichText`; `subtype` (WordApi 1.3) is `RichTextInline` or `RichTextParagraphs`.
 * - **Refusals at chosen places.** `refuse` makes `insertContentControl` fail where Word has been reported to refuse:
 *   in a table cell (#3367, web), on a range touching another control (#6103, web), inside a plain-text control, or
 *   everywhere (a host without content controls). `viewing` makes every write fail with `GeneralException` (#5484);
 *   `readOnly` with `AccessDenied`. `failAt` fails the n-th call of a named command.
 * - **Requirement sets.** With `wordApi: '1.1'`, WordApi 1.3 members fail at sync with `ApiNotFound`, and
 *   `body.paragraphs` leaves out paragraphs in tables (Microsoft: not returned for requirement sets 1.1 and 1.2).
 * - **Lengths.** Titles and tags longer than `maxTitleLength` / `maxTagLength` (64 unless set: the length Word shows
 *   for a title, office-js-docs-reference #1238; no larger tag length is documented) are cut, so an adapter that writes
 *   longer ones loses data here.
 * - **Storage.** Custom properties (WordApi 1.3) can be set to fail when written, or to read back empty as on Word on
 *   the web (#328, #6206); the add-in settings are a property bag saved with `saveAsync`.
 */
import type { WordHost } from '../../src/document/word/host';

// ---------------------------------------------------------------- the document

interface Control {
  id: number;
  tag: string;
  title: string;
  kind: 'rich' | 'plain';
  placeholderText: string;
}
interface ParagraphProps {
  /** Localised style name, e.g. "Normal", "Heading 1". */
  style: string;
  /** A list item (Word draws its number; the paragraph's text does not include it). */
  list: boolean;
  /** The table cell the paragraph is in, or null. */
  cell: string | null;
}
type Atom =
  | { k: 'char'; ch: string; bold: boolean }
  | ({ k: 'mark' } & ParagraphProps)
  | { k: 'open'; control: Control }
  | { k: 'close'; control: Control };
type Mark = Extract<Atom, { k: 'mark' }>;

/**
 * A place between two atoms: just after `after` (null: the start of the document), or just before `before` (null: the
 * end). The user's caret hangs on the atom before it, so text inserted there goes after the caret; a range the API
 * returns is bounded by its own first and last atoms.
 */
type Gap = { after: Atom | null } | { before: Atom | null };
interface Span {
  from: Gap;
  to: Gap;
}

/** One paragraph of a document to start from. */
export interface FakeParagraph {
  text: string;
  style?: string;
  list?: boolean;
  cell?: string;
  /** Wrap the paragraph's text in an inline content control, or the whole paragraph in a block one. */
  control?: { tag: string; title?: string; level?: 'inline' | 'block'; kind?: 'rich' | 'plain' };
  /** Bold runs are not needed to start from. */
}

/** Where the caret starts: in paragraph `paragraph` after `offset` characters (default: at its end). */
export interface FakeCaret {
  paragraph: number;
  offset?: number;
  /** Select this many characters from the caret. */
  length?: number;
}

export interface FakeWordOptions {
  paragraphs?: FakeParagraph[];
  caret?: FakeCaret;
  /** The highest WordApi set the host has: '1.1' (Word 2016) or '1.3' and later (default '1.9'). '0' = none. */
  wordApi?: '0' | '1.1' | '1.3' | '1.9';
  refuse?: { tableCell?: boolean; touchingControl?: boolean; plainTextControl?: boolean; everywhere?: boolean };
  /** Every write fails with GeneralException (Viewing mode, #5484). */
  viewing?: boolean;
  /** Every write fails with AccessDenied (a read-only or protected document). */
  readOnly?: boolean;
  /** Fail the `nth` (default 1st) call of `method` (e.g. "Range.insertContentControl") with `code`. */
  failAt?: { method: string; nth?: number; code?: string };
  omitErrorLocation?: boolean;
  customProperties?: 'ok' | 'write-fails' | 'read-empty';
  /** Office's per-document add-in settings; default true. */
  settings?: boolean;
  /** Settings saveAsync fails. */
  settingsSaveFails?: boolean;
  maxTitleLength?: number;
  maxTagLength?: number;
}

export function wordError(code: string, errorLocation?: string): Error {
  const debugInfo: Record<string, string> = { code, message: `${code} (fake Word)` };
  if (errorLocation) debugInfo.errorLocation = errorLocation;
  return Object.assign(new Error(`${code} (fake Word)`), { name: 'RichApi.Error', code, debugInfo, traceMessages: [] });
}

export function createFakeWord(options: FakeWordOptions = {}) {
  const api = options.wordApi ?? '1.9';
  const has13 = api === '1.3' || api === '1.9';
  const maxTitle = options.maxTitleLength ?? 64;
  const maxTag = options.maxTagLength ?? 64;
  const atoms: Atom[] = [];
  const controls: Control[] = [];
  let nextId = 100;
  const newControl = (kind: 'rich' | 'plain', tag = '', title = ''): Control => {
    const c = { id: (nextId += 1), tag: tag.slice(0, maxTag), title: title.slice(0, maxTitle), kind, placeholderText: '' };
    controls.push(c);
    return c;
  };

  // Build the starting document.
  const source = options.paragraphs && options.paragraphs.length > 0 ? options.paragraphs : [{ text: '' }];
  const marks: Mark[] = [];
  for (const p of source) {
    const chars: Atom[] = [...p.text].map((ch) => ({ k: 'char', ch, bold: false }));
    const mark: Mark = { k: 'mark', style: p.style ?? 'Normal', list: p.list ?? false, cell: p.cell ?? null };
    if (p.control) {
      const c = newControl(p.control.kind ?? 'rich', p.control.tag, p.control.title ?? p.control.tag);
      if ((p.control.level ?? 'inline') === 'block') atoms.push({ k: 'open', control: c }, ...chars, mark, { k: 'close', control: c });
      else atoms.push({ k: 'open', control: c }, ...chars, { k: 'close', control: c }, mark);
    } else atoms.push(...chars, mark);
    marks.push(mark);
  }

  const index = (a: Atom | null): number => {
    if (a === null) return -1;
    const i = atoms.indexOf(a);
    if (i < 0) throw wordError('ItemNotFound');
    return i;
  };
  /** The index a new atom at this gap would take. */
  const gapIndex = (g: Gap): number => ('after' in g ? index(g.after) + 1 : g.before === null ? atoms.length : index(g.before));
  const gapAt = (i: number): Gap => ({ after: i <= 0 ? null : (atoms[i - 1] as Atom) });

  /** The caret's starting place. */
  let selection: Span;
  {
    const c = options.caret ?? { paragraph: source.length - 1 };
    const mark = marks[c.paragraph] as Mark;
    const content = paragraphContent(mark);
    const charIdx: number[] = [];
    for (let i = gapIndex(content.from); i < index(mark); i += 1) if ((atoms[i] as Atom).k === 'char') charIdx.push(i);
    const at = (n: number) => {
      // After the n-th character of the paragraph (inside a control that holds it, if any).
      if (n <= 0) return content.from;
      const i = charIdx[Math.min(n, charIdx.length) - 1] as number;
      return { after: atoms[i] as Atom };
    };
    const offset = c.offset ?? charIdx.length;
    selection = { from: at(offset), to: at(offset + (c.length ?? 0)) };
  }

  // ---- paragraphs

  function markAtOrAfter(i: number): Mark {
    for (let j = Math.max(0, i); j < atoms.length; j += 1) if ((atoms[j] as Atom).k === 'mark') return atoms[j] as Mark;
    throw wordError('ItemNotFound');
  }
  /** The paragraph holding a gap: the first mark at or after it (skipping a block control's closing atoms). */
  function markOfGap(g: Gap): Mark {
    return markAtOrAfter(gapIndex(g));
  }
  /** A paragraph's content: from just after the previous mark (and any block-control closes/opens) to its mark. */
  function paragraphContent(mark: Mark): Span {
    let i = index(mark) - 1;
    while (i >= 0 && (atoms[i] as Atom).k !== 'mark') i -= 1;
    // Skip the closes of block controls ending at the previous paragraph and the opens of controls starting here.
    let start = i + 1;
    while (start < atoms.length && (atoms[start] as Atom).k === 'close') start += 1;
    while (start < atoms.length && (atoms[start] as Atom).k === 'open' && isBlockOpen(start)) start += 1;
    return { from: gapAt(start), to: gapAt(index(mark)) };
  }
  function isBlockOpen(i: number): boolean {
    const a = atoms[i] as Atom;
    if (a.k !== 'open') return false;
    const close = atoms.findIndex((x) => x.k === 'close' && x.control === a.control);
    return close > 0 && (atoms[close - 1] as Atom).k === 'mark';
  }
  const allMarks = (): Mark[] => atoms.filter((a): a is Mark => a.k === 'mark');
  function textOf(span: Span): string {
    let s = '';
    for (let i = gapIndex(span.from); i < gapIndex(span.to); i += 1) {
      const a = atoms[i] as Atom;
      if (a.k === 'char') s += a.ch;
      else if (a.k === 'mark' && i < gapIndex(span.to) - 1) s += '\r';
    }
    return s;
  }
  function controlSpan(c: Control): { open: number; close: number } {
    const open = atoms.findIndex((a) => a.k === 'open' && a.control === c);
    const close = atoms.findIndex((a) => a.k === 'close' && a.control === c);
    if (open < 0 || close < 0) throw wordError('ItemNotFound');
    return { open, close };
  }
  /** Innermost control around a gap, among rich-text ones only when `richOnly`. */
  function controlAround(g: Gap, richOnly: boolean): Control | null {
    const at = gapIndex(g);
    let found: Control | null = null;
    let best = -1;
    for (const c of controls) {
      if (richOnly && c.kind !== 'rich') continue;
      const s = atoms.findIndex((a) => a.k === 'open' && a.control === c);
      const e = atoms.findIndex((a) => a.k === 'close' && a.control === c);
      if (s >= 0 && e >= 0 && s < at && at <= e && s > best) {
        found = c;
        best = s;
      }
    }
    return found;
  }
  const isBlockControl = (c: Control) => {
    const { open, close } = controlSpan(c);
    return (open === 0 || (atoms[open - 1] as Atom).k === 'mark' || (atoms[open - 1] as Atom).k === 'close') && (atoms[close - 1] as Atom).k === 'mark';
  };

  // ---- edits

  /** Inserts text at a gap; "\n" starts a new paragraph with the props of the paragraph it splits. Returns the span. */
  function insertTextAt(g: Gap | number, value: string): Span {
    const at = typeof g === 'number' ? g : gapIndex(g);
    const holder = markAtOrAfter(at);
    const added: Atom[] = [];
    for (const ch of value) {
      if (ch === '\n' || ch === '\r') added.push({ k: 'mark', style: holder.style, list: holder.list, cell: holder.cell });
      else added.push({ k: 'char', ch, bold: false });
    }
    atoms.splice(at, 0, ...added);
    if (added.length === 0) return { from: gapAt(at), to: gapAt(at) };
    return { from: { before: added[0] as Atom }, to: { after: added[added.length - 1] as Atom } };
  }
  /** Deletes the characters of a span (paragraph marks and control boundaries stay); returns where it began. */
  function deleteSpan(span: Span): number {
    const from = gapIndex(span.from);
    const to = gapIndex(span.to);
    for (let i = to - 1; i >= from; i -= 1) {
      const a = atoms[i] as Atom;
      if (a.k === 'char') atoms.splice(i, 1);
    }
    return from;
  }
  /** A new paragraph after `mark` (and after any block controls ending there), with `mark`'s props (#72). */
  function paragraphAfter(mark: Mark, value: string, outsideControls = true): Mark {
    let at = index(mark) + 1;
    if (outsideControls) while (at < atoms.length && (atoms[at] as Atom).k === 'close') at += 1;
    const newMark: Mark = { k: 'mark', style: mark.style, list: mark.list, cell: mark.cell };
    atoms.splice(at, 0, ...[...value].map((ch): Atom => ({ k: 'char', ch, bold: false })), newMark);
    return newMark;
  }
  function paragraphBefore(mark: Mark, value: string): Mark {
    const content = paragraphContent(mark);
    const at = gapIndex(content.from);
    const newMark: Mark = { k: 'mark', style: mark.style, list: mark.list, cell: mark.cell };
    atoms.splice(at, 0, ...[...value].map((ch): Atom => ({ k: 'char', ch, bold: false })), newMark);
    return newMark;
  }

  // ---- the batch

  const state = { syncs: 0, commands: 0, untracked: 0 };
  const calls = new Map<string, number>();
  let queue: { location: string; write: boolean; run: () => void }[] = [];
  /** Proxies whose loaded values become readable after the current sync. */
  let pendingLoads: (() => void)[] = [];

  const writeGuard = (location: string) => {
    if (options.readOnly) throw wordError('AccessDenied', options.omitErrorLocation ? undefined : location);
    if (options.viewing) throw wordError('GeneralException', options.omitErrorLocation ? undefined : location);
  };
  const fail = (code: string, location: string) => wordError(code, options.omitErrorLocation ? undefined : location);
  /** Queues a command; `needs13` makes it fail on a WordApi 1.1 host. */
  function command(location: string, run: () => void, opts: { write?: boolean; needs13?: boolean } = {}) {
    queue.push({
      location,
      write: opts.write ?? true,
      run: () => {
        if (opts.needs13 && !has13) throw fail('ApiNotFound', location);
        if (opts.write ?? true) writeGuard(location);
        const n = (calls.get(location) ?? 0) + 1;
        calls.set(location, n);
        if (options.failAt && options.failAt.method === location && (options.failAt.nth ?? 1) === n) throw fail(options.failAt.code ?? 'GeneralException', location);
        run();
      },
    });
  }

  /** A value filled in at sync; reading it before throws as office.js does. */
  function loaded<T>() {
    let value: T | undefined;
    let ready = false;
    return {
      set(v: T) {
        pendingLoads.push(() => {
          value = v;
          ready = true;
        });
      },
      /** For an item of a collection being loaded: readable once the collection is. */
      now(v: T) {
        value = v;
        ready = true;
      },
      get(name: string): T {
        if (!ready) throw Object.assign(new Error(`PropertyNotLoaded: ${name} was read before a sync loaded it (fake Word)`), { code: 'PropertyNotLoaded' });
        return value as T;
      },
    };
  }

  // ---- proxies

  type Lazy<T> = () => T;

  function rangeProxy(resolve: Lazy<Span>): Record<string, unknown> {
    let cached: Span | null = null;
    /** A range is resolved once, when a command first needs it (a proxy stands for the range as it was then). */
    const span = () => (cached ??= resolve());
    const values = loaded<{ text: string; isEmpty: boolean }>();
    const self: Record<string, unknown> = {
      __span: span,
      load() {
        command('Range.load', () => {
          const s = span();
          values.set({ text: textOf(s), isEmpty: gapIndex(s.from) === gapIndex(s.to) });
        }, { write: false });
        return self;
      },
      get text() {
        return values.get('Range.text').text;
      },
      get isEmpty() {
        return values.get('Range.isEmpty').isEmpty;
      },
      insertText(value: string, location: string) {
        let result: Span | null = null;
        command('Range.insertText', () => {
          const s = span();
          if (!['Replace', 'Start', 'End', 'Before', 'After'].includes(location)) throw fail('InvalidArgument', 'Range.insertText');
          if (location === 'Replace') result = insertTextAt(deleteSpan(s), value);
          else result = insertTextAt(location === 'Start' || location === 'Before' ? s.from : s.to, value);
        });
        return rangeProxy(() => {
          if (!result) throw fail('ItemNotFound', 'Range');
          return result;
        });
      },
      insertParagraph(value: string, location: string) {
        let made: Mark | null = null;
        command('Range.insertParagraph', () => {
          if (location !== 'Before' && location !== 'After') throw fail('InvalidArgument', 'Range.insertParagraph');
          const s = span();
          made = location === 'After' ? paragraphAfter(markOfGap(s.to), value) : paragraphBefore(markOfGap(s.from), value);
        });
        return paragraphProxy(() => made as Mark);
      },
      insertContentControl() {
        return wrapProxy(span, 'Range.insertContentControl');
      },
      select(mode = 'Select') {
        command('Range.select', () => {
          const s = span();
          selection = mode === 'Start' ? { from: s.from, to: s.from } : mode === 'End' ? { from: s.to, to: s.to } : { ...s };
        }, { write: false });
      },
      getRange(location = 'Whole') {
        const r = rangeProxy(() => {
          const s = span();
          if (location === 'Start') return { from: s.from, to: s.from };
          if (location === 'End' || location === 'After') return { from: s.to, to: s.to };
          return { ...s };
        });
        command('Range.getRange', () => undefined, { write: false, needs13: true });
        return r;
      },
      expandTo(other: { __span: Lazy<Span> }) {
        command('Range.expandTo', () => undefined, { write: false, needs13: true });
        return rangeProxy(() => {
          const a = span();
          const b = other.__span();
          return { from: gapIndex(a.from) <= gapIndex(b.from) ? a.from : b.from, to: gapIndex(a.to) >= gapIndex(b.to) ? a.to : b.to };
        });
      },
      get paragraphs() {
        return paragraphCollection(() => {
          const s = span();
          const first = markOfGap(s.from);
          const last = markOfGap(s.to);
          return allMarks().slice(allMarks().indexOf(first), allMarks().indexOf(last) + 1);
        }, 'Range');
      },
      get parentContentControl() {
        return controlProxy(() => {
          const c = controlAround(span().from, true);
          if (!c) throw fail('ItemNotFound', 'Range.parentContentControl');
          return c;
        });
      },
      get parentContentControlOrNullObject() {
        command('Range.parentContentControlOrNullObject', () => undefined, { write: false, needs13: true });
        return controlProxy(() => controlAround(span().from, true), true);
      },
      get font() {
        return {
          set bold(value: boolean) {
            command('Range.font.bold', () => {
              const s = span();
              for (let i = gapIndex(s.from); i < gapIndex(s.to); i += 1) {
                const a = atoms[i] as Atom;
                if (a.k === 'char') a.bold = value;
              }
            });
          },
        };
      },
    };
    return self;
  }

  function wrapProxy(span: Lazy<Span>, location: string) {
    let made: Control | null = null;
    command(location, () => {
      const s = span();
      const refuse = options.refuse ?? {};
      const from = gapIndex(s.from);
      const to = gapIndex(s.to);
      if (api === '0' || refuse.everywhere) throw fail('ApiNotFound', location);
      if (refuse.tableCell && markOfGap(s.from).cell !== null) throw fail('GeneralException', location);
      const around = controlAround(s.from, false);
      if (refuse.plainTextControl !== false && around && around.kind === 'plain') throw fail('GeneralException', location);
      if (refuse.touchingControl) {
        const touches = (atoms[from] as Atom | undefined)?.k === 'open' || (to > 0 && (atoms[to - 1] as Atom).k === 'close');
        if (touches) throw fail('GeneralException', location);
      }
      const c = newControl('rich');
      atoms.splice(to, 0, { k: 'close', control: c });
      atoms.splice(from, 0, { k: 'open', control: c });
      made = c;
    });
    return controlProxy(() => made);
  }

  function controlProxy(resolve: Lazy<Control | null>, orNull = false): Record<string, unknown> {
    let cached: { c: Control | null } | null = null;
    const control = (): Control => {
      cached ??= { c: resolve() };
      if (!cached.c) throw fail('ItemNotFound', 'ContentControl');
      return cached.c;
    };
    const nullness = loaded<boolean>();
    const values = loaded<Record<string, unknown>>();
    const inner = (): Span => {
      const { open, close } = controlSpan(control());
      return { from: gapAt(open + 1), to: gapAt(close) };
    };
    const self: Record<string, unknown> = {
      __control: control,
      __span: inner,
      __fill(v: Record<string, unknown>) {
        cached = { c: resolve() };
        nullness.now(false);
        values.now(v);
      },
      load(what = '') {
        const wanted = what.split(',').map((s) => s.trim().replace(/^items\//, ''));
        command('ContentControl.load', () => {
          cached ??= { c: resolve() };
          if (orNull) nullness.set(cached.c === null);
          if (cached.c === null) {
            if (!orNull) throw fail('ItemNotFound', 'ContentControl');
            values.set({});
            return;
          }
          if (wanted.includes('subtype') && !has13) throw fail('ApiNotFound', 'ContentControl.subtype');
          values.set(describe(cached.c));
        }, { write: false });
        return self;
      },
      get isNullObject() {
        return nullness.get('ContentControl.isNullObject');
      },
      get id() {
        return values.get('ContentControl.id').id;
      },
      get text() {
        return values.get('ContentControl.text').text;
      },
      get type() {
        return values.get('ContentControl.type').type;
      },
      get subtype() {
        return values.get('ContentControl.subtype').subtype;
      },
      get placeholderText() {
        return values.get('ContentControl.placeholderText').placeholderText;
      },
      get tag(): string {
        return values.get('ContentControl.tag').tag as string;
      },
      set tag(value: string) {
        command('ContentControl.tag', () => (control().tag = value.slice(0, maxTag)));
      },
      get title(): string {
        return values.get('ContentControl.title').title as string;
      },
      set title(value: string) {
        command('ContentControl.title', () => (control().title = value.slice(0, maxTitle)));
      },
      insertText(value: string, location: string) {
        let result: Span | null = null;
        command('ContentControl.insertText', () => {
          if (!['Replace', 'Start', 'End'].includes(location)) throw fail('InvalidArgument', 'ContentControl.insertText');
          const s = inner();
          if (location === 'Replace') result = insertTextAt(deleteSpan(s), value);
          else result = insertTextAt(location === 'Start' ? s.from : s.to, value);
        });
        return rangeProxy(() => result as Span);
      },
      insertParagraph(value: string, location: string) {
        let made: Mark | null = null;
        command('ContentControl.insertParagraph', () => {
          const c = control();
          const { open, close } = controlSpan(c);
          if (location === 'After') {
            // After the control: a new paragraph after the paragraph holding its end (outside the control).
            made = paragraphAfter(markAtOrAfter(close), value);
          } else if (location === 'End') {
            made = isBlockControl(c) ? paragraphAfter(atoms[close - 1] as Mark, value, false) : paragraphAfter(markAtOrAfter(close), value);
          } else if (location === 'Before') made = paragraphBefore(markAtOrAfter(open), value);
          else throw fail('InvalidArgument', 'ContentControl.insertParagraph');
        });
        return paragraphProxy(() => made as Mark);
      },
      select(mode = 'Select') {
        command('ContentControl.select', () => {
          const s = inner();
          selection = mode === 'Start' ? { from: s.from, to: s.from } : mode === 'End' ? { from: s.to, to: s.to } : { ...s };
        }, { write: false });
      },
      getRange(location = 'Whole') {
        command('ContentControl.getRange', () => undefined, { write: false, needs13: true });
        return rangeProxy(() => {
          const { open, close } = controlSpan(control());
          switch (location) {
            case 'Start':
              return { from: gapAt(open + 1), to: gapAt(open + 1) };
            case 'End':
              return { from: gapAt(close), to: gapAt(close) };
            case 'Before':
              return { from: gapAt(open), to: gapAt(open) };
            case 'After':
              return { from: gapAt(close + 1), to: gapAt(close + 1) };
            case 'Content':
              return { from: gapAt(open + 1), to: gapAt(close) };
            default:
              return { from: gapAt(open), to: gapAt(close + 1) };
          }
        });
      },
      get paragraphs() {
        return paragraphCollection(() => {
          const { open, close } = controlSpan(control());
          const first = markAtOrAfter(open);
          const last = markAtOrAfter(close - 1);
          const all = allMarks();
          return all.slice(all.indexOf(first), all.indexOf(last) + 1);
        }, 'ContentControl');
      },
      delete(keepContent: boolean) {
        command('ContentControl.delete', () => {
          const c = control();
          const { open, close } = controlSpan(c);
          if (keepContent) {
            atoms.splice(close, 1);
            atoms.splice(open, 1);
          } else atoms.splice(open, close - open + 1);
          controls.splice(controls.indexOf(c), 1);
        });
      },
    };
    return self;
  }

  function describe(c: Control): Record<string, unknown> {
    const { open, close } = controlSpan(c);
    const block = isBlockControl(c);
    return {
      id: c.id,
      tag: c.tag,
      title: c.title,
      text: textOf({ from: gapAt(open + 1), to: gapAt(block ? close - 1 : close) }),
      type: c.kind === 'rich' ? 'RichText' : 'PlainText',
      subtype: c.kind === 'rich' ? (block ? 'RichTextParagraphs' : 'RichTextInline') : block ? 'PlainTextParagraph' : 'PlainTextInline',
      placeholderText: c.placeholderText,
    };
  }

  function paragraphProxy(resolve: Lazy<Mark>): Record<string, unknown> {
    let cached: Mark | null = null;
    const mark = () => (cached ??= resolve());
    const values = loaded<Record<string, unknown>>();
    const content = () => paragraphContent(mark());
    const self: Record<string, unknown> = {
      __span: content,
      __mark: mark,
      __fill(v: Record<string, unknown>) {
        values.now(v);
      },
      load(what = '') {
        const wanted = what.split(',').map((s) => s.trim());
        command('Paragraph.load', () => {
          if (wanted.some((w) => ['isListItem', 'tableNestingLevel', 'styleBuiltIn'].includes(w)) && !has13) throw fail('ApiNotFound', 'Paragraph.load');
          values.set(paragraphValues(mark()));
        }, { write: false });
        return self;
      },
      get text() {
        return values.get('Paragraph.text').text;
      },
      get style(): string {
        return values.get('Paragraph.style').style as string;
      },
      get isListItem() {
        return values.get('Paragraph.isListItem').isListItem;
      },
      get tableNestingLevel() {
        return values.get('Paragraph.tableNestingLevel').tableNestingLevel;
      },
      set style(value: string) {
        command('Paragraph.style', () => {
          mark().style = value;
        });
      },
      set styleBuiltIn(value: string) {
        command('Paragraph.styleBuiltIn', () => {
          mark().style = value === 'Normal' ? 'Normal' : value.replace(/^Heading(\d)$/, 'Heading $1');
        }, { needs13: true });
      },
      detachFromList() {
        command('Paragraph.detachFromList', () => {
          mark().list = false;
        }, { needs13: true });
      },
      insertText(value: string, location: string) {
        let result: Span | null = null;
        command('Paragraph.insertText', () => {
          if (!['Replace', 'Start', 'End'].includes(location)) throw fail('InvalidArgument', 'Paragraph.insertText');
          const s = content();
          if (location === 'Replace') result = insertTextAt(deleteSpan(s), value);
          else result = insertTextAt(location === 'Start' ? s.from : s.to, value);
        });
        return rangeProxy(() => result as Span);
      },
      insertParagraph(value: string, location: string) {
        let made: Mark | null = null;
        command('Paragraph.insertParagraph', () => {
          if (location !== 'Before' && location !== 'After') throw fail('InvalidArgument', 'Paragraph.insertParagraph');
          made = location === 'After' ? paragraphAfter(mark(), value) : paragraphBefore(mark(), value);
        });
        return paragraphProxy(() => made as Mark);
      },
      insertContentControl() {
        return wrapProxy(() => {
          const s = content();
          return { from: s.from, to: gapAt(index(mark()) + 1) };
        }, 'Paragraph.insertContentControl');
      },
      getRange(location = 'Whole') {
        command('Paragraph.getRange', () => undefined, { write: false, needs13: true });
        return rangeProxy(() => {
          const s = content();
          if (location === 'Start') return { from: s.from, to: s.from };
          if (location === 'End') return { from: s.to, to: s.to };
          if (location === 'After') return { from: gapAt(index(mark()) + 1), to: gapAt(index(mark()) + 1) };
          if (location === 'Content') return s;
          return { from: s.from, to: gapAt(index(mark()) + 1) };
        });
      },
      select(mode = 'Select') {
        command('Paragraph.select', () => {
          const s = content();
          selection = mode === 'Start' ? { from: s.from, to: s.from } : mode === 'End' ? { from: s.to, to: s.to } : { ...s };
        }, { write: false });
      },
      getNext() {
        command('Paragraph.getNext', () => undefined, { write: false, needs13: true });
        return paragraphProxy(() => {
          const all = allMarks();
          const next = all[all.indexOf(mark()) + 1];
          if (!next) throw fail('ItemNotFound', 'Paragraph.getNext');
          return next;
        });
      },
      delete() {
        command('Paragraph.delete', () => {
          const s = content();
          atoms.splice(gapIndex(s.from), index(mark()) - gapIndex(s.from) + 1);
        });
      },
    };
    return self;
  }

  function paragraphValues(m: Mark): Record<string, unknown> {
    return { text: textOf(paragraphContent(m)), style: m.style, isListItem: m.list, tableNestingLevel: m.cell === null ? 0 : 1 };
  }

  function paragraphCollection(resolve: Lazy<Mark[]>, owner: string) {
    const items = loaded<Record<string, unknown>[]>();
    const self = {
      load(what: string | { select?: string; skip?: number; top?: number } = '') {
        const wanted = (typeof what === 'string' ? what : (what.select ?? '')).split(',').map((s) => s.trim().replace(/^items\//, ''));
        command(`${owner}.paragraphs.load`, () => {
          if (wanted.some((w) => ['isListItem', 'tableNestingLevel', 'styleBuiltIn'].includes(w)) && !has13) throw fail('ApiNotFound', 'Paragraph.load');
          let marksNow = resolve();
          if (typeof what !== 'string') marksNow = marksNow.slice(what.skip ?? 0, (what.skip ?? 0) + (what.top ?? marksNow.length));
          items.set(
            marksNow.map((m) => {
              const p = paragraphProxy(() => m);
              (p.__fill as (v: Record<string, unknown>) => void)(paragraphValues(m));
              return p;
            }),
          );
        }, { write: false });
        return self;
      },
      get items() {
        return items.get(`${owner}.paragraphs.items`);
      },
      getFirst() {
        command(`${owner}.paragraphs.getFirst`, () => undefined, { write: false, needs13: true });
        return paragraphProxy(() => {
          const m = resolve()[0];
          if (!m) throw fail('ItemNotFound', 'ParagraphCollection.getFirst');
          return m;
        });
      },
      getLast() {
        command(`${owner}.paragraphs.getLast`, () => undefined, { write: false, needs13: true });
        return paragraphProxy(() => {
          const all = resolve();
          const m = all[all.length - 1];
          if (!m) throw fail('ItemNotFound', 'ParagraphCollection.getLast');
          return m;
        });
      },
      untrack() {
        state.untracked += 1;
        return self;
      },
    };
    return self;
  }

  function controlCollection(keep: (c: Control) => boolean = () => true) {
    const items = loaded<Record<string, unknown>[]>();
    const richInOrder = () =>
      controls
        .filter((c) => c.kind === 'rich' && keep(c) && atoms.some((a) => a.k === 'open' && a.control === c))
        .sort((a, b) => controlSpan(a).open - controlSpan(b).open);
    const self = {
      load(what = '') {
        const wanted = what.split(',').map((s) => s.trim().replace(/^items\//, ''));
        command('ContentControlCollection.load', () => {
          if (wanted.includes('subtype') && !has13) throw fail('ApiNotFound', 'ContentControl.subtype');
          items.set(
            richInOrder().map((c) => {
              const p = controlProxy(() => c);
              (p.__fill as (v: Record<string, unknown>) => void)(describe(c));
              return p;
            }),
          );
        }, { write: false });
        return self;
      },
      get items() {
        return items.get('ContentControlCollection.items');
      },
      getById(id: number) {
        return controlProxy(() => {
          const c = controls.find((x) => x.id === id);
          if (!c) throw fail('ItemNotFound', 'ContentControlCollection.getById');
          return c;
        });
      },
      getByTag(tag: string) {
        return controlCollection((c) => c.tag === tag);
      },
      untrack() {
        state.untracked += 1;
        return self;
      },
    };
    return self;
  }

  // ---- custom properties and settings

  const properties = new Map<string, string>();
  const settingsBag = new Map<string, unknown>();
  const savedSettings = new Map<string, unknown>();

  const customProperties = {
    add(key: string, value: string) {
      command('CustomPropertyCollection.add', () => {
        if (options.customProperties === 'write-fails') throw fail('GeneralException', 'CustomPropertyCollection.add');
        properties.set(key, String(value));
      }, { needs13: true });
    },
    getItemOrNullObject(key: string) {
      const v = loaded<{ isNull: boolean; value: string }>();
      const item = {
        load() {
          command('CustomProperty.load', () => {
            const value = options.customProperties === 'read-empty' ? undefined : properties.get(key);
            v.set({ isNull: value === undefined, value: value ?? '' });
          }, { write: false, needs13: true });
          return item;
        },
        get isNullObject() {
          return v.get('CustomProperty.isNullObject').isNull;
        },
        get value() {
          return v.get('CustomProperty.value').value;
        },
        delete() {
          command('CustomProperty.delete', () => void properties.delete(key), { needs13: true });
        },
      };
      return item;
    },
    load() {
      command('CustomPropertyCollection.load', () => {
        const entries = options.customProperties === 'read-empty' ? [] : [...properties];
        loadedProps.set(entries.map(([key, value]) => ({ key, value })));
      }, { write: false, needs13: true });
      return customProperties;
    },
    get items() {
      return loadedProps.get('CustomPropertyCollection.items');
    },
  };
  const loadedProps = loaded<{ key: string; value: string }[]>();

  const body = {
    get paragraphs() {
      // WordApi 1.1/1.2 leave out paragraphs in tables (Microsoft, Body.paragraphs).
      return paragraphCollection(() => allMarks().filter((m) => has13 || m.cell === null), 'Body');
    },
    get contentControls() {
      return controlCollection();
    },
    text: '',
    load() {
      command('Body.load', () => bodyText.set(allMarks().map((m) => textOf(paragraphContent(m))).join('\r')), { write: false });
      return body;
    },
    getRange(location = 'Whole') {
      command('Body.getRange', () => undefined, { write: false, needs13: true });
      return rangeProxy(() => {
        const end = gapAt(atoms.length - 1);
        if (location === 'Start') return { from: gapAt(0), to: gapAt(0) };
        if (location === 'End') return { from: end, to: end };
        return { from: gapAt(0), to: gapAt(atoms.length) };
      });
    },
    insertParagraph(value: string, location: string) {
      let made: Mark | null = null;
      command('Body.insertParagraph', () => {
        const all = allMarks();
        if (location === 'End') made = paragraphAfter(all[all.length - 1] as Mark, value);
        else if (location === 'Start') made = paragraphBefore(all[0] as Mark, value);
        else throw fail('InvalidArgument', 'Body.insertParagraph');
        made.style = 'Normal';
        made.list = false;
        made.cell = null;
      });
      return paragraphProxy(() => made as Mark);
    },
  };
  const bodyText = loaded<string>();
  let batchTrace: string[] = [];
  const traced = { push: (m: string) => batchTrace.push(m) };
  Object.defineProperty(body, 'text', { get: () => bodyText.get('Body.text') });

  const context = {
    document: {
      body,
      getSelection: () => rangeProxy(() => ({ ...selection })),
      properties: { customProperties },
    },
    trace(message: string) {
      queue.push({ location: 'trace', write: false, run: () => void traced.push(message) });
    },
    async sync() {
      state.syncs += 1;
      const ops = queue;
      queue = [];
      pendingLoads = [];
      const ranTraces: string[] = [];
      batchTrace = ranTraces;
      for (const op of ops) {
        state.commands += 1;
        try {
          op.run(); // a failing command stops the batch here; the commands before it stay done
        } catch (error) {
          // OfficeExtension.Error.traceMessages: the trace messages run before the error.
          if (error && typeof error === 'object') (error as { traceMessages?: string[] }).traceMessages = [...ranTraces];
          throw error;
        }
      }
      for (const apply of pendingLoads) apply();
      pendingLoads = [];
    },
  };

  const host: WordHost = {
    run: async (batch) => {
      try {
        return await batch(context as unknown as Word.RequestContext);
      } finally {
        queue = []; // a batch that threw leaves nothing queued for the next one
      }
    },
    isSetSupported: (name, version) => name === 'WordApi' && Number(version) <= Number(api),
    settings:
      options.settings === false
        ? undefined
        : {
            get: (name: string) => settingsBag.get(name) ?? null,
            set: (name: string, value: unknown) => void settingsBag.set(name, value),
            saveAsync: (callback: (result: { status: unknown; error?: { message?: string } }) => void) => {
              if (options.settingsSaveFails) return callback({ status: 'failed', error: { message: 'saving settings failed (fake Word)' } });
              for (const [k, v] of settingsBag) savedSettings.set(k, v);
              callback({ status: 'succeeded' });
            },
          },
  };

  // ---- what tests look at

  /** Each paragraph's text (list numbers are Word's, not text), style, list flag and cell. */
  function paragraphs() {
    return allMarks().map((m) => ({ text: textOf(paragraphContent(m)), style: m.style, list: m.list, cell: m.cell, bold: boldRuns(m) }));
  }
  function boldRuns(m: Mark): string[] {
    const s = paragraphContent(m);
    const out: string[] = [];
    let run = '';
    for (let i = gapIndex(s.from); i < gapIndex(s.to); i += 1) {
      const a = atoms[i] as Atom;
      if (a.k === 'char' && a.bold) run += a.ch;
      else if (run) {
        out.push(run);
        run = '';
      }
    }
    if (run) out.push(run);
    return out;
  }
  /** The document as text: paragraphs joined by "\n", each content control shown as [tag|…]. */
  function text(): string {
    let s = '';
    atoms.forEach((a, i) => {
      if (a.k === 'open') s += `[${a.control.tag}|`;
      else if (a.k === 'close') s += ']';
      else if (a.k === 'char') s += a.ch;
      else if (i < atoms.length - 1) s += '\n';
    });
    return s;
  }
  /** Every content control (rich and plain) in document order. */
  function controlList() {
    return controls
      .filter((c) => atoms.some((a) => a.k === 'open' && a.control === c))
      .sort((a, b) => controlSpan(a).open - controlSpan(b).open)
      .map((c) => ({ tag: c.tag, title: c.title, subtype: describe(c).subtype as string }));
  }
  /**
   * Where the caret is: the paragraph index, how many characters of the paragraph come before it, and the tag of the
   * innermost content control it is in (null outside every control). Collapsed selections only.
   */
  function caret() {
    const g = selection.to;
    const m = markOfGap(g);
    const content = paragraphContent(m);
    let offset = 0;
    for (let i = gapIndex(content.from); i < gapIndex(g); i += 1) if ((atoms[i] as Atom).k === 'char') offset += 1;
    const inside = controlAround(g, false);
    return { paragraph: allMarks().indexOf(m), offset, inside: inside ? inside.tag : null, collapsed: gapIndex(selection.from) === gapIndex(selection.to) };
  }

  return { host, state, paragraphs, text, controls: controlList, caret, properties, settings: settingsBag, savedSettings };
}

export type FakeWord = ReturnType<typeof createFakeWord>;
