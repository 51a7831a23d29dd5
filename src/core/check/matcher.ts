/**
 * Finds the descriptor a piece of text was copied from, when it was copied and lightly edited.
 *
 * Two steps, so that a document of hundreds of paragraphs is checked in milliseconds:
 * 1. candidates: an inverted index from word shingles (three words in a row, after folding and stemming) to the
 *    descriptors that contain them; a text's candidates are the descriptors sharing the most shingles with it;
 * 2. verification: a word-level longest common subsequence between the text and each candidate, from which three
 *    measures follow (see {@link MatchFeatures}). A text matches when the measures pass {@link MatchThresholds}.
 *
 * Ordinary review prose shares words and short phrases with descriptors ("pupils make good progress"), but not
 * most of a descriptor's words in the same order, which is what the thresholds ask for. They were chosen on the
 * labelled set in test/fixtures/labelled/ (see test/unit/check-matcher.test.ts for precision and recall).
 */
import type { Descriptor, Framework } from '../framework/framework';
import { wordDiff, type DiffPart } from '../text/diff';
import { foldForWords, foldTypography, scanWords, stem, words } from '../text/normalise';

const SHINGLE = 3;

/** How closely a text follows a descriptor, from the longest common subsequence (LCS) of their words. */
export interface MatchFeatures {
  /** 2·LCS / (text words + descriptor words): high when the two are nearly the same. */
  dice: number;
  /** LCS / text words: how much of the text comes from the descriptor. */
  containment: number;
  /** LCS / descriptor words: how much of the descriptor the text keeps. */
  coverage: number;
  /** Words in the text. */
  textWords: number;
}

export interface MatchThresholds {
  /** Texts (and descriptors) shorter than this many words are never matched: too little to tell. */
  minWords: number;
  /** A text matches when `dice` reaches this… */
  dice: number;
  /** …or when `containment` reaches this and `coverage` reaches {@link MatchThresholds.coverage} (a cut-short copy). */
  containment: number;
  coverage: number;
}

/** Chosen on the labelled set (test/fixtures/labelled/matcher-set.json); see the README's "Checking documents". */
export const DEFAULT_THRESHOLDS: MatchThresholds = { minWords: 6, dice: 0.7, containment: 0.9, coverage: 0.5 };

export interface DescriptorMatch {
  /** The descriptor the text is closest to (when several have this text, the one `rank` put first). */
  descriptor: Descriptor;
  /** Every descriptor with exactly the same text as the closest (the sources repeat some across stages). */
  sameText: Descriptor[];
  /** 0–1: the larger of `dice` and, for a cut-short copy, `containment × coverage`-weighted score. */
  similarity: number;
  features: MatchFeatures;
  /** True when the text is the descriptor word for word (typography such as curly quotes aside). */
  identical: boolean;
  /** Word-level diff from the descriptor to the text. */
  diff: DiffPart[];
}

/** Text compared for identity: typography folded, white space collapsed; case and punctuation kept. */
export function exactKey(text: string): string {
  // foldTypography already collapses every kind of white space and trims.
  return foldTypography(text);
}

interface Entry {
  descriptor: Descriptor;
  words: string[];
  /** The words as vocabulary ids, for the LCS. */
  ids: Int32Array;
  /** Each distinct word id and how often it occurs, for the bag-of-words bound on the LCS. */
  bag: Int32Array;
  key: string;
}

/** LCS length of a[aFrom..aTo) and b (a word missing from the vocabulary is -1 in a text and never in a descriptor). */
function lcsOfIds(a: Int32Array, aFrom: number, aTo: number, b: Int32Array, prev: Uint16Array, curr: Uint16Array): number {
  if (aTo <= aFrom || b.length === 0) return 0;
  prev.fill(0, 0, b.length + 1);
  curr.fill(0, 0, b.length + 1);
  for (let i = aFrom; i < aTo; i++) {
    const ai = a[i];
    for (let j = 1; j <= b.length; j++) {
      curr[j] = ai === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, curr[j - 1] as number);
    }
    const swap = prev;
    prev = curr;
    curr = swap;
  }
  return prev[b.length] as number;
}

function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Uint16Array(b.length + 1);
  let curr = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      curr[j] = ai === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, curr[j - 1] as number);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] as number;
}

