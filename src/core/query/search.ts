import type { Descriptor, Framework } from '../framework/framework';
import type { RoleCode, StageCode } from '../framework/types';
import { wordSpans, words } from '../text/normalise';

/** Words too common in the guidance to help rank a match. They still match; they just add little. */
const WEAK = new Set(['the', 'and', 'of', 'to', 'in', 'a', 'an', 'for', 'with', 'on', 'their', 'all', 'be', 'is', 'are', 'that', 'this', 'as', 'or', 'by', 'at']);

interface Posting {
  doc: number;
  tf: number;
}

interface SearchIndex {
  docs: readonly Descriptor[];
  lengths: Float64Array;
  averageLength: number;
  postings: Map<string, Posting[]>;
  /** Every indexed word, sorted, for prefix look-ups while the user is still typing a word. */
  vocabulary: string[];
}

const indexes = new WeakMap<Framework, SearchIndex>();

function buildIndex(framework: Framework): SearchIndex {
  const docs = framework.descriptors.filter((d) => !d.retired);
  const postings = new Map<string, Posting[]>();
  const lengths = new Float64Array(docs.length);
  docs.forEach((d, doc) => {
    const tokens = words(d.text);
    if (d.standard) tokens.push(d.standard);
    lengths[doc] = tokens.length;
    const counts = new Map<string, number>();
    for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, tf] of counts) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push({ doc, tf });
    }
  });
  const total = lengths.reduce((a, b) => a + b, 0);
  return { docs, lengths, averageLength: docs.length ? total / docs.length : 1, postings, vocabulary: [...postings.keys()].sort() };
}

function indexFor(framework: Framework): SearchIndex {
  let index = indexes.get(framework);
  if (!index) indexes.set(framework, (index = buildIndex(framework)));
  return index;
}

function wordsWithPrefix(vocabulary: string[], prefix: string): string[] {
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((vocabulary[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < vocabulary.length && (vocabulary[i] as string).startsWith(prefix); i++) out.push(vocabulary[i] as string);
  return out;
}

export interface SearchOptions {
  /** Only Teachers' Standards descriptors of these stages (career expectations are filtered by `roles`). */
  stages?: readonly StageCode[];
  /** Only career expectations descriptors of these roles. */
  roles?: readonly RoleCode[];
  /** Which documents to search; both by default. */
  sources?: readonly Descriptor['source'][];
  limit?: number;
}

export interface SearchHit {
  descriptor: Descriptor;
  score: number;
}

/**
 * Ranked full-text search over descriptors. Case, punctuation, curly quotes and plurals are ignored;
 * every query word must match (the last one may be a prefix, as the user is typing). Scored with BM25,
 * with a bonus when the words appear in the query's order.
 */
export function searchDescriptors(framework: Framework, query: string, options: SearchOptions = {}): SearchHit[] {
  const terms = words(query);
  if (terms.length === 0) return [];
  const index = indexFor(framework);
  const n = index.docs.length;
  const k1 = 1.2;
  const b = 0.75;
  const scores = new Map<number, number>();
  let first = true;
  const lastOpen = /[\p{L}\p{N}]$/u.test(query.trim());
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t] as string;
    const expansions = t === terms.length - 1 && lastOpen ? wordsWithPrefix(index.vocabulary, term) : index.postings.has(term) ? [term] : [];
    const termScores = new Map<number, number>();
    for (const word of expansions) {
      const list = index.postings.get(word) ?? [];
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)) * (WEAK.has(word) ? 0.2 : 1);
      const exact = word === term ? 1 : 0.8;
      for (const { doc, tf } of list) {
        const norm = tf + k1 * (1 - b + (b * (index.lengths[doc] as number)) / index.averageLength);
        const s = (idf * (tf * (k1 + 1))) / norm * exact;
        termScores.set(doc, Math.max(termScores.get(doc) ?? 0, s));
      }
    }
    if (first) {
      for (const [doc, s] of termScores) scores.set(doc, s);
      first = false;
    } else {
      for (const [doc, s] of scores) {
        const add = termScores.get(doc);
        if (add === undefined) scores.delete(doc);
        else scores.set(doc, s + add);
      }
    }
    if (scores.size === 0) return [];
  }
  const stages = options.stages ? new Set(options.stages) : null;
  const roles = options.roles ? new Set(options.roles) : null;
  const sources = options.sources ? new Set(options.sources) : null;
  const phrase = terms.join(' ');
  const hits: SearchHit[] = [];
  for (const [doc, score] of scores) {
    const d = index.docs[doc] as Descriptor;
    if (sources && !sources.has(d.source)) continue;
    if (d.stage && stages && !stages.has(d.stage)) continue;
    if (d.role && roles && !roles.has(d.role)) continue;
    const bonus = terms.length > 1 && words(d.text).join(' ').includes(phrase) ? 1.5 : 1;
    hits.push({ descriptor: d, score: score * bonus });
  }
  hits.sort((x, y) => y.score - x.score || x.descriptor.order - y.descriptor.order);
  return options.limit ? hits.slice(0, options.limit) : hits;
}

/** Character ranges of `text` that match the query's words (the last word as a prefix), for highlighting. */
export function matchRanges(text: string, query: string): [number, number][] {
  const terms = words(query);
  if (terms.length === 0) return [];
  const last = terms[terms.length - 1] as string;
  const exact = new Set(terms.slice(0, -1));
  const lastOpen = /[\p{L}\p{N}]$/u.test(query.trim());
  const ranges: [number, number][] = [];
  for (const span of wordSpans(text)) {
    if (exact.has(span.word) || span.word === last || (lastOpen && span.word.startsWith(last))) ranges.push([span.start, span.end]);
  }
  return ranges;
}
