/**
 * The block model: what an objective or a rating rationale looks like once composed, in a form the Word
 * adapter and the preview adapter can both render without interpreting markup. Every run is plain text;
 * whatever a reviewer typed (even `<b>` or `&`) is carried as text and must be written as text.
 *
 * Each block goes into one content control, whose tag says what the block is; `../tags.ts` builds and reads every
 * kind of tag.
 */
import { parseTag } from '../tags';

/** A stretch of text in one style. `text` is plain text, never markup. */
export interface TextRun {
  text: string;
  bold?: boolean;
  /**
   * The run stands for a field still to fill in: `text` is its prompt, in square brackets (so that it reads as a
   * placeholder even where it is written as plain text). An adapter that can should insert it as a fillable placeholder.
   */
  placeholder?: boolean;
}

/** One paragraph of a block. Runs never contain line breaks: a new line is a new paragraph. */
export interface BlockParagraph {
  runs: TextRun[];
}

/** The kinds of composed block: an objective, a rating rationale, an area for development or a pay recommendation. */
export type ComposedBlockKind = 'tso' | 'tsr' | 'tsa' | 'tsp';

/** The pay recommendations a reviewer can make (the codes its tag records). */
export { PAY_RECOMMENDATIONS as PAY_RECOMMENDATION_CODES, type PayRecommendation as PayRecommendationCode } from '../tags';

export interface ComposedBlock {
  kind: ComposedBlockKind;
  /** Content-control tag (at most `MAX_TAG_LENGTH` (../tags.ts) characters). */
  tag: string;
  /** Content-control title (at most `MAX_TAG_LENGTH` (../tags.ts) characters); may end with the tag's overflow list. */
  title: string;
  paragraphs: BlockParagraph[];
  /** Every descriptor the block cites, in source order. */
  citedIds: string[];
}

/** The text of a block exactly as the pane previews it: each paragraph's runs joined, paragraphs joined by "\n". */
export function blockPlainText(block: Pick<ComposedBlock, 'paragraphs'>): string {
  return block.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
}

/** A paragraph of plain text. */
export function plainParagraph(text: string): BlockParagraph {
  return { runs: [{ text }] };
}

/** A paragraph with a bold label and a placeholder run after it: a field still to fill in. */
export function placeholderParagraph(label: string, placeholder: string): BlockParagraph {
  return { runs: [{ text: label, bold: true }, { text: ' ' }, { text: placeholder, placeholder: true }] };
}

/** A labelled field: its lines after the label, or, when it is empty, the placeholder. */
export function fieldParagraphs(label: string, lines: readonly string[], placeholder: string): BlockParagraph[] {
  return lines.length === 0 ? [placeholderParagraph(label, placeholder)] : labelledParagraphs(label, lines);
}

/** A paragraph that starts with a bold label ("Success criteria:"), followed by the text when there is any. */
export function labelledParagraph(label: string, text: string): BlockParagraph {
  return { runs: text === '' ? [{ text: label, bold: true }] : [{ text: label, bold: true }, { text: ` ${text}` }] };
}

/** A labelled field that may run to several lines: the first line follows the label, the rest are paragraphs of their own. */
export function labelledParagraphs(label: string, lines: readonly string[]): BlockParagraph[] {
  const [first = '', ...rest] = lines;
  return [labelledParagraph(label, first), ...rest.map(plainParagraph)];
}

/** The number for a new objective: one more than the objectives (`tso:` blocks) already in the document. */
export function nextObjectiveNumber(existingTags: readonly string[]): number {
  return existingTags.filter((tag) => parseTag(tag).kind === 'objective').length + 1;
}

/** The number for a new area for development: one more than the `tsa:` blocks already in the document. */
export function nextDevelopmentNumber(existingTags: readonly string[]): number {
  return existingTags.filter((tag) => parseTag(tag).kind === 'development').length + 1;
}
