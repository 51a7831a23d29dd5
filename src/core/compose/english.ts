/**
 * Small, careful English helpers for composing objectives and rationales: list joining, initial
 * capitals, sentence ends and a light tidy of official text. The separators, conjunction,
 * abbreviations and words that keep their capital come from the edition's wording file.
 */
import type { Wording } from './wording';

export type EnglishRules = Wording['english'];

/** Collapses runs of white space (the sources keep double spaces after full stops) and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether `text` ends with one of the edition's abbreviations ("etc.", "e.g."), whose full stop belongs to the word. */
export function endsWithAbbreviation(text: string, rules: EnglishRules): boolean {
  const lower = text.toLowerCase();
  return rules.abbreviations.some((a) => {
    const abbr = a.toLowerCase();
    return lower === abbr || lower.endsWith(` ${abbr}`) || lower.endsWith(`(${abbr}`);
  });
}

/**
 * Tidies the punctuation of official wording without changing a word: white space collapsed, a doubled
 * full stop ("e.g..") made single, and a stray full stop inside a phrase ("across the year. group")
 * dropped when the next word is lower-case and the word before is not an abbreviation.
 */
export function tidyOfficialText(text: string, rules: EnglishRules): string {
  let out = collapseSpaces(text).replace(/(?<!\.)\.\.(?!\.)/g, '.');
  out = out.replace(/(\S+)\.(?= \p{Ll})/gu, (match: string, word: string) => (endsWithAbbreviation(`${word}.`, rules) ? match : word));
  return out;
}

/**
 * Splits text into sentences at a full stop, question or exclamation mark followed by a capital,
 * an opening bracket or an opening quote; an abbreviation's full stop does not end a sentence.
 */
export function splitSentences(text: string, rules: EnglishRules): string[] {
  const out: string[] = [];
  let start = 0;
  const boundary = /[.!?]\)?\s+(?=[\p{Lu}(‘“"'])/gu;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].trimEnd().length;
    const candidate = text.slice(start, end);
    if (/\.$/.test(candidate) && endsWithAbbreviation(candidate, rules)) continue;
    out.push(candidate.trim());
    start = (match.index ?? 0) + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') out.push(rest);
  return out;
}

/** Removes trailing full stops, commas, semicolons and colons, keeping an abbreviation's own full stop. */
export function stripTrailingPunctuation(text: string, rules: EnglishRules): string {
  let out = text.trim();
  for (;;) {
    const last = out.slice(-1);
    if (!/[.,;:]/.test(last) || out === '') return out;
    if (last === '.' && endsWithAbbreviation(out, rules)) return out;
    out = out.slice(0, -1).trimEnd();
  }
}

const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}’']*$/u;

/**
 * Lower-cases the first letter, as for a descriptor that continues a sentence, unless the first word is an
 * acronym or has inner capitals ("ECTs", "SENDCO", "AfL"), is one the edition keeps capitalised ("English"),
 * or opens a capitalised name ("High Quality Inclusive Teaching").
 */
export function lowerInitial(text: string, rules: EnglishRules): string {
  const [first = '', second = ''] = text.split(' ');
  const word = first.replace(/[^\p{L}’']+$/u, '');
  if (!/^\p{Lu}/u.test(word)) return text;
  if (/\p{Lu}/u.test(word.slice(1))) return text;
  if (rules.keepCapitalised.includes(word)) return text;
  if (CAPITALISED_WORD.test(second.replace(/[^\p{L}’']+$/u, ''))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Capitalises the first letter, as at the start of a sentence. */
export function upperInitial(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Ends text with exactly one full stop; text that already ends a sentence ("etc.", "?", ".)") is left alone. */
export function endSentence(text: string, rules: EnglishRules): string {
  const trimmed = text.trimEnd();
  if (/(?:[.!?]\)|[!?])$/.test(trimmed)) return trimmed;
  const stripped = stripTrailingPunctuation(trimmed, rules);
  // stripTrailingPunctuation keeps a final full stop only when it belongs to an abbreviation.
  return stripped.endsWith('.') ? stripped : `${stripped}.`;
}

/**
 * Joins list items into running English:
 * - "A", "A and B", "A, B and C" for simple items;
 * - a serial comma ("A, B, and C"; "A, and B") when an item before the last has its own "and", so the last join is not misread;
 * - semicolons ("A; B; and C") when an item before the last has its own commas.
 */
export function joinList(items: readonly string[], rules: EnglishRules): string {
  const and = ` ${rules.conjunction} `;
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] as string;
  const before = items.slice(0, -1);
  if (before.some((item) => item.includes(','))) {
    return `${before.join(rules.complexListSeparator)}${rules.complexListSeparator}${rules.conjunction} ${last}`;
  }
  if (before.some((item) => item.includes(and))) {
    return `${before.join(rules.listSeparator)}${rules.listSeparator}${rules.conjunction} ${last}`;
  }
  return `${before.join(rules.listSeparator)}${and}${last}`;
}

/** Joins clauses that each need their own "that" ("X; that Y; and that Z"), the first "that" coming from the frame. */
export function joinClauses(clauses: readonly string[], repeat: string, rules: EnglishRules): string {
  return joinList(
    clauses.map((clause, i) => (i === 0 ? clause : `${repeat} ${clause}`)),
    rules,
  );
}

/**
 * Quotes official wording inside ‘…’: quotation marks within it become double (“…”), as British usage
 * nests them. Apostrophes are left alone.
 */
export function nestQuotes(text: string): string {
  return text.replace(/‘([^‘’]*(?:’\p{L}[^‘’]*)*)’(?!\p{L})/gu, '“$1”');
}

/** Splits what a user typed into its lines, each trimmed; blank lines are dropped. The text itself is kept as typed. */
export function userLines(value: string): string[] {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
