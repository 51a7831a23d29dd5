/**
 * The pasted-descriptor rule's sentence split (src/core/text/sentences.ts) is the same as splitting with its pattern,
 * for any text: line breaks, runs of every kind of white space, sentence ends and starts, in any order.
 */
import fc from 'fast-check';
import { SENTENCE_BREAK, splitSentences } from '../../src/core/text/sentences';

const pieces = ['.', '!', '?', ';', ',', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', 'A', 'Z', 'a', 'z', '1', '‘', '“', "'", '"', '(', ')', '’', 'Pupils', 'e.g.', '. A', '.\n A', '. \nB', ';\t(c', '?  “Why'];

/** The properties return their answer (fast-check prints the text that makes one false), not an expect() per case. */
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

describe('splitting a paragraph into sentences', () => {
  it('gives what splitting with the pattern gives', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        return sameList(splitSentences(text), text.split(SENTENCE_BREAK));
      }),
      { numRuns: 5000, seed: 28 },
    );
  });

  it('also for any string at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => sameList(splitSentences(text), text.split(SENTENCE_BREAK))),
      { numRuns: 3000, seed: 29 },
    );
  });

  it('splits at a line break and at white space between sentences, and keeps everything else', () => {
    expect(splitSentences('Plan well. Teach well.\nAssess (often); “Reflect”')).toEqual(['Plan well.', 'Teach well.', 'Assess (often);', '“Reflect”']);
    expect(splitSentences('e.g. the pupils. 2 more.')).toEqual(['e.g. the pupils. 2 more.']);
    expect(splitSentences('')).toEqual(['']);
  });
});
