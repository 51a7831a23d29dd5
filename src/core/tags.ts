/**
 * Content-control tags: every kind this add-in writes, built and read back in this one module.
 *
 * | kind          | tag                                   | example                         |
 * |---------------|---------------------------------------|---------------------------------|
 * | `descriptor`  | `tsd:<descriptor id>`                 | `tsd:TS2.1/MPR/2`               |
 * | `objective`   | `tso:<id>,<id>,…`                     | `tso:TS2.1/MPR/1,TS2.1/MPR/2`   |
 * | `development` | `tsa:<id>,<id>,…` (area for development) | `tsa:TS4.1/MPR/1`            |
 * | `rationale`   | `tsr:<role>/<rating>`                 | `tsr:MPR-TLR/achieved`          |
 * | `pay`         | `tsp:<role>/<recommendation>`         | `tsp:UPR/progress`              |
 *
 * Lengths (docs/word-behaviour.md, point 9): Word shows only the first 64 characters of a title (office-js-docs-reference
 * #1238), and no Microsoft source gives a longer length Word keeps for a tag, so this add-in writes at most
 * {@link MAX_TITLE_LENGTH} and {@link MAX_TAG_LENGTH} (64) characters. A title that would be longer loses whole words
 * from its longest part ({@link fitTitle}), so it still says what the block is. An id list that would make the tag
 * longer is written compactly ({@link compactIds}): ids sharing everything up to their last `/` become one item,
 * `TS2.1/MPR/1+2+4-6`, or, where shorter, a hexadecimal bit set of the numbers, `TS2.1/MPR/x3b` (bit n-1 for number n),
 * so the cited ids of any selection within a cell fit and are read back exactly. Documents written by earlier versions
 * may have an id list that ends with `,…+N` and carries the N left-out ids at the end of the title, as ` [+<id>,…]`;
 * {@link parseTag} still reads those.
 *
 * Parsing reads the shape of a tag only: a rationale's role and rating, or a pay recommendation's role, are returned
 * as written, and the checker decides whether the framework edition has them. A tag of this add-in that cannot be
 * read is `malformed` (the checker's wording says why); any other tag (another add-in's, or none) is `other`.
 */

/** The most characters of a content-control tag this add-in writes (see the lengths note above). */
export const MAX_TAG_LENGTH = 64;
/** The most characters of a content-control title this add-in writes: what Word shows of a title. */
export const MAX_TITLE_LENGTH = 64;

/** The kinds of tag, in the users' words. */
export type TagKind = 'descriptor' | 'objective' | 'development' | 'rationale' | 'pay';

/** The prefix (before the colon) of each kind's tags. */
export const TAG_PREFIXES: Readonly<Record<TagKind, string>> = {
  descriptor: 'tsd',
  objective: 'tso',
  development: 'tsa',
  rationale: 'tsr',
  pay: 'tsp',
};

const KIND_OF_PREFIX: ReadonlyMap<string, TagKind> = new Map(
  (Object.entries(TAG_PREFIXES) as [TagKind, string][]).map(([kind, prefix]) => [prefix, kind]),
);

/** The pay recommendations a `pay` tag may record. */
export const PAY_RECOMMENDATIONS = ['progress', 'no-progress', 'not-eligible', 'not-applicable'] as const;
export type PayRecommendation = (typeof PAY_RECOMMENDATIONS)[number];

export function isPayRecommendation(value: string): value is PayRecommendation {
  return (PAY_RECOMMENDATIONS as readonly string[]).includes(value);
}

/** The kinds whose tags list descriptor ids (and may overflow into the title). */
export type IdListTagKind = 'objective' | 'development';

export type ParsedTag =
  | { kind: 'descriptor'; id: string }
  /** `missing`: ids the tag says overflowed into the title but the title no longer lists (e.g. the title was edited). */
  | { kind: 'objective'; ids: string[]; missing: number }
  | { kind: 'development'; ids: string[]; missing: number }
  /** Role and rating as written; not checked against the framework. */
  | { kind: 'rationale'; role: string; rating: string }
  /** Role and recommendation as written; `isPayRecommendation` says whether the recommendation is one of ours. */
  | { kind: 'pay'; role: string; recommendation: string }
  /** `empty`: nothing after the colon; `shape`: not the kind's shape (the checker's wording says why, per kind). */
  | { kind: 'malformed'; of: TagKind; problem: 'empty' | 'shape' }
  | { kind: 'other' };

