/**
 * Splitting a paragraph into sentences for the pasted-descriptor rule: at a line break, and at white space after
 * ".", "!", "?" or ";" when what follows starts like a sentence (a capital, an opening quote or bracket). The white
 * space and the line break are left out; nothing else is, so the sentences' words are the paragraph's words in turn.
 */

/** The split, as a pattern: the reference {@link splitSentences} must agree with (test/unit/sentences.test.ts). */
export const SENTENCE_BREAK = /\n|(?<=[.!?;])\s+(?=[A-Z‘“'"(])/;

/** White space as JavaScript's `\s` means it. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** ".", "!", "?" or ";". */
function endsSentence(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b;
}

/** A capital A–Z, ‘, “, ', " or (. */
function startsSentence(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || c === 0x2018 || c === 0x201c || c === 0x27 || c === 0x22 || c === 0x28;
}

/**
 * `text.split(SENTENCE_BREAK)`, without a regular expression: the pasted-descriptor rule splits every paragraph of every
 * document, and the pattern's look-behind, tried at every place, was a tenth of the rule's time. At each place, as the
 * pattern tries it: a line break is a break; otherwise, after a sentence's end, a run of white space is one when the
 * character after the whole run starts a sentence (the run cannot end sooner: what precedes the next character is
 * then white space, which starts no sentence).
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      out.push(text.slice(start, i));
      start = i += 1;
      continue;
    }
    if (i > 0 && isSpace(c) && endsSentence(text.charCodeAt(i - 1))) {
      let end = i + 1;
      while (end < n && isSpace(text.charCodeAt(end))) end += 1;
      if (end < n && startsSentence(text.charCodeAt(end))) {
        out.push(text.slice(start, i));
        start = i = end;
        continue;
      }
    }
    i += 1;
  }
  out.push(text.slice(start));
  return out;
}
