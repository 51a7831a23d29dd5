/**
 * The block model: what an objective or a rating rationale looks like once composed, in a form the Word
 * adapter and the preview adapter can both render without interpreting markup. Every run is plain text;
 * whatever a reviewer typed (even `<b>` or `&`) is carried as text and must be written as text.
 *
 * ## Tags and titles
 * Each block goes into one content control. Its tag says what the block is:
 * - `tsd:<descriptor id>`: one inserted descriptor (see `reference.ts`);
 * - `tso:<id>,<id>,…`: an objective, with the ids of the descriptors it cites, in source order;
 * - `tsr:<role>/<rating>`: a rating rationale, e.g. `tsr:MPR-TLR/achieved`;
 * - `tsa:<id>,<id>,…`: an area for development, with the ids of the descriptors of expected practice it cites;
 * - `tsp:<role>/<recommendation>`: a pay recommendation, e.g. `tsp:UPR-TLR/progress`.
 *
 * (These builders stay here until the shared tags module, `src/core/tags.ts`, takes them over.)
 *
 * Word limits a tag and a title to {@link MAX_TAG_LENGTH} characters each. When an objective's (or an area
 * for development's) ids do not fit, the tag keeps as many whole ids as fit and ends with `,…+N` (N ids left out), and the N left-out ids
 * go at the end of the content control's title, as ` [+<id>,<id>,…]`. {@link parseBlockTag} reads both back.
 */
import { MAX_TAG_LENGTH } from './reference';
import { RATING_CODES, ROLE_CODES, type RatingCode, type RoleCode } from '../framework/types';

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

/** The pay recommendations a reviewer can make. */
export const PAY_RECOMMENDATION_CODES = ['progress', 'no-progress', 'not-eligible', 'not-applicable'] as const;
export type PayRecommendationCode = (typeof PAY_RECOMMENDATION_CODES)[number];

export interface ComposedBlock {
  kind: ComposedBlockKind;
  /** Content-control tag (at most {@link MAX_TAG_LENGTH} characters). */
  tag: string;
  /** Content-control title (at most {@link MAX_TAG_LENGTH} characters); may end with the tag's overflow list. */
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

const OVERFLOW = /,…\+(\d+)$/;
const TITLE_OVERFLOW = / ?\[\+([^\]]*)\]$/;

/**
 * The tag and title of a block that cites descriptors by id (`tso`). When the ids do not fit in the tag,
 * the tag ends with `,…+N` and the title ends with the N left-out ids, shortening the human title if it must.
 * Throws a RangeError if even the left-out ids cannot fit in a title: about 28 of the longest ids, far more than an
 * objective cites (one cell of the standards, at most five descriptors in the Hampshire edition).
 */
export function idTagAndTitle(kind: 'tso' | 'tsa', ids: readonly string[], humanTitle: string): { tag: string; title: string } {
  const prefix = `${kind}:`;
  const full = `${prefix}${ids.join(',')}`;
  if (full.length <= MAX_TAG_LENGTH) return { tag: full, title: humanTitle.slice(0, MAX_TAG_LENGTH) };
  let kept = ids.length - 1;
  const tagFor = (k: number) => `${prefix}${ids.slice(0, k).join(',')},…+${ids.length - k}`;
  while (kept > 1 && tagFor(kept).length > MAX_TAG_LENGTH) kept -= 1;
  const suffix = ` [+${ids.slice(kept).join(',')}]`;
  if (suffix.length > MAX_TAG_LENGTH) throw new RangeError(`Too many descriptors (${ids.length}) to record in one content control.`);
  const room = MAX_TAG_LENGTH - suffix.length;
  const human = humanTitle.length <= room ? humanTitle : `${humanTitle.slice(0, Math.max(0, room - 1)).trimEnd()}…`;
  return { tag: tagFor(kept), title: `${human}${suffix}` };
}

/** What a content control's tag (and, for an overflowing objective, its title) says the block is. */
export type ParsedBlockTag =
  | { kind: 'tsd'; ids: string[] }
  /** `missing` counts ids the tag says overflowed but the title no longer lists (e.g. the title was edited). */
  | { kind: 'tso' | 'tsa'; ids: string[]; missing: number }
  | { kind: 'tsr'; role: RoleCode; rating: RatingCode }
  | { kind: 'tsp'; role: RoleCode; recommendation: PayRecommendationCode };

/** Reads a block's tag (and title). Returns null for a tag that is not one of ours or is malformed. */
export function parseBlockTag(tag: string, title = ''): ParsedBlockTag | null {
  const colon = tag.indexOf(':');
  if (colon < 0) return null;
  const kind = tag.slice(0, colon);
  const body = tag.slice(colon + 1);
  if (body === '') return null;
  if (kind === 'tsd') return body.includes(',') ? null : { kind, ids: [body] };
  if (kind === 'tso' || kind === 'tsa') {
    const overflow = OVERFLOW.exec(body);
    const listed = (overflow ? body.slice(0, overflow.index) : body).split(',');
    if (listed.some((id) => id === '')) return null;
    if (!overflow) return { kind, ids: listed, missing: 0 };
    const expected = Number(overflow[1]);
    const extra = TITLE_OVERFLOW.exec(title)?.[1]?.split(',').filter((id) => id !== '') ?? [];
    const found = extra.slice(0, expected);
    return { kind, ids: [...listed, ...found], missing: expected - found.length };
  }
  if (kind === 'tsr') {
    const [role, rating, ...rest] = body.split('/');
    // Role codes contain no "/", so a well-formed body has exactly two parts.
    if (rest.length > 0 || !ROLE_CODES.includes(role as RoleCode) || !RATING_CODES.includes(rating as RatingCode)) return null;
    return { kind, role: role as RoleCode, rating: rating as RatingCode };
  }
  if (kind === 'tsp') {
    const [role, recommendation, ...rest] = body.split('/');
    if (rest.length > 0 || !ROLE_CODES.includes(role as RoleCode) || !PAY_RECOMMENDATION_CODES.includes(recommendation as PayRecommendationCode)) return null;
    return { kind, role: role as RoleCode, recommendation: recommendation as PayRecommendationCode };
  }
  return null;
}

/** The number for a new objective: one more than the objectives (`tso:` blocks) already in the document. */
export function nextObjectiveNumber(existingTags: readonly string[]): number {
  return existingTags.filter((tag) => parseBlockTag(tag)?.kind === 'tso').length + 1;
}

/** The number for a new area for development: one more than the `tsa:` blocks already in the document. */
export function nextDevelopmentNumber(existingTags: readonly string[]): number {
  return existingTags.filter((tag) => parseBlockTag(tag)?.kind === 'tsa').length + 1;
}