// ---- building ----

/** `tsd:<id>`: the tag of one inserted descriptor. */
export function descriptorTag(id: string): string {
  return `${TAG_PREFIXES.descriptor}:${id}`;
}

/** `tsr:<role>/<rating>`: the tag of a rating rationale. */
export function rationaleTag(role: string, rating: string): string {
  return `${TAG_PREFIXES.rationale}:${role}/${rating}`;
}

/** `tsp:<role>/<recommendation>`: the tag of a pay recommendation. */
export function payTag(role: string, recommendation: PayRecommendation): string {
  return `${TAG_PREFIXES.pay}:${role}/${recommendation}`;
}

/**
 * A title within {@link MAX_TITLE_LENGTH} characters that still says what the block is: while it is too long, the part
 * (between " · ") with the most words loses its last word ("Exceptional performance" becomes "Exceptional"), leaving
 * alone the parts named in `keep` (e.g. a career stage's name) and parts with a number in them; a title still too long
 * then ends with "…".
 */
export function fitTitle(title: string, keep: readonly string[] = [], max = MAX_TITLE_LENGTH): string {
  if (title.length <= max) return title;
  const fixed = (part: string) => keep.includes(part) || /\d/.test(part);
  const parts = title.split(' · ').map((part) => (fixed(part) ? [part] : part.split(' ')));
  const joined = () => parts.map((words) => words.join(' ')).join(' · ');
  while (joined().length > max) {
    let pick = -1;
    parts.forEach((words, i) => {
      const best = parts[pick];
      if (words.length > 1 && (!best || words.length > best.length || (words.length === best.length && words.join(' ').length > best.join(' ').length))) pick = i;
    });
    if (pick < 0) break;
    (parts[pick] as string[]).pop();
  }
  const fitted = joined();
  return fitted.length <= max ? fitted : `${fitted.slice(0, max - 1).trimEnd()}…`;
}

/** The numbers as runs ("1-3+5"), or as a hexadecimal bit set ("x17"), whichever is shorter. */
function numberSet(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j += 1;
    runs.push(j - i >= 2 ? `${sorted[i]}-${sorted[j]}` : sorted.slice(i, j + 1).join('+'));
    i = j + 1;
  }
  const listed = runs.join('+');
  const nibbles: number[] = [];
  for (const n of sorted) {
    const k = Math.floor((n - 1) / 4);
    while (nibbles.length <= k) nibbles.push(0);
    nibbles[k] = (nibbles[k] as number) | (1 << ((n - 1) % 4));
  }
  const bits = `x${nibbles.reverse().map((v) => v.toString(16)).join('')}`;
  return bits.length < listed.length ? bits : listed;
}

/**
 * Descriptor ids written compactly: a run of ids that share everything up to their last "/" and end in increasing
 * numbers becomes one item (`TS2.1/MPR/1+2+4-6`, or `TS2.1/MPR/x3b`); other ids stay as they are. Reading the items
 * back gives the same ids in the same order.
 */
export function compactIds(ids: readonly string[]): string {
  const items: { prefix: string; numbers: number[] }[] = [];
  const loose: string[] = [];
  const order: (number | string)[] = [];
  for (const id of ids) {
    const m = /^(.*\/)([1-9]\d*)$/.exec(id);
    const last = items[items.length - 1];
    if (!m) {
      loose.push(id);
      order.push(id);
      continue;
    }
    const n = Number(m[2]);
    if (last && order[order.length - 1] === items.length - 1 && last.prefix === m[1] && n > (last.numbers[last.numbers.length - 1] as number)) last.numbers.push(n);
    else {
      items.push({ prefix: m[1] as string, numbers: [n] });
      order.push(items.length - 1);
    }
  }
  return order.map((o) => (typeof o === 'string' ? o : `${(items[o] as { prefix: string }).prefix}${numberSet((items[o] as { numbers: number[] }).numbers)}`)).join(',');
}

