/**
 * The one builder of the checker's document model (model.ts). Every reader feeds it the same events, in document
 * order: the `.docx` reader (src/cli/docx/read-docx.ts) from the XML, the preview adapter from its contenteditable
 * page, and the Word adapter from what Office.js reports (src/document/word/relate-controls.ts).
 *
 *   const b = new DocumentModelBuilder();
 *   b.openControl({ tag: 'tso:TS2.1/MPR/1', title: 'Objective 1', level: 'block' });
 *   b.startParagraph(); b.appendText('Objective 1: plan well.'); b.endParagraph();
 *   b.closeControl();
 *   const { paragraphs, blocks } = b.build();
 *
 * Each event costs constant time however deep the content controls nest (text is added to the innermost open paragraph
 * and the innermost open inline control only; an inline control hands its text to the one around it when it closes,
 * and consecutive paragraphs share one read-only list of the block-level controls around them). What the model itself
 * holds still grows with the depth: each paragraph lists the controls around it, and each control has its text.
 * {@link ModelLimits} bounds that: the builder refuses to go deeper, or to hold more controls or paragraphs, than its
 * limits allow, with a {@link ModelLimitError} the reader can turn into a message for the user.
 */
import type { CheckDocument, DocumentParagraph, TaggedBlock } from './model';

/** How much a model may hold. The defaults are unlimited; a reader of untrusted files sets its own. */
export interface ModelLimits {
  /** Content controls open at once (nesting depth). */
  maxDepth: number;
  /** Content controls in all. */
  maxControls: number;
  /** Paragraphs in all. */
  maxParagraphs: number;
}

export const UNLIMITED: ModelLimits = { maxDepth: Infinity, maxControls: Infinity, maxParagraphs: Infinity };

/** Thrown when a document goes beyond the builder's {@link ModelLimits}. */
export class ModelLimitError extends Error {
  constructor(
    readonly limit: keyof ModelLimits,
    readonly value: number,
  ) {
    super(`The document goes beyond the model's limit (${limit} ${value}).`);
    this.name = 'ModelLimitError';
  }
}

export interface ControlStart {
  tag?: string;
  title?: string;
  /** `block`: wraps whole paragraphs; `inline`: sits inside the paragraph open now. */
  level: TaggedBlock['level'];
  placeholder?: boolean;
}

interface OpenControl {
  index: number;
  /** For an inline control: its text so far. */
  text: string;
}

export class DocumentModelBuilder {
  private readonly paragraphs: DocumentParagraph[] = [];
  private readonly blocks: TaggedBlock[] = [];
  private readonly limits: ModelLimits;
  /** Every open control, outermost first. */
  private readonly open: OpenControl[] = [];
  /** The open inline controls, outermost first. */
  private readonly openInline: OpenControl[] = [];
  /** The open block-level controls' indices, outermost first, and the one shared copy paragraphs point to. */
  private readonly openBlocks: number[] = [];
  private shared: number[] | null = [];
  /** Open paragraphs (a text box's paragraph opens inside another), innermost last. */
  private readonly paragraphStack: number[] = [];

  constructor(limits: Partial<ModelLimits> = {}) {
    this.limits = { ...UNLIMITED, ...limits };
  }

  /** The paragraph text is going into, or null between paragraphs. */
  get currentParagraph(): number | null {
    return this.paragraphStack[this.paragraphStack.length - 1] ?? null;
  }

  /** How many paragraphs have started so far. */
  get paragraphCount(): number {
    return this.paragraphs.length;
  }

  /** Opens a content control inside the innermost open one. An inline control belongs to the paragraph open now. */
  openControl(control: ControlStart): number {
    if (this.open.length + 1 > this.limits.maxDepth) throw new ModelLimitError('maxDepth', this.limits.maxDepth);
    if (this.blocks.length + 1 > this.limits.maxControls) throw new ModelLimitError('maxControls', this.limits.maxControls);
    const inline = control.level === 'inline';
    const start = inline ? (this.currentParagraph ?? this.paragraphs.length) : this.paragraphs.length;
    const parent = this.open[this.open.length - 1]?.index ?? null;
    this.blocks.push({
      tag: control.tag ?? '',
      title: control.title ?? '',
      text: '',
      level: control.level,
      paragraphs: { start, end: inline ? start + 1 : start },
      parent,
      ...(control.placeholder ? { placeholder: true } : {}),
    });
    const open: OpenControl = { index: this.blocks.length - 1, text: '' };
    this.open.push(open);
    if (inline) this.openInline.push(open);
    else {
      this.openBlocks.push(open.index);
      this.shared = null;
    }
    return open.index;
  }

  /** Sets what was learnt about the innermost open control after it opened (a .docx gives the tag after the start). */
  describeControl(details: { tag?: string; title?: string; placeholder?: boolean }): void {
    const top = this.open[this.open.length - 1];
    if (!top) return;
    const block = this.blocks[top.index] as TaggedBlock;
    if (details.tag !== undefined) block.tag = details.tag;
    if (details.title !== undefined) block.title = details.title;
    if (details.placeholder) block.placeholder = true;
  }

  /**
   * Closes the innermost open control. A block-level control's text is its paragraphs joined with `\n`; an inline
   * control's is the text added while it was open, unless the reader knows it better (`text`).
   */
  closeControl(text?: string): void {
    const top = this.open.pop();
    if (!top) return;
    const block = this.blocks[top.index] as TaggedBlock;
    if (block.level === 'inline') {
      this.openInline.pop();
      block.text = text ?? top.text;
      const around = this.openInline[this.openInline.length - 1];
      if (around) around.text += top.text;
    } else {
      this.openBlocks.pop();
      this.shared = null;
      block.paragraphs.end = this.paragraphs.length;
      block.text = text ?? this.paragraphs.slice(block.paragraphs.start, block.paragraphs.end).map((p) => p.text).join('\n');
    }
  }

  /** Starts a paragraph (inside the one open now, for a text box's). */
  startParagraph(options: { inTable?: boolean } = {}): number {
    if (this.paragraphs.length + 1 > this.limits.maxParagraphs) throw new ModelLimitError('maxParagraphs', this.limits.maxParagraphs);
    if (this.shared === null) this.shared = [...this.openBlocks];
    this.paragraphs.push({ text: '', blocks: this.shared, ...(options.inTable ? { inTable: true } : {}) });
    this.paragraphStack.push(this.paragraphs.length - 1);
    return this.paragraphs.length - 1;
  }

  /** Adds text to the paragraph open now (and to the inline controls open now). Ignored between paragraphs. */
  appendText(text: string): void {
    const p = this.currentParagraph;
    if (p === null) return;
    (this.paragraphs[p] as DocumentParagraph).text += text;
    const inline = this.openInline[this.openInline.length - 1];
    if (inline) inline.text += text;
  }

  /** Ends the innermost open paragraph. */
  endParagraph(): void {
    this.paragraphStack.pop();
  }

  /** The model so far. Controls still open are closed first, where the document stopped. */
  build(): Pick<CheckDocument, 'paragraphs' | 'blocks'> {
    while (this.open.length > 0) this.closeControl();
    return { paragraphs: this.paragraphs, blocks: this.blocks };
  }
}
