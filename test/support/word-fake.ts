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
import { OfficeMockObject } from 'office-addin-mock';
import type { AddinSettings, WordHost } from '../../src/document/word/host';

// ---------------------------------------------------------------- the document

interface Control {
  id: number;
  tag: string;
  title: string;
  kind: 'rich' | 'plain';
  placeholderText: string;
  /** What Word reports as `type` (RichText on current hosts). */
  type: string;
}
interface ParagraphProps {
  /** Localised style name, e.g. "Normal", "Heading 1". */
  style: string;
  /** A list item (Word draws its number; the paragraph's text does not include it). */
  list: boolean;
  /** The list a list item belongs to, when the add-in started it (`Paragraph.startNewList`). */
  listId?: number;
  /** The table cell the paragraph is in, or null. */
  cell: string | null;
}
type Atom =
  | { k: 'char'; ch: string; bold: boolean; italic?: boolean; color?: string }
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
  /** In a table cell (a cell of its own unless `cell` names one). */
  inTable?: boolean;
  cell?: string;
  /** Localised style name; "Normal" unless given. */
  style?: string;
  /** A list item: Word draws its number, which is not part of the text. */
  list?: boolean;
}

/** A content control in a document described paragraph by paragraph. */
export interface FakeControl {
  /** Word's id; given in order when left out. */
  id?: number;
  tag: string;
  title: string;
  /**
   * What Word reports as `type`. Ending in `Inline` (or plain `RichText`/`PlainText` with `text`), the control sits around
   * `text` in paragraph `start`; otherwise it covers paragraphs `start` to `end` (exclusive). A `PlainText…` control
   * is a plain-text one. The `subtype` comes from where the control is.
   */
  type: string;
  start: number;
  end: number;
  /** For an inline control: its text, found in paragraph `start` (after any inline control before it there). */
  text?: string;
  placeholderText?: string;
}

/** Where the caret starts: in paragraph `paragraph` after `offset` characters (default: at its end). */
export interface FakeCaret {
  paragraph: number;
  offset?: number;
  /** Select this many characters from the caret. */
  length?: number;
}

export interface WordFakeOptions {
  // The document, paragraph by paragraph (the caret at the end of the last paragraph unless `caret` says)…
  paragraphs?: FakeParagraph[];
  controls?: FakeControl[];
  caret?: FakeCaret;
  // …or around the caret: paragraphs before it, blocks (one paragraph each, in their own control), the caret's
  // paragraph (text before the selection, the selected text, text after it, and its table cell), paragraphs after.
  paragraphsBefore?: string[];
  existingTags?: string[];
  before?: string;
  selected?: string;
  after?: string;
  cell?: string;
  paragraphsAfter?: string[];

  /** The highest WordApi set the host has (default 1.9); '0' for none. `wordApi11`/`wordApi13: false` lower it. */
  wordApi?: '0' | '1.1' | '1.3' | '1.9';
  wordApi11?: boolean;
  wordApi13?: boolean;
  /** The document's custom properties. */
  properties?: Record<string, unknown>;
  /** The add-in's per-document settings; `null` for a host without them. */
  settings?: Record<string, unknown> | null;
  settingsSaveFails?: boolean;

  /** Fail the n-th sync (1-based) before any of its commands runs. */
  failSync?: { at: number; error: unknown };
  /** Every content control is refused (GeneralException at the command that makes it). */
  refuseContentControls?: boolean;
  /** Content controls refused where Word has been reported to refuse them. */
  refuse?: { tableCell?: boolean; touchingControl?: boolean };
  /** Every write fails with GeneralException (Viewing mode, #5484). */
  viewing?: boolean;
  /** Every write fails with AccessDenied (a read-only or protected document). */
  readOnly?: boolean;
  /** Errors come without `debugInfo.errorLocation` (Microsoft: "if available"). */
  omitErrorLocation?: boolean;
  /** Every custom-property command fails (seen in Word on the web). */
  customPropertiesFail?: boolean;
  /** Custom properties are written but read back as missing (#328, #6206). */
  customPropertiesReadEmpty?: boolean;
  /** Fails the named command (e.g. `Range.insertContentControl`) with the error returned, if any. */
  failCommand?: (command: string) => unknown;
  maxTitleLength?: number;
  maxTagLength?: number;
}

/** A paragraph of the document as a test sees it. */
/** A run of text with the same formatting. */
export interface Run {
  text: string;
  bold: boolean;
  italic?: boolean;
  color?: string;
}

export interface FakeDocParagraph {
  text: string;
  /** `italic` and `color` appear only where a run was made italic or given a colour. */
  runs: Run[];
  cell: string | null;
  /** Tags of the content controls around this whole paragraph. */
  blockTags: string[];
  style: string;
  list: boolean;
  /** For an item of a list the add-in started: the bullet of the list's first level (`List.setLevelBullet`), else null. */
  bullet: string | null;
}

export function wordError(code: string, errorLocation = ''): Error {
  const debugInfo: Record<string, string> = { code, message: `${code} (fake Word)` };
  if (errorLocation) debugInfo.errorLocation = errorLocation;
  return Object.assign(new Error(`${code} (fake Word)`), { name: 'RichApi.Error', code, debugInfo, traceMessages: [] as string[] });
}