/** `passes(featuresOf(l, n, m), t)` without making the features: for the bounds tried on every candidate. */
function couldPass(l: number, n: number, m: number, t: MatchThresholds): boolean {
  if (n < t.minWords) return false;
  return (n + m === 0 ? 0 : (2 * l) / (n + m)) >= t.dice || ((n === 0 ? 0 : l / n) >= t.containment && (m === 0 ? 0 : l / m) >= t.coverage);
}

/** The three measures for an LCS of `l` words between a text of `n` words and a descriptor of `m`. */
function featuresOf(l: number, n: number, m: number): MatchFeatures {
  return { dice: n + m === 0 ? 0 : (2 * l) / (n + m), containment: n === 0 ? 0 : l / n, coverage: m === 0 ? 0 : l / m, textWords: n };
}

/** The three LCS measures between a text's words and a descriptor's words. */
export function matchFeatures(textWords: readonly string[], descriptorWords: readonly string[]): MatchFeatures {
  return featuresOf(lcsLength(textWords, descriptorWords), textWords.length, descriptorWords.length);
}

/** Whether the measures say "copied from this descriptor". */
export function passes(f: MatchFeatures, t: MatchThresholds): boolean {
  if (f.textWords < t.minWords) return false;
  return f.dice >= t.dice || (f.containment >= t.containment && f.coverage >= t.coverage);
}

function similarityOf(f: MatchFeatures, t: MatchThresholds): number {
  const cut = f.containment >= t.containment && f.coverage >= t.coverage ? (f.containment + f.coverage) / 2 : 0;
  return Math.max(f.dice, cut);
}

/** The most distinct descriptor words the index takes: a shingle's three ids in this base stay exact as numbers. */
const ID_BASE = 2 ** 17;

/** The most words as written that {@link DescriptorIndex} keeps the ids of (a power of two; the table has twice as many slots). */
const RAW_WORDS_MAX = 2 ** 15;

/** A shingle (three words in a row) as a number: the three vocabulary ids in base `base`; null when a word is unknown. */
function shingleKey(ids: Int32Array, i: number, base: number): number | null {
  const a = ids[i] as number;
  const b = ids[i + 1] as number;
  const c = ids[i + 2] as number;
  if (a < 0 || b < 0 || c < 0) return null;
  return (a * base + b) * base + c;
}

/** A number for a sequence of word ids, to rule out most texts before comparing them with a descriptor's words. */
function sequenceHash(ids: Int32Array, from: number, to: number): number {
  let h = 0x811c9dc5 ^ (to - from);
  for (let i = from; i < to; i++) h = Math.imul(h ^ (ids[i] as number), 0x01000193);
  return h;
}

export interface MatchOptions {
  thresholds?: MatchThresholds;
  /** Among descriptors with the same text, the one ranked lowest is reported (e.g. 0 for the document's own stage). */
  rank?: (d: Descriptor) => number;
  /** How many candidates to verify. */
  candidates?: number;
}

/**
 * The inverted index over every descriptor of both documents. Build once per framework ({@link descriptorIndex}).
 *
 * Words are interned as ids (a descriptor vocabulary of a few thousand words), shingles are numbers and candidates are
 * counted in one reused array: the checker asks this index about every sentence of every document, and strings,
 * maps and sorts per question were most of a check's time. A text's word ids go into one reused buffer, and a
 * paragraph and its sentences share them ({@link DescriptorIndex.matchWithParts}). {@link DescriptorIndex.match} also
 * skips, without working out the LCS, every candidate whose LCS could not pass the thresholds even at its upper bound
 * (the shorter length, and the words the two have in common); {@link DescriptorIndex.closest} verifies them all.
 */
