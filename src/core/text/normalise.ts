/**
 * Text normalisation shared by search and the consistency checker.
 * Folds case, curly quotes, dashes and accents, so that "Pupils’" and "pupils'" compare equal.
 */

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g;

/** Any character outside ASCII, or the backtick (folded to an apostrophe): only such text has typography to fold. */
const NON_ASCII = /[^\t-\r -_a-\u007f]/;
const ASCII_SPACES = /\s+/g;
/**
 * A character that NFKD might change other than into what the classes below make of it anyway: anything but ASCII,
 * curly quotes and primes, dashes and spaces. (Not U+00B4 or U+2033, which NFKD splits; the test proves the rest.)
 */
export const NEEDS_NFKD = /[^\t-\r -\u007f\u2018-\u201f\u2032\u2010-\u2015\u2212\u00a0\u2000-\u200b\u202f\u205f\u3000]/;

/** Folds typographic variants to plain ASCII look-alikes and collapses runs of white space. Case is kept. */
export function foldTypography(text: string): string {
  // Most review text is plain ASCII, where NFKD and the typography classes change nothing: only spaces collapse; much
  // of the rest has only curly quotes and dashes, which NFKD leaves alone. (The checker folds every paragraph and
  // sentence of every document, and NFKD was a tenth of its time.)
  if (!NON_ASCII.test(text)) return text.replace(ASCII_SPACES, ' ').trim();
  const decomposed = NEEDS_NFKD.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  return decomposed
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
}

const WORD = /\d+(?:\.\d+)+|[a-z0-9]+(?:'[a-z]+)?/g;

/** Light stemming, enough to treat "behaviours"/"behaviour" and "pupil's"/"pupils" alike. */
export function stem(word: string): string {
  let w = word;
  if (w.includes("'")) w = w.replace(/'s$|'$/, '').replace(/'/g, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Splits text into normalised words (lower case, folded, stemmed). Numbers like "2.1" stay one word. */
export function words(text: string): string[] {
  return wordsOfFolded(foldForWords(text));
}

/**
 * The text {@link wordsOfFolded} reads for `text`: folded, except plain ASCII, where folding only collapses white
 * space, which the word scan skips anyway.
 */
export function foldForWords(text: string): string {
  return NON_ASCII.test(text) ? foldTypography(text) : text;
}

/** {@link words} of text already folded by {@link foldTypography} (for a caller that needs the folded text too). */
export function wordsOfFolded(folded: string): string[] {
  const lower = folded.toLowerCase();
  const out: string[] = [];
  scanWords(lower, (start, end) => out.push(stem(lower.slice(start, end))));
  return out;
}

/**
 * Calls `visit` with where each word of `lower` (folded, lower case) starts and ends, before stemming: what
 * {@link wordsOfFolded} stems. For a caller that looks words up without making a string of each.
 */
export function scanWords(lower: string, visit: (start: number, end: number) => void): void {
  const n = lower.length;
  let i = 0;
  // A hand-written scan for WORD (no match objects: the checker splits every sentence of every document into words).
  // At each place: digits with at least one ".digits" ("2.1"); otherwise letters and digits with an optional
  // "'letters" ("pupil's"). test/unit/normalise-fold.test.ts proves it splits as the pattern does.
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (!isAlnum(c)) {
      i += 1;
      continue;
    }
    let end = i;
    if (isDigit(c)) {
      let j = i;
      while (j < n && isDigit(lower.charCodeAt(j))) j += 1;
      let k = j;
      while (k + 1 < n && lower.charCodeAt(k) === 46 && isDigit(lower.charCodeAt(k + 1))) {
        k += 1;
        while (k < n && isDigit(lower.charCodeAt(k))) k += 1;
      }
      if (k > j) end = k;
    }
    if (end === i) {
      end = i;
      while (end < n && isAlnum(lower.charCodeAt(end))) end += 1;
      if (end + 1 < n && lower.charCodeAt(end) === 39 && isLower(lower.charCodeAt(end + 1))) {
        end += 1;
        while (end < n && isLower(lower.charCodeAt(end))) end += 1;
      }
    }
    visit(i, end);
    i = end;
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLower = (c: number) => c >= 97 && c <= 122;
const isAlnum = (c: number) => isLower(c) || isDigit(c);

/** The pattern {@link wordsOfFolded} scans for, kept as the reference its test compares with. */
export const WORD_PATTERN = WORD;

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
