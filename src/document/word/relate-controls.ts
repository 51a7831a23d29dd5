/**
 * Relates Word's content controls to paragraph indexes without asking Word once per control. Pure: no Office.js.
 *
 * Word reports the body's paragraphs (one collection) and, for each content control, the texts of the paragraphs it
 * covers. Content controls come in document order, so each one starts at or after the one before it (a control inside
 * another starts at or after its parent). Each control is placed at the first run of body paragraphs, from the previous
 * control's start on, whose texts match its own paragraphs; an inline control at the first paragraph containing its text.
 */
import { DocumentModelBuilder } from '../../core/check/build-model';
import type { CheckDocument, TaggedBlock } from '../../core/check/model';

export interface RawParagraph {
  text: string;
  inTable?: boolean;
}

export interface RawControl {
  tag: string;
  title: string;
  text: string;
  /** Word's content-control type, e.g. `RichTextInline`, `RichTextParagraphs`, or the older `RichText`. */
  type: string;
  /** Texts of the paragraphs the control covers (for an inline control, the paragraph it sits in). */
  paragraphs: string[];
  placeholder?: boolean;
}

const INLINE_TYPES = new Set(['RichTextInline', 'PlainTextInline']);
const BLOCK_TYPES = new Set(['RichTextParagraphs', 'PlainTextParagraph', 'RichTextTableCell', 'RichTextTableRow', 'RichTextTable', 'RepeatingSection', 'Group']);

const VERTICAL_TAB = String.fromCharCode(11);

/** Word writes a manual line break as a vertical tab and may end paragraph text with a carriage return. */
export function wordText(text: string): string {
  return text.split(VERTICAL_TAB).join('\n').replace(/\r$/, '').replace(/\r/g, '\n');
}

function levelOf(control: RawControl): TaggedBlock['level'] {
  if (INLINE_TYPES.has(control.type)) return 'inline';
  if (BLOCK_TYPES.has(control.type)) return 'block';
  return control.paragraphs.length > 1 ? 'block' : 'inline';
}

interface Placed {
  tag: string;
  title: string;
  text: string;
  level: TaggedBlock['level'];
  start: number;
  end: number;
  placeholder?: boolean;
}

/** Where each control sits among the body's paragraphs, found by matching texts. */
function place(texts: readonly string[], controls: readonly RawControl[]): Placed[] {
  const placed: Placed[] = [];
  let from = 0;
  for (const control of controls) {
    const level = levelOf(control);
    const own = control.paragraphs.map(wordText);
    const text = wordText(control.text);
    const count = Math.max(1, own.length);
    const fits = (s: number): boolean => {
      // Word gives an inline control's paragraph (or, on some hosts, just the control's own words): either must be in it.
      if (level === 'inline') return (texts[s] ?? '').includes(own[0] || text);
      if (s + count > texts.length) return false;
      return own.every((t, k) => texts[s + k] === t);
    };
    let start = -1;
    for (let s = from; s < texts.length && start < 0; s += 1) if (fits(s)) start = s;
    if (start < 0) start = Math.min(from, Math.max(0, texts.length - 1));
    const end = Math.min(texts.length, level === 'inline' ? start + 1 : start + count);
    from = start;
    placed.push({ tag: control.tag, title: control.title, text, level, start, end, ...(control.placeholder ? { placeholder: true } : {}) });
  }
  return placed;
}

/** Whether `outer` (open now) contains `inner`: a block its paragraphs; an inline control another in the same words. */
function contains(outer: Placed, inner: Placed): boolean {
  if (outer.start > inner.start || outer.end < inner.end) return false;
  return outer.level === 'block' || (inner.level === 'inline' && outer.start === inner.start && outer.text.includes(inner.text));
}

/**
 * The paragraphs and blocks of the checker's model, from what Word reported: the controls are placed among the
 * paragraphs, then fed to the core's model builder in document order, as the .docx reader and the preview do. Word's
 * content controls nest; a control placed across the end of the one before it (texts that could not be matched) is
 * taken to start after it.
 */
export function relateControls(rawParagraphs: readonly RawParagraph[], controls: readonly RawControl[]): Pick<CheckDocument, 'paragraphs' | 'blocks'> {
  const texts = rawParagraphs.map((p) => wordText(p.text));
  const model = new DocumentModelBuilder();
  let emitted = 0; // paragraphs started so far
  let paragraphOpen = false; // the last one started is still open (an inline control is in it)
  const closeParagraph = () => {
    if (paragraphOpen) model.endParagraph();
    paragraphOpen = false;
  };
  const startParagraph = () => {
    model.startParagraph({ inTable: rawParagraphs[emitted]?.inTable === true });
    model.appendText(texts[emitted] as string);
    emitted += 1;
  };
  /** Every paragraph before `n` written and closed. */
  const emitUntil = (n: number) => {
    closeParagraph();
    while (emitted < n) {
      startParagraph();
      model.endParagraph();
    }
  };
  const open: Placed[] = [];
  const closeTop = () => {
    const top = open.pop() as Placed;
    if (top.level === 'block') {
      emitUntil(top.end);
      model.closeControl();
    } else model.closeControl(top.text);
  };

  for (const control of place(texts, controls)) {
    while (open.length > 0 && !contains(open[open.length - 1] as Placed, control)) closeTop();
    if (control.level === 'block') emitUntil(control.start);
    else if (!(paragraphOpen && emitted - 1 === control.start)) {
      emitUntil(control.start);
      if (emitted < texts.length) {
        startParagraph();
        paragraphOpen = true;
      }
    }
    model.openControl({ tag: control.tag, title: control.title, level: control.level, placeholder: control.placeholder });
    open.push(control);
  }
  while (open.length > 0) closeTop();
  emitUntil(texts.length);
  return model.build();
}
