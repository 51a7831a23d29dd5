/**
 * Relates Word's content controls to paragraph indexes without asking Word once per control. Pure: no Office.js.
 *
 * Word reports the body's paragraphs (one collection) and, for each content control, the texts of the paragraphs it
 * covers. Content controls come in document order, so each one starts at or after the one before it (a control inside
 * another starts at or after its parent). Each control is placed at the first run of body paragraphs, from the previous
 * control's start on, whose texts match its own paragraphs; an inline control at the first paragraph containing its text.
 */
import type { CheckDocument, DocumentParagraph, TaggedBlock } from '../../core/check/model';

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

/** The paragraphs and blocks of the checker's model, from what Word reported. */
export function relateControls(rawParagraphs: readonly RawParagraph[], controls: readonly RawControl[]): Pick<CheckDocument, 'paragraphs' | 'blocks'> {
  const paragraphs: DocumentParagraph[] = rawParagraphs.map((p) => ({ text: wordText(p.text), blocks: [], ...(p.inTable ? { inTable: true } : {}) }));
  const texts = paragraphs.map((p) => p.text);
  const blocks: TaggedBlock[] = [];
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

    let parent: number | null = null;
    for (let j = blocks.length - 1; j >= 0 && parent === null; j -= 1) {
      const b = blocks[j] as TaggedBlock;
      const around = b.paragraphs.start <= start && b.paragraphs.end >= end;
      if (around && (b.level === 'block' || (level === 'inline' && b.paragraphs.start === start && b.text.includes(text)))) parent = j;
    }
    blocks.push({
      tag: control.tag,
      title: control.title,
      text: level === 'block' ? texts.slice(start, end).join('\n') : text,
      level,
      paragraphs: { start, end },
      parent,
      ...(control.placeholder ? { placeholder: true } : {}),
    });
  }
  blocks.forEach((b, index) => {
    if (b.level !== 'block') return;
    for (let p = b.paragraphs.start; p < b.paragraphs.end; p += 1) paragraphs[p]?.blocks.push(index);
  });
  return { paragraphs, blocks };
}