/**
 * Descriptor ids `<A>/<Y>/<n>` from several cells that share their middle part (a stage: `TS1.1/ECT1/1`,
 * `TS2.4/ECT1/3`) written as one group per run sharing `Y`: `{ECT1}:TS1.1/1;TS2.4/3`, each entry's numbers written as in
 * {@link compactIds}. Other ids stay as they are. Reading back gives the same ids in the same order.
 */
export function groupedIds(ids: readonly string[]): string {
  const items: string[] = [];
  let run: { middle: string; entries: { head: string; numbers: number[] }[] } | null = null;
  const close = () => {
    if (run) items.push(`{${run.middle}}:${run.entries.map((e) => `${e.head}/${numberSet(e.numbers)}`).join(';')}`);
    run = null;
  };
  for (const id of ids) {
    const m = /^([^/{}:;,]+)\/([^/{}:;,]+)\/([1-9]\d*)$/.exec(id);
    if (!m) {
      close();
      items.push(id);
      continue;
    }
    const [, head, middle, n] = m as unknown as [string, string, string, string];
    if (!run || (run as { middle: string }).middle !== middle) {
      close();
      run = { middle, entries: [] };
    }
    const current: { middle: string; entries: { head: string; numbers: number[] }[] } = run;
    const last = current.entries[current.entries.length - 1];
    if (last && last.head === head && Number(n) > (last.numbers[last.numbers.length - 1] as number)) last.numbers.push(Number(n));
    else current.entries.push({ head, numbers: [Number(n)] });
  }
  close();
  return items.join(',');
}

/** The ids an item of an id list stands for: itself, or the ids of a compact item. */
function expandItem(item: string): string[] | null {
  const group = /^\{([^}]+)\}:(.+)$/.exec(item);
  if (group) {
    const out: string[] = [];
    for (const entry of (group[2] as string).split(';')) {
      const slash = entry.lastIndexOf('/');
      if (slash <= 0) return null;
      const ids = expandItem(`${entry.slice(0, slash)}/${group[1]}/${entry.slice(slash + 1)}`);
      if (!ids) return null;
      out.push(...ids);
    }
    return out;
  }
  const m = /^(.*\/)(x[0-9a-f]+|\d+(?:-\d+)?(?:\+\d+(?:-\d+)?)*)$/i.exec(item);
  if (!m || !/[x+-]/i.test(m[2] as string)) return [item];
  if (/^x0*$/i.test(m[2] as string)) return null;
  const prefix = m[1] as string;
  const body = m[2] as string;
  const numbers: number[] = [];
  if (/^x/i.test(body)) {
    const hex = body.slice(1);
    for (let k = 0; k < hex.length; k += 1) {
      const value = parseInt(hex[hex.length - 1 - k] as string, 16);
      for (let bit = 0; bit < 4; bit += 1) if (value & (1 << bit)) numbers.push(k * 4 + bit + 1);
    }
  } else {
    for (const run of body.split('+')) {
      const [a, b] = run.split('-').map(Number) as [number, number | undefined];
      if (b === undefined) numbers.push(a);
      else {
        if (b < a || b - a > 10000) return null;
        for (let n = a; n <= b; n += 1) numbers.push(n);
      }
    }
  }
  return numbers.length > 0 ? numbers.map((n) => `${prefix}${n}`) : null;
}

/**
 * The tag and title of a block that cites descriptors by id (an objective or an area for development): the ids as a
 * comma list when that fits in {@link MAX_TAG_LENGTH}, else written compactly ({@link compactIds}); the title fitted
 * ({@link fitTitle}, keeping the parts named in `keep`). Only when even the compact form does not fit (ids from many
 * cells of the standards) does the tag keep the items that fit and end with `,…+N`, the N left-out ids going at the end
 * of the title as ` [+<id>,…]`: Word shows only the first 64 characters of a title, but the self-test reports whether
 * it keeps more (docs/word-behaviour.md, point 9).
 */
