/**
 * The document model the consistency checker reads. Three readers produce it, all through the one builder in
 * build-model.ts: the Word adapter (Office.js), the preview adapter and the CLI's `.docx` reader. The checker never
 * knows which one it came from.
 */

/** One paragraph of the document body, in reading order (paragraphs in table cells included). */
export interface DocumentParagraph {
  /** The paragraph's text. Tabs stay `\t`; a line break inside the paragraph is `\n`. */
  text: string;
  /**
   * Indices into {@link CheckDocument.blocks} of the block-level content controls this paragraph is inside, outermost
   * first. Read-only: consecutive paragraphs inside the same controls share one list.
   */
  blocks: number[];
  /** True when the paragraph is in a table cell. */
  inTable?: boolean;
}

/** A content control (any tag, not only this project's), in document order (a parent before the controls inside it). */
export interface TaggedBlock {
  /** The content control's tag, e.g. `tsd:TS2.1/MPR/2`; empty when it has none. */
  tag: string;
  /** The content control's title (Word's "alias"); empty when it has none. */
  title: string;
  /** Its text: for a block-level control, its paragraphs joined with `\n`; for an inline one, the text inside it. */
  text: string;
  /** `block`: wraps whole paragraphs (or table cells or rows); `inline`: sits inside one paragraph. */
  level: 'block' | 'inline';
  /** The paragraphs it covers: `start` inclusive, `end` exclusive. An inline control has `end = start + 1`. */
  paragraphs: { start: number; end: number };
  /** Index of the content control it is inside, or null. */
  parent: number | null;
  /** True when the control shows its placeholder text rather than content. */
  placeholder?: boolean;
}

/** A whole document as the checker sees it. */
export interface CheckDocument {
  paragraphs: DocumentParagraph[];
  blocks: TaggedBlock[];
  /** Custom document properties by name, as text (e.g. `CareerStage`, `StandardsEdition`). */
  properties: Record<string, string>;
}

export { CAREER_STAGE_PROPERTY } from '../stage';
/** The custom document property that records the framework edition a document was written under (`id@version`). */
export const EDITION_PROPERTY = 'StandardsEdition';
