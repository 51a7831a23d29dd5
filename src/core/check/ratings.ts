/**
 * Overall ratings as documents state them ("Overall rating: Achieved expectations (Main pay range).").
 *
 * Only the three labels of the career expectations framework are official. The Teachers' Standards document's
 * introduction calls the lowest one "Not met expectations" (framework-data/NOTES.md, section 3); a review using
 * that wording follows a Hampshire document, so it is accepted with an `info` note rather than a warning.
 */
import type { Framework } from '../framework/framework';
import type { RatingCode } from '../framework/types';
import { foldTypography } from '../text/normalise';

/** Wordings taken from the guidance itself: accepted, but noted. */
export const ACCEPTED_VARIANTS: Readonly<Record<string, RatingCode>> = { 'not met expectations': 'not-met' };

export interface StatedRating {
  /** The value as written, e.g. "Met expectations". */
  value: string;
  /** The career stage named in brackets after it, if any. */
  careerStage: string | null;
  /** The rating code when the value is an official label (or an accepted variant); null when not. */
  rating: RatingCode | null;
  /** True when the value is one of the official labels exactly (case and typography aside). */
  official: boolean;
  /** The paragraph the value is in. */
  paragraph: number;
  /** True when the rating was stated inside a paragraph ("… a strong year. Overall rating: Outstanding. …"). */
  inline?: boolean;
}

const LABEL = /^\s*(?:(?:overall|final|end[-\s]of[-\s]year)\s+)?(?:performance\s+)?rating\s*(?:[:\-–—]\s*|$)/i;
/** The label after a sentence inside a paragraph: only with "overall" (or "final", "end-of-year") and a colon. */
const INLINE_LABEL = /(?<=[.!?]\s+)(?:overall|final|end[-\s]of[-\s]year)\s+(?:performance\s+)?rating\s*:\s*/i;
/** What every INLINE_LABEL match contains: a quick test first, as the look-behind is tried at every place in the text. */
const RATING_COLON = /rating\s*:/i;

/** The rating stated at the start of `rest` (up to a full stop, semicolon or bracket), or null. */
function valueAfter(framework: Framework, rest: string): Omit<StatedRating, 'paragraph'> | null {
  const m = /^\s*([^(.;\n]*?)\s*(?:\(([^)]*)\))?\s*(?:[.;]|$)/.exec(rest);
  const value = (m?.[1] ?? '').trim();
  if (!/\p{L}/u.test(value) || value.split(/\s+/).length > 6) return null;
  const k = key(value);
  const officialLabel = framework.careerExpectations.ratings.find((r) => key(r.label) === k);
  return { value, careerStage: m?.[2]?.trim() || null, rating: officialLabel?.code ?? ACCEPTED_VARIANTS[k] ?? null, official: officialLabel !== undefined };
}

function key(text: string): string {
  return foldTypography(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Finds "Overall rating: …" statements. A label alone in a table cell takes its value from the next cell. */
export function statedRatings(framework: Framework, paragraphs: readonly { text: string; inTable?: boolean }[]): StatedRating[] {
  const out: StatedRating[] = [];
  paragraphs.forEach((p, index) => {
    const label = LABEL.exec(p.text);
    if (!label) {
      const inline = RATING_COLON.test(p.text) ? INLINE_LABEL.exec(p.text) : null;
      const found = inline ? valueAfter(framework, p.text.slice(inline.index + inline[0].length)) : null;
      if (found) out.push({ ...found, paragraph: index, inline: true });
      return;
    }
    let rest = p.text.slice(label[0].length);
    let at = index;
    if (rest.trim() === '' && p.inTable) {
      const next = paragraphs[index + 1];
      if (!next || next.text.trim().split(/\s+/).length > 6) return;
      rest = next.text;
      at = index + 1;
    }
    const m = /^\s*([^(.;\n]*?)\s*(?:\(([^)]*)\))?\s*[.;]?\s*(?:\n|$)/.exec(rest) ?? /^\s*([^(.;\n]*)/.exec(rest);
    const value = (m?.[1] ?? '').trim();
    if (!/\p{L}/u.test(value)) return;
    const k = key(value);
    const officialLabel = framework.careerExpectations.ratings.find((r) => key(r.label) === k);
    const variant = ACCEPTED_VARIANTS[k];
    out.push({
      value,
      careerStage: m?.[2]?.trim() || null,
      rating: officialLabel?.code ?? variant ?? null,
      official: officialLabel !== undefined,
      paragraph: at,
    });
  });
  return out;
}

/** The official rating a non-standard wording probably means, or null. */
export function suggestRating(value: string): RatingCode | null {
  const k = key(value);
  if (/\b(?:not|below|unsatisfactory|requires|inadequate|weak|fail|unmet|partly|partially)\b/.test(k)) return 'not-met';
  if (/\b(?:exceed\w*|outstanding|exceptional|excellent|above|highly|beyond)\b/.test(k)) return 'exceptional';
  if (/\b(?:met|meets|meeting|achiev\w*|good|secure|satisfactory|expected|proficient|effective)\b/.test(k)) return 'achieved';
  return null;
}
