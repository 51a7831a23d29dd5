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
import { foldTypography, words } from '../text/normalise';

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
  return foldTypography(text).replace(/\s+/g, ' ').trim();
}

interface Entry {
  descriptor: Descriptor;
  words: string[];
  key: string;
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

/** The three LCS measures between a text's words and a descriptor's words. */
export function matchFeatures(textWords: readonly string[], descriptorWords: readonly string[]): MatchFeatures {
  const l = lcsLength(textWords, descriptorWords);
  const n = textWords.length;
  const m = descriptorWords.length;
  return { dice: n + m === 0 ? 0 : (2 * l) / (n + m), containment: n === 0 ? 0 : l / n, coverage: m === 0 ? 0 : l / m, textWords: n };
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

function shingles(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= ws.length; i++) out.push(ws.slice(i, i + SHINGLE).join(' '));
  return out;
}

export interface MatchOptions {
  thresholds?: MatchThresholds;
  /** Among descriptors with the same text, the one ranked lowest is reported (e.g. 0 for the document's own stage). */
  rank?: (d: Descriptor) => number;
  /** How many candidates to verify. */
  candidates?: number;
}

/** The inverted index over every descriptor of both documents. Build once per framework ({@link descriptorIndex}). */
export class DescriptorIndex {
  private readonly entries: Entry[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly byKey = new Map<string, number[]>();

  constructor(descriptors: readonly Descriptor[], private readonly minWords = DEFAULT_THRESHOLDS.minWords) {
    for (const descriptor of descriptors) {
      const ws = words(descriptor.text);
      if (ws.length < minWords) continue;
      const index = this.entries.length;
      const key = exactKey(descriptor.text);
      this.entries.push({ descriptor, words: ws, key });
      const same = this.byKey.get(key);
      if (same) same.push(index);
      else this.byKey.set(key, [index]);
      for (const s of new Set(shingles(ws))) {
        const list = this.postings.get(s);
        if (list) list.push(index);
        else this.postings.set(s, [index]);
      }
    }
  }

  get size(): number {
    return this.entries.length;
  }

  /** The entries sharing the most shingles with these words, most first. */
  private candidates(ws: readonly string[], limit: number): number[] {
    const counts = new Map<number, number>();
    for (const s of new Set(shingles(ws))) {
      const list = this.postings.get(s);
      if (!list) continue;
      for (const i of list) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([i]) => i);
  }

  /**
   * The closest descriptor to a text and how close it is, whether or not it passes the thresholds; null when the
   * text is too short or shares no three-word run with any descriptor.
   */
  closest(text: string, options: MatchOptions = {}): DescriptorMatch | null {
    const t = options.thresholds ?? DEFAULT_THRESHOLDS;
    const ws = words(text);
    if (ws.length < t.minWords) return null;
    const key = exactKey(text);
    const exact = this.byKey.get(key);
    if (exact) return this.result(exact, text, { dice: 1, containment: 1, coverage: 1, textWords: ws.length }, t, options, true);
    let best: { index: number; f: MatchFeatures; score: number } | null = null;
    for (const index of this.candidates(ws, options.candidates ?? 12)) {
      const f = matchFeatures(ws, (this.entries[index] as Entry).words);
      const score = similarityOf(f, t) + (passes(f, t) ? 1 : 0);
      if (!best || score > best.score) best = { index, f, score };
    }
    if (!best) return null;
    const entry = this.entries[best.index] as Entry;
    return this.result(this.byKey.get(entry.key) ?? [best.index], text, best.f, t, options, false);
  }

  /** The descriptor a text was copied from, or null when it passes no threshold (ordinary prose). */
  match(text: string, options: MatchOptions = {}): DescriptorMatch | null {
    const found = this.closest(text, options);
    if (!found) return null;
    return found.identical || passes(found.features, options.thresholds ?? DEFAULT_THRESHOLDS) ? found : null;
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
