/**
 * foldTypography skips NFKD for plain ASCII and for text whose only other characters are curly quotes, primes, dashes
 * and spaces (a speed-up: the checker folds every sentence). This proves the shortcut folds exactly as the full fold
 * (NFKD, combining marks dropped, then the quote, dash and space classes) on every character it lets through, and on
 * random text mixing them with characters that do need NFKD.
 */
import fc from 'fast-check';
import { foldTypography, NEEDS_NFKD, stem, words, wordsOfFolded, WORD_PATTERN } from '../../src/core/text/normalise';

function fullFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

const SHORTCUT: string[] = [];
for (let c = 0; c < 0x3100; c++) {
  const ch = String.fromCharCode(c);
  if (!NEEDS_NFKD.test(ch)) SHORTCUT.push(ch);
}
const OTHERS = ['é', 'É', 'ﬁ', '´', '″', '…', '½', 'Å', 'ñ', '\u0301', '™', 'Ⅳ', '①'];

describe('foldTypography', () => {
  it('folds each character the shortcut lets through as the full fold does', () => {
    expect(SHORTCUT.length).toBeGreaterThan(128);
    // One expectation over the whole list (an expect() per character was most of this file's time).
    expect(SHORTCUT.filter((ch) => foldTypography(`a${ch}b`) !== fullFold(`a${ch}b`))).toEqual([]);
  });

  it('folds random text as the full fold does', () => {
    const alphabet = fc.constantFrom(...SHORTCUT.filter((c) => c.charCodeAt(0) > 0x7f || /[ -~\t\n]/.test(c)), ...OTHERS, 'a', 'Z', ' ', '`');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        return foldTypography(text) === fullFold(text);
      }),
      { numRuns: 2000, seed: 14 },
    );
  });

  it('still folds accents and the characters NFKD splits', () => {
    expect(foldTypography('Pupils’ “café” – ½ ´ ″')).toBe(fullFold('Pupils’ “café” – ½ ´ ″'));
    expect(foldTypography('café')).toBe('cafe');
  });
});

/** For the properties below: fast-check reports the text that makes one false, as it would a failed expect(). */
const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

describe('words', () => {
  const byPattern = (folded: string) => Array.from(folded.toLowerCase().matchAll(new RegExp(WORD_PATTERN.source, 'g')), (m) => stem(m[0]));

  it('splits as the word pattern does', () => {
    for (const text of ["Pupils' progress in 2.1 and 3.10.2; it's a 1.5x rise", 'v2.x 2. .5 a..b', "o'neill's 'quoted' x'", '']) {
      expect(wordsOfFolded(text)).toEqual(byPattern(text));
    }
    const alphabet = fc.constantFrom('a', 'b', 'Z', '1', '2', '0', '.', "'", ' ', '-', ',', 's', 'é');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        return sameWords(wordsOfFolded(text), byPattern(text));
      }),
      { numRuns: 5000, seed: 14 },
    );
  });

  it('reads plain ASCII without folding it first, with the same words', () => {
    // words() skips foldTypography for ASCII text (folding it only collapses white space); anything else is folded.
    const alphabet = fc.constantFrom('a', 'B', '1', '.', "'", '`', ' ', '\t', '\n', '\v', '\f', '\r', '-', 's', '’', 'é', '\u00a0', '\u2003');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        return sameWords(words(text), wordsOfFolded(foldTypography(text)));
      }),
      { numRuns: 5000, seed: 14 },
    );
  });
});