export function createWordFake(options: WordFakeOptions = {}) {
  const api: '0' | '1.1' | '1.3' | '1.9' = options.wordApi11 === false ? '0' : options.wordApi13 === false ? '1.1' : (options.wordApi ?? '1.9');
  const has13 = api === '1.3' || api === '1.9';
  const maxTitle = options.maxTitleLength ?? 64;
  const maxTag = options.maxTagLength ?? 64;
  const atoms: Atom[] = [];
  // Where each atom is, from a map checked on every use and made again when the document has changed since (a stale
  // entry no longer points at its atom). With atoms.indexOf on every lookup, reading a long document was quadratic.
  const positions = new Map<Atom, number>();
  /** Each control's opening and closing atoms, as last found; checked on every use like `positions`. */
  const boundaries = new Map<Control, { open: Atom; close: Atom }>();
  const controls: Control[] = [];
  let nextId = 1;
  const newControl = (kind: 'rich' | 'plain', tag = '', title = '', type = kind === 'rich' ? 'RichText' : 'PlainText', id?: number): Control => {
    const c = { id: id ?? nextId, tag: tag.slice(0, maxTag), title: title.slice(0, maxTitle), kind, placeholderText: '', type };
    nextId = Math.max(nextId, c.id) + 1;
    controls.push(c);
    return c;
  };
  const chars = (text: string): Atom[] => [...text].map((ch) => ({ k: 'char', ch, bold: false }));
  const newMark = (p: { cell?: string | null; inTable?: boolean; style?: string; list?: boolean } = {}): Mark => ({
    k: 'mark',
    style: p.style ?? 'Normal',
    list: p.list ?? false,
    cell: p.cell ?? (p.inTable ? 'cell' : null),
  });

  // ---- the starting document
  const marks: Mark[] = [];
  let caret: FakeCaret;
  if (options.paragraphs) {
    const source = options.paragraphs.length > 0 ? options.paragraphs : [{ text: '' }];
    const given = options.controls ?? [];
    const isInlineControl = (c: FakeControl) => c.type.endsWith('Inline') || ((c.type === 'RichText' || c.type === 'PlainText') && c.text !== undefined);
    const starts: number[] = [];
    source.forEach((p, i) => {
      starts.push(atoms.length);
      let rest = p.text;
      for (const c of given.filter((x) => isInlineControl(x) && x.start === i)) {
        const text = c.text ?? '';
        const at = rest.indexOf(text);
        if (at < 0) throw new Error(`word fake: control ${c.tag} text is not in paragraph ${i}`);
        const control = newControl(c.type.startsWith('PlainText') ? 'plain' : 'rich', c.tag, c.title, c.type, c.id);
        control.placeholderText = c.placeholderText ?? '';
        atoms.push(...chars(rest.slice(0, at)), { k: 'open', control }, ...chars(text), { k: 'close', control });
        rest = rest.slice(at + text.length);
      }
      atoms.push(...chars(rest));
      const mark = newMark(p);
      atoms.push(mark);
      marks.push(mark);
    });
    // Block controls, outermost (longest) first so that nested ones open inside them.
    const blocks = given.filter((c) => !isInlineControl(c)).sort((a, b) => a.start - b.start || b.end - a.end);
    for (const c of [...blocks].reverse()) {
      const control = newControl(c.type.startsWith('PlainText') ? 'plain' : 'rich', c.tag, c.title, c.type, c.id);
      control.placeholderText = c.placeholderText ?? '';
      // After the last paragraph's mark and after the closes of controls nested inside this one.
      let closeAt = index(marks[c.end - 1] as Mark) + 1;
      while ((atoms[closeAt] as Atom | undefined)?.k === 'close') closeAt += 1;
      atoms.splice(closeAt, 0, { k: 'close', control });
      atoms.splice(atoms.indexOf(firstAtomOf(c.start)), 0, { k: 'open', control });
    }
    caret = options.caret ?? { paragraph: source.length - 1 };
    function firstAtomOf(paragraph: number): Atom {
      // The first atom of the paragraph, before the opens of any block controls already placed around it.
      const mark = marks[paragraph] as Mark;
      let i = index(mark) - 1;
      while (i >= 0 && (atoms[i] as Atom).k !== 'mark') i -= 1;
      void starts;
      return atoms[i + 1] as Atom;
    }
  } else {
    for (const p of options.paragraphsBefore ?? []) {
      atoms.push(...chars(p));
      marks.push(newMark());
      atoms.push(marks[marks.length - 1] as Mark);
    }
    for (const tag of options.existingTags ?? []) {
      const control = newControl('rich', tag, tag, 'RichText');
      const mark = newMark();
      atoms.push({ k: 'open', control }, ...chars(`Block ${tag}`), mark, { k: 'close', control });
      marks.push(mark);
    }
    const before = options.before ?? '';
    const selected = options.selected ?? '';
    atoms.push(...chars(before + selected + (options.after ?? '')));
    const mark = newMark({ cell: options.cell ?? null });
    atoms.push(mark);
    marks.push(mark);
    caret = { paragraph: marks.length - 1, offset: [...before].length, length: [...selected].length };
    for (const p of options.paragraphsAfter ?? []) {
      atoms.push(...chars(p));
      marks.push(newMark());
      atoms.push(marks[marks.length - 1] as Mark);
    }
  }
  if (marks.length === 0) {
    const mark = newMark();
    atoms.push(mark);
    marks.push(mark);
  }

  function positionOf(a: Atom): number {
    const known = positions.get(a);
    if (known !== undefined && atoms[known] === a) return known;
    positions.clear();
    atoms.forEach((x, i) => {
      if (!positions.has(x)) positions.set(x, i);
    });
    return positions.get(a) ?? -1;
  }
  function index(a: Atom | null): number {
    if (a === null) return -1;
    const i = positionOf(a);
    if (i < 0) throw wordError('ItemNotFound');
    return i;
  }
  /** The index a new atom at this gap would take. */
  const gapIndex = (g: Gap): number => ('after' in g ? index(g.after) + 1 : g.before === null ? atoms.length : index(g.before));
  const gapAt = (i: number): Gap => ({ after: i <= 0 ? null : (atoms[i - 1] as Atom) });

  /** The user's selection; the caret hangs on the atom before it. */
  let selection: Span;
  {
    const mark = marks[Math.min(caret.paragraph, marks.length - 1)] as Mark;
    const content = paragraphContent(mark);
    const charIdx: number[] = [];
    for (let i = gapIndex(content.from); i < index(mark); i += 1) if ((atoms[i] as Atom).k === 'char') charIdx.push(i);
    const at = (n: number): Gap => {
      // After the n-th character of the paragraph (inside a control that holds it, if any).
      if (n <= 0) return content.from;
      const i = charIdx[Math.min(n, charIdx.length) - 1] as number;
      return { after: atoms[i] as Atom };
    };
    const offset = caret.offset ?? charIdx.length;
    selection = { from: at(offset), to: at(offset + (caret.length ?? 0)) };
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
    let last = atoms.findIndex((x) => x.k === 'close' && x.control === a.control) - 1;
    while (last > i && (atoms[last] as Atom).k === 'close') last -= 1;
    return last > i && (atoms[last] as Atom).k === 'mark';
  }
  const allMarks = (): Mark[] => atoms.filter((a): a is Mark => a.k === 'mark');
  function textOf(span: Span): string {
    let s = '';
    const end = gapIndex(span.to);
    for (let i = gapIndex(span.from); i < end; i += 1) {
      const a = atoms[i] as Atom;
      if (a.k === 'char') s += a.ch;
      else if (a.k === 'mark' && i < end - 1) s += '\r';
    }
    return s;
  }
  function spanOrNull(c: Control): { open: number; close: number } | null {
    const known = boundaries.get(c);
    if (known) {
      const open = positionOf(known.open);
      const close = positionOf(known.close);
      if (open >= 0 && close >= 0) return { open, close };
    }
    const open = atoms.findIndex((a) => a.k === 'open' && a.control === c);
    const close = atoms.findIndex((a) => a.k === 'close' && a.control === c);
    if (open < 0 || close < 0) return null;
    boundaries.set(c, { open: atoms[open] as Atom, close: atoms[close] as Atom });
    return { open, close };
  }
  function controlSpan(c: Control): { open: number; close: number } {
    const span = spanOrNull(c);
    if (!span) throw wordError('ItemNotFound');
    return span;
  }
  /** Innermost control around a gap, among rich-text ones only when `richOnly`. */
  function controlAround(g: Gap, richOnly: boolean): Control | null {
    const at = gapIndex(g);
    let found: Control | null = null;
    let best = -1;
    for (const c of controls) {
      if (richOnly && c.kind !== 'rich') continue;
      const span = spanOrNull(c);
      if (span === null) continue;
      const { open: s, close: e } = span;
      if (s < at && at <= e && s > best) {
        found = c;
        best = s;
      }
    }
    return found;
  }
  const isBlockControl = (c: Control) => {
    const { open, close } = controlSpan(c);
    // Around whole paragraphs: it opens where a paragraph starts (after a mark, or beside another control's boundary)
    // and closes just after a paragraph mark (or after the closes of controls nested in it).
    let last = close - 1;
    while (last > open && (atoms[last] as Atom).k === 'close') last -= 1;
    return (open === 0 || (atoms[open - 1] as Atom).k !== 'char') && (atoms[last] as Atom).k === 'mark';
  };

  // ---- edits

  /** Inserts text at a gap; "\n" starts a new paragraph with the props of the paragraph it splits. Returns the span. */
  function insertTextAt(g: Gap | number, value: string): Span {
    const at = typeof g === 'number' ? g : gapIndex(g);
    const holder = markAtOrAfter(at);
    const added: Atom[] = [];
    for (const ch of value) {
      if (ch === '\n' || ch === '\r') added.push({ ...holder });
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
    const newMark: Mark = { ...mark };
    atoms.splice(at, 0, ...[...value].map((ch): Atom => ({ k: 'char', ch, bold: false })), newMark);
    return newMark;
  }
  function paragraphBefore(mark: Mark, value: string): Mark {
    const content = paragraphContent(mark);
    const at = gapIndex(content.from);
    const newMark: Mark = { ...mark };
    atoms.splice(at, 0, ...[...value].map((ch): Atom => ({ k: 'char', ch, bold: false })), newMark);
    return newMark;
  }

  // ---- the batch

  const state = { syncs: 0, commands: 0, untracked: 0, loads: [] as string[], selected: null as string | null, settingsSaves: 0 };
  let queue: { name: string; write: boolean; run: () => void }[] = [];
  let delivered: OfficeMockObject[] = [];
  let ranTraces: string[] = [];

  const fail = (code: string, location: string) => wordError(code, options.omitErrorLocation ? '' : location);
  /** Queues a command (a write unless `write: false`); `needs13` makes it fail on a host without WordApi 1.3. */
  function command(name: string, run: () => void, opts: { write?: boolean; needs13?: boolean } = {}) {
    const write = opts.write ?? true;
    queue.push({
      name,
      write,
      run: () => {
        if (opts.needs13 && !has13) throw fail('ApiNotFound', name);
        if (write && options.readOnly) throw fail('AccessDenied', name);
        if (write && options.viewing) throw fail('GeneralException', name);
        if (options.customPropertiesFail && name.startsWith('CustomProperty')) throw fail('GeneralException', name);
        const error = options.failCommand?.(name);
        if (error) throw error;
        run();
      },
    });
  }
  const parseSelect = (what: string | { select?: string } | undefined) =>
    (typeof what === 'string' ? what : (what?.select ?? ''))
      .split(',')
      .map((x) => x.trim().replace(/^items\//, ''))
      .filter((x) => x !== '');
  /** A loaded snapshot (office-addin-mock): only the properties loaded can be read, and only after the sync. */
  function snapshot(data: Record<string, unknown>, select: string[]): OfficeMockObject {
    const mock = new OfficeMockObject(data);
    mock.load((select.length > 0 ? select : Object.keys(data)).join(','));
    delivered.push(mock);
    return mock;
  }
  function readLoaded(snap: OfficeMockObject | null, owner: string, name: string): unknown {
    const value: unknown = snap ? (snap as Record<string, unknown>)[name] : undefined;
    if (!snap || value === undefined || (typeof value === 'string' && /^Error, (property was not loaded|context\.sync\(\) was not called)$/.test(value))) {
      throw Object.assign(new Error(`PropertyNotLoaded: ${owner}.${name} was read before a sync loaded it (fake Word)`), { code: 'PropertyNotLoaded' });
    }
    return value;
  }

  // ---- proxies

  type Lazy<T> = () => T;
  type Proxy = Record<string, unknown>;

  function rangeProxy(resolve: Lazy<Span>): Proxy {
    let cached: Span | null = null;
    /** A range is resolved once, when a command first needs it (the proxy stands for the range as it was then). */
    const span = () => (cached ??= resolve());
    let snap: OfficeMockObject | null = null;
    const self: Proxy = {
      __span: span,
      load(what?: string) {
        const select = parseSelect(what);
        command('Range.load', () => {
          if (select.includes('isEmpty') && !has13) throw fail('ApiNotFound', 'Range.isEmpty');
          const s = span();
          snap = snapshot({ text: textOf(s), isEmpty: gapIndex(s.from) === gapIndex(s.to) }, select);
        }, { write: false });
        return self;
      },
      get text() {
        return readLoaded(snap, 'Range', 'text');
      },
      get isEmpty() {
        return readLoaded(snap, 'Range', 'isEmpty');
      },
      insertText(value: string, location: string) {
        let result: Span | null = null;
        command('Range.insertText', () => {
          const s = span();
          if (!['Replace', 'Start', 'End', 'Before', 'After'].includes(location)) throw fail('InvalidArgument', 'Range.insertText');
          if (location === 'Replace') result = insertTextAt(deleteSpan(s), value);
          else result = insertTextAt(location === 'Start' || location === 'Before' ? s.from : s.to, value);
        });
        return rangeProxy(() => result ?? failed('Range'));
      },
      insertParagraph(value: string, location: string) {
        let made: Mark | null = null;
        command('Range.insertParagraph', () => {
          if (location !== 'Before' && location !== 'After') throw fail('InvalidArgument', 'Range.insertParagraph');
          const s = span();
          made = location === 'After' ? paragraphAfter(markOfGap(s.to), value) : paragraphBefore(markOfGap(s.from), value);
        });
        return paragraphProxy(() => made ?? failed('Paragraph'));
      },
      insertContentControl() {
        return wrapProxy(span, 'Range.insertContentControl');
      },
      select(mode = 'Select') {
        command('Range.select', () => {
          selectSpan(span(), mode);
          state.selected = `range (${mode})`;
        }, { write: false });
      },
      getRange(location = 'Whole') {
        command('Range.getRange', () => undefined, { write: false, needs13: true });
        return rangeProxy(() => {
          const s = span();
          if (location === 'Start') return { from: s.from, to: s.from };
          if (location === 'End' || location === 'After') return { from: s.to, to: s.to };
          return { ...s };
        });
      },
      expandTo(other: Proxy) {
        command('Range.expandTo', () => undefined, { write: false, needs13: true });
        return rangeProxy(() => {
          const a = span();
          const b = (other.__span as Lazy<Span>)();
          return { from: gapIndex(a.from) <= gapIndex(b.from) ? a.from : b.from, to: gapIndex(a.to) >= gapIndex(b.to) ? a.to : b.to };
        });
      },
      get paragraphs() {
        return paragraphCollection('range.paragraphs', () => {
          const s = span();
          const all = allMarks();
          return all.slice(all.indexOf(markOfGap(s.from)), all.indexOf(markOfGap(s.to)) + 1);
        });
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
          set italic(value: boolean) {
            command('Range.font.italic', () => {
              const s = span();
              for (let i = gapIndex(s.from); i < gapIndex(s.to); i += 1) {
                const a = atoms[i] as Atom;
                if (a.k === 'char') a.italic = value;
              }
            });
          },
          set color(value: string) {
            command('Range.font.color', () => {
              const s = span();
              for (let i = gapIndex(s.from); i < gapIndex(s.to); i += 1) {
                const a = atoms[i] as Atom;
                if (a.k === 'char') a.color = value;
              }
            });
          },
        };
      },
    };
    return self;
  }

  function failed(what: string): never {
    throw fail('ItemNotFound', what);
  }
  function selectSpan(s: Span, mode: string) {
    selection = mode === 'Start' ? { from: s.from, to: s.from } : mode === 'End' ? { from: s.to, to: s.to } : { ...s };
  }

  function wrapProxy(span: Lazy<Span>, name: string): Proxy {
    let made: Control | null = null;
    command(name, () => {
      const s = span();
      const from = gapIndex(s.from);
      const to = gapIndex(s.to);
      if (options.refuseContentControls) throw fail('GeneralException', name);
      if (api === '0') throw fail('ApiNotFound', name);
      if (options.refuse?.tableCell && markOfGap(s.from).cell !== null) throw fail('GeneralException', name);
      const around = controlAround(s.from, false);
      if (around && around.kind === 'plain') throw fail('GeneralException', name);
      if (options.refuse?.touchingControl) {
        const touches = (atoms[from] as Atom | undefined)?.k === 'open' || (to > 0 && (atoms[to - 1] as Atom).k === 'close');
        if (touches) throw fail('GeneralException', name);
      }
      const c = newControl('rich');
      atoms.splice(to, 0, { k: 'close', control: c });
      atoms.splice(from, 0, { k: 'open', control: c });
      made = c;
    });
    return controlProxy(() => made ?? failed('ContentControl'));
  }

  function controlProxy(resolve: Lazy<Control | null>, orNull = false): Proxy {
    let cached: { c: Control | null } | null = null;
    const found = () => (cached ??= { c: resolve() }).c;
    const control = (): Control => found() ?? failed('ContentControl');
    let snap: OfficeMockObject | null = null;
    let isNull: boolean | null = null;
    const inner = (): Span => {
      const { open, close } = controlSpan(control());
      return { from: gapAt(open + 1), to: gapAt(close) };
    };
    if (orNull) command('ContentControl.isNullObject', () => void (isNull = found() === null), { write: false });
    const self: Proxy = {
      __control: control,
      __span: inner,
      __fill(data: Record<string, unknown>, select: string[]) {
        snap = snapshot(data, select);
      },
      load(what?: string) {
        const select = parseSelect(what);
        command('ContentControl.load', () => {
          const c = found();
          if (c === null) {
            if (!orNull) throw fail('ItemNotFound', 'ContentControl');
            return;
          }
          if (select.includes('subtype') && !has13) throw fail('ApiNotFound', 'ContentControl.subtype');
          snap = snapshot(describe(c), select);
        }, { write: false });
        return self;
      },
      get isNullObject() {
        if (isNull === null) throw new Error('PropertyNotLoaded: ContentControl.isNullObject before a sync (fake Word)');
        return isNull;
      },
      get id() {
        return readLoaded(snap, 'ContentControl', 'id');
      },
      get text() {
        return readLoaded(snap, 'ContentControl', 'text');
      },
      get type() {
        return readLoaded(snap, 'ContentControl', 'type');
      },
      get subtype() {
        return readLoaded(snap, 'ContentControl', 'subtype');
      },
      get placeholderText() {
        return readLoaded(snap, 'ContentControl', 'placeholderText');
      },
      get tag(): unknown {
        return readLoaded(snap, 'ContentControl', 'tag');
      },
      set tag(value: string) {
        command('ContentControl.tag', () => void (control().tag = value.slice(0, maxTag)));
      },
      get title(): unknown {
        return readLoaded(snap, 'ContentControl', 'title');
      },
      set title(value: string) {
        command('ContentControl.title', () => void (control().title = value.slice(0, maxTitle)));
      },
      insertText(value: string, location: string) {
        let result: Span | null = null;
        command('ContentControl.insertText', () => {
          if (!['Replace', 'Start', 'End'].includes(location)) throw fail('InvalidArgument', 'ContentControl.insertText');
          const c = control();
          if (location === 'Replace') {
            // The control keeps one paragraph (a block control its last paragraph mark), which takes the new text; the
            // rest goes, with any controls inside it.
            const { open, close } = controlSpan(c);
            const block = isBlockControl(c);
            const removed = atoms.splice(open + 1, close - open - 1 - (block ? 1 : 0));
            for (const a of removed) if (a.k === 'open') controls.splice(controls.indexOf(a.control), 1);
            result = insertTextAt(open + 1, value);
          } else result = insertTextAt(location === 'Start' ? inner().from : inner().to, value);
        });
        return rangeProxy(() => result ?? failed('Range'));
      },
      insertParagraph(value: string, location: string) {
        let made: Mark | null = null;
        command('ContentControl.insertParagraph', () => {
          const c = control();
          const { open, close } = controlSpan(c);
          // After a block control: just after its last paragraph (outside it); after an inline one: after its paragraph.
          if (location === 'After') made = paragraphAfter(isBlockControl(c) ? (atoms[close - 1] as Mark) : markAtOrAfter(close), value);
          else if (location === 'End') made = isBlockControl(c) ? paragraphAfter(atoms[close - 1] as Mark, value, false) : paragraphAfter(markAtOrAfter(close), value);
          else if (location === 'Before') made = paragraphBefore(markAtOrAfter(open), value);
          else if (location === 'Start') made = paragraphBefore(markAtOrAfter(open), value);
          else throw fail('InvalidArgument', 'ContentControl.insertParagraph');
        });
        return paragraphProxy(() => made ?? failed('Paragraph'));
      },
      select(mode = 'Select') {
        command('ContentControl.select', () => {
          selectSpan(inner(), mode);
          state.selected = `control ${control().id} (${mode})`;
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
        return paragraphCollection('control.paragraphs', () => {
          const c = control();
          const { open, close } = controlSpan(c);
          const all = allMarks();
          const last = isBlockControl(c) ? (atoms[lastMarkBefore(close)] as Mark) : markAtOrAfter(close);
          return all.slice(all.indexOf(markAtOrAfter(open)), all.indexOf(last) + 1);
        });
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

  /** The index of the last paragraph mark before a block control's close (past the closes of controls inside it). */
  function lastMarkBefore(close: number): number {
    let i = close - 1;
    while (i > 0 && (atoms[i] as Atom).k === 'close') i -= 1;
    return i;
  }
  function describe(c: Control): Record<string, unknown> {
    const { open, close } = controlSpan(c);
    const block = isBlockControl(c);
    const data: Record<string, unknown> = {
      id: c.id,
      tag: c.tag,
      title: c.title,
      // Word gives a control's paragraphs separated by a carriage return.
      text: textOf({ from: gapAt(open + 1), to: gapAt(block ? lastMarkBefore(close) : close) }),
      type: c.type,
      placeholderText: c.placeholderText,
    };
    if (has13) data.subtype = c.kind === 'rich' ? (block ? 'RichTextParagraphs' : 'RichTextInline') : block ? 'PlainTextParagraph' : 'PlainTextInline';
    return data;
  }

  /** Lists the add-in started (Paragraph.startNewList, WordApi 1.3): the bullet set for each level. */
  const lists = new Map<number, { bullets: Record<number, string> }>();
  let nextListId = 1;
  /**
   * A Word.List (WordApi 1.3): `setLevelBullet` sets a level's bullet; `insertParagraph` with Start or End adds an item
   * to the list, with Before or After a paragraph outside it (Microsoft's Word.List example).
   */
  function listProxy(id: number): Proxy {
    const items = () => allMarks().filter((m) => m.list && m.listId === id);
    const ends = () => {
      const all = items();
      if (all.length === 0) throw fail('ItemNotFound', 'List');
      return { first: all[0] as Mark, last: all[all.length - 1] as Mark };
    };
    return {
      setLevelBullet(level: number, bullet: string) {
        command('List.setLevelBullet', () => {
          const list = lists.get(id);
          if (!list) throw fail('ItemNotFound', 'List.setLevelBullet');
          list.bullets[level] = bullet;
        }, { needs13: true });
      },
      insertParagraph(value: string, location: string) {
        let made: Mark | null = null;
        command('List.insertParagraph', () => {
          const { first, last } = ends();
          if (location === 'End' || location === 'After') made = paragraphAfter(last, value);
          else if (location === 'Start' || location === 'Before') made = paragraphBefore(first, value);
          else throw fail('InvalidArgument', 'List.insertParagraph');
          if (location === 'Before' || location === 'After') {
            made.list = false;
            delete made.listId;
          }
        }, { needs13: true });
        return paragraphProxy(() => made ?? failed('Paragraph'));
      },
    };
  }

  function paragraphProxy(resolve: Lazy<Mark>): Proxy {
    let cached: Mark | null = null;
    const mark = () => (cached ??= resolve());
    let snap: OfficeMockObject | null = null;
    const content = () => paragraphContent(mark());
    const self: Proxy = {
      __span: content,
      __fill(data: Record<string, unknown>, select: string[]) {
        snap = snapshot(data, select);
      },
      load(what?: string) {
        const select = parseSelect(what);
        command('Paragraph.load', () => {
          if (select.some((w) => NEEDS_13.has(w)) && !has13) throw fail('ApiNotFound', 'Paragraph.load');
          snap = snapshot(paragraphValues(mark()), select);
        }, { write: false });
        return self;
      },
      get text() {
        return readLoaded(snap, 'Paragraph', 'text');
      },
      get style(): unknown {
        return readLoaded(snap, 'Paragraph', 'style');
      },
      set style(value: string) {
        command('Paragraph.style', () => void (mark().style = value));
      },
      get styleBuiltIn(): unknown {
        return readLoaded(snap, 'Paragraph', 'styleBuiltIn');
      },
      set styleBuiltIn(value: string) {
        command('Paragraph.styleBuiltIn', () => void (mark().style = value.replace(/^Heading(\d)$/, 'Heading $1')), { needs13: true });
      },
      get isListItem() {
        return readLoaded(snap, 'Paragraph', 'isListItem');
      },
      get isLastParagraph() {
        return readLoaded(snap, 'Paragraph', 'isLastParagraph');
      },
      get tableNestingLevel() {
        return readLoaded(snap, 'Paragraph', 'tableNestingLevel');
      },
      detachFromList() {
        command('Paragraph.detachFromList', () => {
          mark().list = false;
          delete mark().listId;
        }, { needs13: true });
      },
      startNewList() {
        const id = nextListId++;
        command('Paragraph.startNewList', () => {
          // Microsoft: "Fails if the paragraph is already a list item."
          if (mark().list) throw fail('InvalidArgument', 'Paragraph.startNewList');
          lists.set(id, { bullets: {} });
          Object.assign(mark(), { list: true, listId: id });
        }, { needs13: true });
        return listProxy(id);
      },
      insertText(value: string, location: string) {
        let result: Span | null = null;
        command('Paragraph.insertText', () => {
          if (!['Replace', 'Start', 'End'].includes(location)) throw fail('InvalidArgument', 'Paragraph.insertText');
          const s = content();
          if (location === 'Replace') result = insertTextAt(deleteSpan(s), value);
          else result = insertTextAt(location === 'Start' ? s.from : s.to, value);
        });
        return rangeProxy(() => result ?? failed('Range'));
      },
      insertParagraph(value: string, location: string) {
        let made: Mark | null = null;
        command('Paragraph.insertParagraph', () => {
          if (location !== 'Before' && location !== 'After') throw fail('InvalidArgument', 'Paragraph.insertParagraph');
          made = location === 'After' ? paragraphAfter(mark(), value) : paragraphBefore(mark(), value);
        });
        return paragraphProxy(() => made ?? failed('Paragraph'));
      },
      insertContentControl() {
        return wrapProxy(() => ({ from: content().from, to: gapAt(index(mark()) + 1) }), 'Paragraph.insertContentControl');
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
          selectSpan(content(), mode);
          state.selected = `paragraph ${allMarks().indexOf(mark())} (${mode})`;
        }, { write: false });
      },
      getNext() {
        command('Paragraph.getNext', () => undefined, { write: false, needs13: true });
        return paragraphProxy(() => {
          const all = allMarks();
          return all[all.indexOf(mark()) + 1] ?? failed('Paragraph.getNext');
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

  const NEEDS_13 = new Set(['isListItem', 'tableNestingLevel', 'styleBuiltIn', 'isLastParagraph']);
  /** The document's last paragraph mark (only control closes can follow it). */
  function lastMark(): Mark | undefined {
    for (let i = atoms.length - 1; i >= 0; i -= 1) if ((atoms[i] as Atom).k === 'mark') return atoms[i] as Mark;
    return undefined;
  }
  function paragraphValues(m: Mark): Record<string, unknown> {
    return {
      text: textOf(paragraphContent(m)),
      style: m.style,
      styleBuiltIn: /^Heading (\d)$/.test(m.style) ? m.style.replace(' ', '') : m.style === 'Normal' ? 'Normal' : 'Other',
      isListItem: m.list,
      isLastParagraph: lastMark() === m,
      tableNestingLevel: m.cell === null ? 0 : 1,
    };
  }

  function paragraphCollection(loadName: string, resolve: Lazy<Mark[]>) {
    let items: Proxy[] | null = null;
    const self = {
      load(what: string | { select?: string; skip?: number; top?: number } = '') {
        const select = parseSelect(what);
        const window = typeof what === 'string' ? null : what;
        state.loads.push(`${loadName}:${select.join(',')}${window ? ` skip=${window.skip ?? 0} top=${window.top ?? '∞'}` : ''}`);
        command('ParagraphCollection.load', () => {
          if (select.some((w) => NEEDS_13.has(w)) && !has13) throw fail('ApiNotFound', 'Paragraph.load');
          let list = resolve();
          if (window) list = list.slice(window.skip ?? 0, (window.skip ?? 0) + (window.top ?? Infinity));
          items = list.map((m) => {
            const proxy = paragraphProxy(() => m);
            (proxy.__fill as (d: Record<string, unknown>, s: string[]) => void)(paragraphValues(m), select);
            return proxy;
          });
        }, { write: false });
        return self;
      },
      get items() {
        if (!items) throw new Error(`PropertyNotLoaded: ParagraphCollection.items was read before a sync loaded it (fake Word)`);
        return items;
      },
      getFirst() {
        command('ParagraphCollection.getFirst', () => undefined, { write: false, needs13: true });
        return paragraphProxy(() => resolve()[0] ?? failed('ParagraphCollection.getFirst'));
      },
      getLast() {
        command('ParagraphCollection.getLast', () => undefined, { write: false, needs13: true });
        return paragraphProxy(() => {
          const list = resolve();
          return list[list.length - 1] ?? failed('ParagraphCollection.getLast');
        });
      },
      untrack() {
        state.untracked += 1;
        return self;
      },
    };
    return self;
  }

  /** Rich-text controls only (Microsoft: "the collection of rich text content control objects in the body"). */
  function controlCollection(keep: (c: Control) => boolean = () => true) {
    let items: Proxy[] | null = null;
    const inOrder = () => controls.filter((c) => c.kind === 'rich' && keep(c) && isPlaced(c)).sort((a, b) => controlSpan(a).open - controlSpan(b).open);
    const self = {
      load(what = '') {
        const select = parseSelect(what);
        state.loads.push(`contentControls:${select.join(',')}`);
        command('ContentControlCollection.load', () => {
          if (select.includes('subtype') && !has13) throw fail('ApiNotFound', 'ContentControl.subtype');
          items = inOrder().map((c) => {
            const proxy = controlProxy(() => c);
            (proxy.__fill as (d: Record<string, unknown>, s: string[]) => void)(describe(c), select);
            return proxy;
          });
        }, { write: false });
        return self;
      },
      get items() {
        if (!items) throw new Error('PropertyNotLoaded: ContentControlCollection.items was read before a sync loaded it (fake Word)');
        return items;
      },
      getById(id: number) {
        return controlProxy(() => controls.find((x) => x.id === id && isPlaced(x)) ?? failed('ContentControlCollection.getById'));
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
  const isPlaced = (c: Control) => atoms.some((a) => a.k === 'open' && a.control === c);

  // ---- custom properties and the add-in's settings

  const properties = new Map<string, unknown>(Object.entries(options.properties ?? {}));
  const settings = options.settings === null ? null : new Map<string, unknown>(Object.entries(options.settings ?? {}));
  const savedSettings = new Map<string, unknown>(settings ?? []);

  function customProperties() {
    let items: OfficeMockObject[] | null = null;
    const self = {
      add(key: string, value: unknown) {
        command('CustomPropertyCollection.add', () => void properties.set(key, value), { needs13: true });
      },
      load(what = '') {
        const select = parseSelect(what);
        state.loads.push(`customProperties:${select.join(',')}`);
        command('CustomPropertyCollection.load', () => {
          const entries = options.customPropertiesReadEmpty ? [] : [...properties];
          items = entries.map(([key, value]) => snapshot({ key, value }, select));
        }, { write: false, needs13: true });
        return self;
      },
      get items() {
        if (!items) throw new Error('PropertyNotLoaded: CustomPropertyCollection.items (fake Word)');
        return items;
      },
      getItemOrNullObject(key: string) {
        // Office.js sets isNullObject on every *OrNullObject proxy at sync, without a load.
        let snap: OfficeMockObject | null = null;
        let isNull: boolean | null = null;
        command('CustomPropertyCollection.getItemOrNullObject', () => {
          isNull = options.customPropertiesReadEmpty || !properties.has(key);
        }, { write: false, needs13: true });
        const item = {
          load(what = '') {
            const select = parseSelect(what);
            command('CustomProperty.load', () => {
              const value = options.customPropertiesReadEmpty ? '' : (properties.get(key) ?? '');
              snap = snapshot({ key, value }, select);
            }, { write: false, needs13: true });
            return item;
          },
          get value() {
            return readLoaded(snap, 'CustomProperty', 'value');
          },
          get isNullObject() {
            if (isNull === null) throw new Error('PropertyNotLoaded: CustomProperty.isNullObject (fake Word)');
            return isNull;
          },
          delete() {
            command('CustomProperty.delete', () => void properties.delete(key), { needs13: true });
          },
        };
        return item;
      },
    };
    return self;
  }

  let bodySnap: OfficeMockObject | null = null;
  const body = {
    get paragraphs() {
      // WordApi 1.1 and 1.2 leave out paragraphs in tables (Microsoft, Body.paragraphs).
      return paragraphCollection('paragraphs', () => allMarks().filter((m) => has13 || m.cell === null));
    },
    get contentControls() {
      return controlCollection();
    },
    load(what?: string) {
      const select = parseSelect(what);
      command('Body.load', () => {
        bodySnap = snapshot({ text: allMarks().map((m) => textOf(paragraphContent(m))).join('\r') }, select);
      }, { write: false });
      return body;
    },
    get text() {
      return readLoaded(bodySnap, 'Body', 'text');
    },
    getRange(location = 'Whole') {
      command('Body.getRange', () => undefined, { write: false, needs13: true });
      return rangeProxy(() => {
        if (location === 'Start') return { from: gapAt(0), to: gapAt(0) };
        const lastMark = index(allMarks()[allMarks().length - 1] as Mark);
        if (location === 'End') return { from: gapAt(lastMark), to: gapAt(lastMark) };
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
        Object.assign(made, { style: 'Normal', list: false, cell: null });
      });
      return paragraphProxy(() => made ?? failed('Paragraph'));
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
      getSelection: () => rangeProxy(() => ({ ...selection })),
    },
    trace(message: string) {
      queue.push({ name: 'trace', write: false, run: () => void ranTraces.push(message) });
    },
    async sync() {
      state.syncs += 1;
      const commands = queue;
      queue = [];
      delivered = [];
      ranTraces = [];
      if (options.failSync && options.failSync.at === state.syncs) throw options.failSync.error;
      for (const c of commands) {
        state.commands += 1;
        try {
          c.run(); // a failing command stops the batch here; the commands before it stay done
        } catch (error) {
          // OfficeExtension.Error.traceMessages: the trace messages that ran before the error.
          if (error && typeof error === 'object') (error as { traceMessages?: string[] }).traceMessages = [...ranTraces];
          throw error;
        }
      }
      for (const mock of delivered) await mock.sync();
    },
  };

  const addinSettings: AddinSettings | undefined = settings
    ? {
        get: (name) => settings.get(name) ?? null,
        set: (name, value) => void settings.set(name, value),
        remove: (name) => void settings.delete(name),
        saveAsync: (callback) => {
          state.settingsSaves += 1;
          if (options.settingsSaveFails) return callback({ status: 'failed', error: { message: 'saving settings failed (fake Word)' } });
          savedSettings.clear();
          for (const [k, v] of settings) savedSettings.set(k, v);
          callback({ status: 'succeeded' });
        },
      }
    : undefined;

  const order = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9'];
  const host: WordHost = {
    run: async (batch) => {
      try {
        return await batch(context as unknown as Word.RequestContext);
      } finally {
        queue = []; // a batch that threw leaves nothing queued for the next one
      }
    },
    isSetSupported: (name, version) => name === 'WordApi' && api !== '0' && order.indexOf(version) >= 0 && order.indexOf(version) <= order.indexOf(api),
    settings: addinSettings,
  };

  // ---- what tests look at

  function boldRuns(m: Mark): Run[] {
    const s = paragraphContent(m);
    const runs: Run[] = [];
    for (let i = gapIndex(s.from); i < gapIndex(s.to); i += 1) {
      const a = atoms[i] as Atom;
      if (a.k !== 'char') continue;
      const last = runs[runs.length - 1];
      if (last && last.bold === a.bold && (last.italic ?? false) === (a.italic ?? false) && last.color === a.color) last.text += a.ch;
      else runs.push({ text: a.ch, bold: a.bold, ...(a.italic ? { italic: true } : {}), ...(a.color ? { color: a.color } : {}) });
    }
    return runs;
  }
  const placedInOrder = () => controls.filter(isPlaced).sort((a, b) => controlSpan(a).open - controlSpan(b).open);
  /** The document as paragraphs: text (without Word's list numbers), runs, cell, style, list, and the block controls around each. */
  function paragraphs(): FakeDocParagraph[] {
    return allMarks().map((m) => {
      const at = index(m);
      const blockTags = placedInOrder()
        .filter((c) => isBlockControl(c) && controlSpan(c).open < at && controlSpan(c).close > at)
        .map((c) => c.tag);
      const bullet = m.list && m.listId !== undefined ? (lists.get(m.listId)?.bullets[0] ?? null) : null;
      return { text: textOf(paragraphContent(m)), runs: boldRuns(m), cell: m.cell, blockTags, style: m.style, list: m.list, bullet };
    });
  }
  /** The document as text: paragraphs joined by "\n", each content control shown as [tag|…]. */
  function text(): string {
    let out = '';
    atoms.forEach((a, i) => {
      if (a.k === 'open') out += `[${a.control.tag}|`;
      else if (a.k === 'close') out += ']';
      else if (a.k === 'char') out += a.ch;
      else if (i < atoms.length - 1 && !atoms.slice(i + 1).every((x) => x.k === 'close')) out += '\n';
    });
    return out;
  }
  /**
   * Where the caret is: the paragraph, how many characters of it come before the caret, the tag of the innermost
   * content control it is in (null outside every control), and whether nothing is selected.
   */
  function caretNow() {
    const g = selection.to;
    const m = markOfGap(g);
    const content = paragraphContent(m);
    let offset = 0;
    for (let i = gapIndex(content.from); i < gapIndex(g); i += 1) if ((atoms[i] as Atom).k === 'char') offset += 1;
    const inside = controlAround(g, false);
    return { paragraph: allMarks().indexOf(m), offset, inside: inside ? inside.tag : null, collapsed: gapIndex(selection.from) === gapIndex(selection.to) };
  }

  return {
    host,
    state,
    properties,
    /** The add-in's settings as set (an empty Map when `settings: null` was asked for); `savedSettings` as last saved. */
    settings: settings ?? new Map<string, unknown>(),
    savedSettings,
    paragraphs,
    text,
    /** The content controls in document order (rich and plain), by tag and title. */
    controls: () => placedInOrder().map((c) => ({ tag: c.tag, title: c.title })),
    /** The same with what Word reports as type and subtype. */
    controlDetails: () => placedInOrder().map((c) => ({ tag: c.tag, title: c.title, type: c.type, subtype: String(describe(c).subtype ?? '') })),
    /** The text of the n-th content control, as Word gives it. */
    controlText: (i: number) => String(describe(placedInOrder()[i] as Control).text),
    /** Someone deletes every content control (keeping the text), e.g. after a check. */
    removeControls: () => {
      for (let i = atoms.length - 1; i >= 0; i -= 1) if ((atoms[i] as Atom).k === 'open' || (atoms[i] as Atom).k === 'close') atoms.splice(i, 1);
      controls.splice(0);
    },
    caret: caretNow,
  };
}

export type WordFake = ReturnType<typeof createWordFake>;