export class DescriptorIndex {
  private readonly entries: Entry[] = [];
  /** Shingle → its number in {@link postings} and {@link seen}. */
  private readonly shingles = new Map<number, number>();
  /** Per shingle, the entries that have it. */
  private readonly postings: number[][] = [];
  /** Per shingle, the question that last counted it (so a shingle a text repeats counts once). */
  private readonly seen: Int32Array;
  private question = 0;
  private readonly byKey = new Map<string, number[]>();
  /** {@link sequenceHash} of each entry's words: a text can only be some descriptor word for word if its hash is here. */
  private readonly sequences = new Set<number>();
  private readonly vocabulary = new Map<string, number>();
  /** The base of shingle numbers: the vocabulary's size, so that for a few thousand words they are small integers. */
  private readonly base: number;
  /** The word counts of the descriptors, distinct, for the quick "can any descriptor pass at this length?" test. */
  private readonly lengths: number[];
  /** Per entry, how many of a text's shingles it shares (zeroed after each use). */
  private readonly shared: Int32Array;
  /** Per vocabulary id, how often a text has it (zeroed after each use). */
  private readonly textBag: Int32Array;
  /** The word ids of the text being asked about (-1 for a word no descriptor has); reused. */
  private ids = new Int32Array(256);
  /**
   * Per place in {@link ids}, the number of the shingle starting there (-1: none a descriptor has), looked up once for a
   * paragraph and all its sentences: a place's shingle is valid while {@link shingleTexts} holds {@link textNumber}.
   */
  private shingleAt = new Int32Array(256);
  private shingleTexts = new Int32Array(256);
  /** Counts the texts loaded from place 0 (a paragraph and its sentences are one). */
  private textNumber = 0;
  private prev = new Uint16Array(64);
  private curr = new Uint16Array(64);
  /** Words as written (lower case, before stemming), their hashes and ids, and the table of them by hash (index + 1). */
  private readonly rawWords: string[] = [];
  private readonly rawHashes: number[] = [];
  private readonly rawIds: number[] = [];
  private readonly rawSlots = new Int32Array(2 * RAW_WORDS_MAX);