export function idListTagAndTitle(kind: IdListTagKind, ids: readonly string[], humanTitle: string, keep: readonly string[] = []): { tag: string; title: string } {
  const prefix = `${TAG_PREFIXES[kind]}:`;
  const title = fitTitle(humanTitle, keep);
  const plain = `${prefix}${ids.join(',')}`;
  if (plain.length <= MAX_TAG_LENGTH) return { tag: plain, title };
  const compact = [compactIds(ids), groupedIds(ids)].map((body) => `${prefix}${body}`).sort((a, b) => a.length - b.length)[0] as string;
  if (compact.length <= MAX_TAG_LENGTH) return { tag: compact, title };
  let kept = ids.length - 1;
  const tagFor = (k: number) => `${prefix}${groupedIds(ids.slice(0, k))},…+${ids.length - k}`;
  while (kept > 1 && tagFor(kept).length > MAX_TAG_LENGTH) kept -= 1;
  return { tag: tagFor(kept), title: `${title} [+${ids.slice(kept).join(',')}]` };
}

// ---- reading ----

const OVERFLOW = /,…\+(\d+)$/;
const TITLE_OVERFLOW = / ?\[\+([^\]]*)\]$/;

/** The kind of a tag of this add-in (by its prefix), or null for any other tag. */
export function tagKindOf(tag: string): TagKind | null {
  const trimmed = tag.trim();
  const colon = trimmed.indexOf(':');
  return colon < 0 ? null : KIND_OF_PREFIX.get(trimmed.slice(0, colon)) ?? null;
}

/** True for a tag of this add-in (any kind, readable or not). */
export function isProjectTag(tag: string): boolean {
  return tagKindOf(tag) !== null;
}

function parseIdList(kind: IdListTagKind, body: string, title: string): ParsedTag {
  const overflow = OVERFLOW.exec(body);
  const listed = (overflow ? body.slice(0, overflow.index) : body).split(',');
  const expanded = listed.map((item) => (item === '' ? null : expandItem(item)));
  if (expanded.some((ids) => ids === null)) return { kind: 'malformed', of: kind, problem: 'shape' };
  const ids = (expanded as string[][]).flat();
  if (!overflow) return { kind, ids, missing: 0 };
  // Written by an earlier version: the ids that did not fit in the tag are at the end of the title.
  const expected = Number(overflow[1]);
  const extra = TITLE_OVERFLOW.exec(title)?.[1]?.split(',').filter((id) => id !== '') ?? [];
  const found = extra.slice(0, expected);
  return { kind, ids: [...ids, ...found], missing: expected - found.length };
}

/** `<a>/<b>` with both parts present (role codes contain no "/"), or null. */
function pair(body: string): [string, string] | null {
  const parts = body.split('/');
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : null;
}

/** Reads a content control's tag (and, for an overflowing id list, its title). Surrounding spaces are ignored. */
export function parseTag(tag: string, title = ''): ParsedTag {
  const kind = tagKindOf(tag);
  if (kind === null) return { kind: 'other' };
  const trimmed = tag.trim();
  const body = trimmed.slice(trimmed.indexOf(':') + 1);
  if (body.trim() === '') return { kind: 'malformed', of: kind, problem: 'empty' };
  switch (kind) {
    case 'descriptor':
      // A descriptor tag names exactly one id.
      return body.includes(',') ? { kind: 'malformed', of: kind, problem: 'shape' } : { kind, id: body };
    case 'objective':
    case 'development':
      return parseIdList(kind, body, title);
    case 'rationale': {
      const p = pair(body);
      return p ? { kind, role: p[0], rating: p[1] } : { kind: 'malformed', of: kind, problem: 'shape' };
    }
    case 'pay': {
      const p = pair(body);
      return p ? { kind, role: p[0], recommendation: p[1] } : { kind: 'malformed', of: kind, problem: 'shape' };
    }
  }
}
