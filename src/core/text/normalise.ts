/**
 * Text normalisation shared by search and the consistency checker.
 * Folds case, curly quotes, dashes and accents, so that "Pupils’" and "pupils'" compare equal.
 */

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g;

/** Folds typographic variants to plain ASCII look-alikes and collapses runs of white space. Case is kept. */
export function foldTypography(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
}

const WORD = /\d+(?:\.\d+)+|[a-z0-9]+(?:'[a-z]+)?/g;

/** Light stemming, enough to treat "behaviours"/"behaviour" and "pupil's"/"pupils" alike. */
export function stem(word: string): string {
  let w = word.replace(/'s$|'$/, '');
  w = w.replace(/'/g, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Splits text into normalised words (lower case, folded, stemmed). Numbers like "2.1" stay one word. */
export function words(text: string): string[] {
  const folded = foldTypography(text).toLowerCase();
  const out: string[] = [];
  for (const match of folded.matchAll(WORD)) out.push(stem(match[0]));
  return out;
}

/** Words with their character offsets in the original text, for highlighting. */
export function wordSpans(text: string): { word: string; start: number; end: number }[] {
  // foldTypography can change lengths (NFKD), so scan the original text with a pattern that tolerates curly quotes.
  const pattern = /\d+(?:\.\d+)+|[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu;
  const out: { word: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(pattern)) {
    const [w] = words(match[0]);
    if (w !== undefined) out.push({ word: w, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  }
  return out;
}