  constructor(descriptors: readonly Descriptor[], private readonly minWords = DEFAULT_THRESHOLDS.minWords) {
    for (const descriptor of descriptors) {
      const ws = words(descriptor.text);
      if (ws.length < minWords) continue;
      const index = this.entries.length;
      const key = exactKey(descriptor.text);
      // Plain loops: each thread builds this index once, before its code is optimised, and the iterator forms
      // (Int32Array.from with a function, a Map's entries) ran slowly there.
      const ids = new Int32Array(ws.length);
      for (let i = 0; i < ws.length; i++) ids[i] = this.intern(ws[i] as string);
      // Each distinct id (in order of first use) and its count.
      const slots = new Map<number, number>();
      const pairs: number[] = [];
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as number;
        const slot = slots.get(id);
        if (slot === undefined) {
          slots.set(id, pairs.length);
          pairs.push(id, 1);
        } else pairs[slot + 1] = (pairs[slot + 1] as number) + 1;
      }
      const bag = new Int32Array(pairs);
      this.entries.push({ descriptor, words: ws, ids, bag, key });
      this.sequences.add(sequenceHash(ids, 0, ids.length));
      const same = this.byKey.get(key);
      if (same) same.push(index);
      else this.byKey.set(key, [index]);
    }
    this.base = Math.max(1, this.vocabulary.size);
    this.entries.forEach((entry, index) => {
      for (let i = 0; i + SHINGLE <= entry.ids.length; i++) {
        const key = shingleKey(entry.ids, i, this.base) as number;
        let s = this.shingles.get(key);
        if (s === undefined) {
          s = this.postings.length;
          this.shingles.set(key, s);
          this.postings.push([]);
        }
        const list = this.postings[s] as number[];
        // Distinct entries per shingle, in entry order.
        if (list[list.length - 1] !== index) list.push(index);
      }
    });
    this.seen = new Int32Array(this.postings.length);
    this.lengths = [...new Set(this.entries.map((e) => e.words.length))].sort((a, b) => a - b);
    this.shared = new Int32Array(this.entries.length);
    this.textBag = new Int32Array(this.vocabulary.size);
  }

  private intern(word: string): number {
    let id = this.vocabulary.get(word);
    if (id === undefined) {
      id = this.vocabulary.size;
      if (id >= ID_BASE) throw new Error(`The descriptors have more than ${ID_BASE} distinct words, more than the matcher indexes.`);
      this.vocabulary.set(word, id);
    }
    return id;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Puts the word ids of `text` into {@link ids} from `at` (as `words(text)` looked up); returns where they end. */
  private load(text: string, at: number): number {
    const lower = foldForWords(text).toLowerCase();
    let i = at;
    if (at === 0) this.textNumber += 1;
    scanWords(lower, (start, end) => {
      if (i === this.ids.length) {
        const grown = new Int32Array(2 * this.ids.length);
        grown.set(this.ids);
        this.ids = grown;
        this.shingleAt = new Int32Array(grown.length);
        // A new array: no place's shingle is known (0 is never a text's number).
        this.shingleTexts = new Int32Array(grown.length);
      }
      this.ids[i++] = this.wordId(lower, start, end);
    });
    return i;
  }

  /**
   * The vocabulary id of the word lower[start..end) once stemmed, or -1. Words as written (before stemming) are kept
   * with their ids in a small open-addressing table, so a word met before costs a hash of its characters and no
   * string; the table stops taking words at {@link RAW_WORDS_MAX}, so memory does not grow with the documents.
   */
  private wordId(lower: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) h = Math.imul(h ^ lower.charCodeAt(k), 0x01000193);
    const table = this.rawSlots;
    const mask = table.length - 1;
    let slot = h & mask;
    for (let e = table[slot] as number; e !== 0; e = table[slot] as number) {
      const known = this.rawWords[e - 1] as string;
      if (this.rawHashes[e - 1] === h && known.length === end - start && lower.startsWith(known, start)) return this.rawIds[e - 1] as number;
      slot = (slot + 1) & mask;
    }
    const raw = lower.slice(start, end);
    const id = this.vocabulary.get(stem(raw)) ?? -1;
    if (this.rawWords.length < RAW_WORDS_MAX) {
      this.rawWords.push(raw);
      this.rawHashes.push(h);
      this.rawIds.push(id);
      table[slot] = this.rawWords.length;
    }
    return id;
  }

  /** The entries sharing the most shingles with the words in ids[from..to), most first (ties by index). */
  private candidates(from: number, to: number, limit: number): number[] {
    const { shared, seen, postings, shingleAt, shingleTexts, textNumber } = this;
    const question = ++this.question;
    const touched: number[] = [];
    for (let i = from; i + SHINGLE <= to; i++) {
      let s: number;
      if (shingleTexts[i] === textNumber) s = shingleAt[i] as number;
      else {
        const key = shingleKey(this.ids, i, this.base);
        s = key === null ? -1 : (this.shingles.get(key) ?? -1);
        shingleAt[i] = s;
        shingleTexts[i] = textNumber;
      }
      if (s < 0 || seen[s] === question) continue;
      seen[s] = question;
      for (const e of postings[s] as number[]) if (shared[e]++ === 0) touched.push(e);
    }
    touched.sort((a, b) => (shared[b] as number) - (shared[a] as number) || a - b);
    for (const e of touched) shared[e] = 0;
    return touched.length > limit ? touched.slice(0, limit) : touched;
  }

  /** Upper bound of the LCS of the text (whose id counts are in textBag) and an entry: the words they share. */
  private sharedWords(entry: Entry): number {
    let n = 0;
    const bag = entry.bag;
    for (let k = 0; k < bag.length; k += 2) n += Math.min(this.textBag[bag[k] as number] as number, bag[k + 1] as number);
    return n;
  }

  private lcs(from: number, to: number, b: Int32Array): number {
    if (this.prev.length <= b.length) {
      this.prev = new Uint16Array(b.length + 1);
      this.curr = new Uint16Array(b.length + 1);
    }
    return lcsOfIds(this.ids, from, to, b, this.prev, this.curr);
  }

  /**
   * The closest descriptor to a text and how close it is, whether or not it passes the thresholds; null when the
   * text is too short or shares no three-word run with any descriptor.
   */
  closest(text: string, options: MatchOptions = {}): DescriptorMatch | null {
    return this.search(text, 0, this.load(text, 0), options, false);
  }

  /** The descriptor a text was copied from, or null when it passes no threshold (ordinary prose). */
  match(text: string, options: MatchOptions = {}): DescriptorMatch | null {
    return this.passing(text, 0, this.load(text, 0), options);
  }

  /**
   * {@link match} for a text and then for each of its parts, in that order. The parts must be the text split at white
   * space or line breaks, with nothing else left out (as sentences are), so that the text's words are its parts'
   * words in turn: each part's words are then read once, for the part and for the whole text.
   */
  matchWithParts(text: string, parts: readonly string[], options: MatchOptions = {}): (DescriptorMatch | null)[] {
    const ends: number[] = [];
    let end = 0;
    for (const part of parts) ends.push((end = this.load(part, end)));
    const out = [this.passing(text, 0, end, options)];
    parts.forEach((part, k) => out.push(this.passing(part, k === 0 ? 0 : (ends[k - 1] as number), ends[k] as number, options)));
    return out;
  }

  private passing(text: string, from: number, to: number, options: MatchOptions): DescriptorMatch | null {
    const found = this.search(text, from, to, options, true);
    if (!found) return null;
    return found.identical || passes(found.features, options.thresholds ?? DEFAULT_THRESHOLDS) ? found : null;
  }

  /**
   * The closest candidate to `text`, whose word ids are ids[from..to). With `passingOnly`, candidates that cannot
   * pass are not verified: the answer is the same whenever one passes (a passing candidate always scores above one
   * that does not), and null-or-failing otherwise.
   */
  private search(text: string, from: number, to: number, options: MatchOptions, passingOnly: boolean): DescriptorMatch | null {
    const t = options.thresholds ?? DEFAULT_THRESHOLDS;
    const n = to - from;
    if (n < t.minWords) return null;
    const ids = this.ids;
    let known = 0;
    for (let i = from; i < to; i++) if ((ids[i] as number) >= 0) known += 1;
    // Word for word a descriptor (typography aside)? Only a text whose words are all descriptor words, in an order
    // some descriptor has, can be; only then is it folded and compared.
    if (known === n && this.sequences.has(sequenceHash(ids, from, to))) {
      const exact = this.byKey.get(exactKey(text));
      if (exact) return this.result(exact, text, { dice: 1, containment: 1, coverage: 1, textWords: n }, t, options, true);
    }
    if (passingOnly) {
      // No descriptor length lets a text of n words (known of them in the vocabulary) pass: ordinary prose, done.
      let any = false;
      for (const m of this.lengths) if ((any = couldPass(Math.min(known, m), n, m, t))) break;
      if (!any) return null;
    }
    const candidates = this.candidates(from, to, options.candidates ?? 12);
    if (candidates.length === 0) return null;
    if (passingOnly) for (let i = from; i < to; i++) if ((ids[i] as number) >= 0) this.textBag[ids[i] as number] += 1;
    let best: { index: number; f: MatchFeatures; score: number } | null = null;
    try {
      for (const index of candidates) {
        const entry = this.entries[index] as Entry;
        const m = entry.ids.length;
        if (passingOnly && !couldPass(Math.min(n, m, this.sharedWords(entry)), n, m, t)) continue;
        const f = featuresOf(this.lcs(from, to, entry.ids), n, m);
        const score = similarityOf(f, t) + (passes(f, t) ? 1 : 0);
        if (!best || score > best.score) best = { index, f, score };
      }
    } finally {
      if (passingOnly) for (let i = from; i < to; i++) if ((ids[i] as number) >= 0) this.textBag[ids[i] as number] = 0;
    }
    if (!best) return null;
    const entry = this.entries[best.index] as Entry;
    return this.result(this.byKey.get(entry.key) ?? [best.index], text, best.f, t, options, false);
  }

  private result(indices: number[], text: string, f: MatchFeatures, t: MatchThresholds, options: MatchOptions, identical: boolean): DescriptorMatch {
    const sameText = indices.map((i) => (this.entries[i] as Entry).descriptor);
    const rank = options.rank;
    const descriptor = rank ? sameText.reduce((best, d) => (rank(d) < rank(best) ? d : best)) : (sameText[0] as Descriptor);
    // The diff is worked out on first read: most texts checked are ordinary prose whose closest descriptor fails the
    // thresholds, and diffing them cost more than all the rest of a check (profiled over 150 generated reviews).
    let diff: DiffPart[] | undefined;
    return {
      descriptor,
      sameText,
      similarity: identical ? 1 : similarityOf(f, t),
      features: f,
      identical,
      get diff() {
        diff ??= identical ? [{ op: 'equal', text }] : wordDiff(descriptor.text, text);
        return diff;
      },
    };
  }
}

const cache = new WeakMap<Framework, DescriptorIndex>();

/** The framework's descriptor index, built on first use. */
export function descriptorIndex(framework: Framework): DescriptorIndex {
  let index = cache.get(framework);
  if (!index) {
    index = new DescriptorIndex(framework.descriptors);
    cache.set(framework, index);
  }
  return index;
}
