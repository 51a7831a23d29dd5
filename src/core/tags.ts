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
 * Word limits a tag and a title to {@link MAX_TAG_LENGTH} characters each. When the ids of an objective or an area
 * for development do not fit, the tag keeps as many whole ids as fit and ends with `,…+N` (N ids left out), and the
 * N left-out ids go at the end of the content control's title, as ` [+<id>,<id>,…]`. {@link parseTag} reads both back.
 *
 * Parsing reads the shape of a tag only: a rationale's role and rating, or a pay recommendation's role, are returned
 * as written, and the checker decides whether the framework edition has them. A tag of this add-in that cannot be
 * read is `malformed` (with the reason); any other tag (another add-in's, or none) is `other`.
 */

/** Word limits a content control's tag and title to 255 characters (mind this when adding new tag kinds). */
export const MAX_TAG_LENGTH = 255;

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
  | { kind: 'malformed'; of: TagKind; reason: string }
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
 * The tag and title of a block that cites descriptors by id (an objective or an area for development). When the ids
 * do not fit in the tag, the tag ends with `,…+N` and the title ends with the N left-out ids, shortening the human
 * title if it must. Throws a RangeError if even the left-out ids cannot fit in a title: about 28 of the longest ids,
 * far more than a block cites (one cell of the standards, at most five descriptors in the Hampshire edition).
 */
export function idListTagAndTitle(kind: IdListTagKind, ids: readonly string[], humanTitle: string): { tag: string; title: string } {
  const prefix = `${TAG_PREFIXES[kind]}:`;
  const full = `${prefix}${ids.join(',')}`;
  if (full.length <= MAX_TAG_LENGTH) return { tag: full, title: humanTitle.slice(0, MAX_TAG_LENGTH) };
  let kept = ids.length - 1;
  const tagFor = (k: number) => `${prefix}${ids.slice(0, k).join(',')},…+${ids.length - k}`;
  while (kept > 1 && tagFor(kept).length > MAX_TAG_LENGTH) kept -= 1;
  const suffix = ` [+${ids.slice(kept).join(',')}]`;
  if (suffix.length > MAX_TAG_LENGTH) throw new RangeError(`Too many descriptors (${ids.length}) to record in one content control.`);
  const room = MAX_TAG_LENGTH - suffix.length;
  const human = humanTitle.length <= room ? humanTitle : `${humanTitle.slice(0, Math.max(0, room - 1)).trimEnd()}…`;
  return { tag: tagFor(kept), title: `${human}${suffix}` };
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
  if (listed.some((id) => id === '')) {
    const what = kind === 'objective' ? 'an objective tag' : 'an area-for-development tag';
    return { kind: 'malformed', of: kind, reason: `${what} should list descriptor ids separated by commas` };
  }
  if (!overflow) return { kind, ids: listed, missing: 0 };
  const expected = Number(overflow[1]);
  const extra = TITLE_OVERFLOW.exec(title)?.[1]?.split(',').filter((id) => id !== '') ?? [];
  const found = extra.slice(0, expected);
  return { kind, ids: [...listed, ...found], missing: expected - found.length };
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
  if (body.trim() === '') return { kind: 'malformed', of: kind, reason: 'the tag names nothing after the colon' };
  switch (kind) {
    case 'descriptor':
      return body.includes(',') ? { kind: 'malformed', of: kind, reason: 'a descriptor tag names exactly one descriptor id' } : { kind, id: body };
    case 'objective':
    case 'development':
      return parseIdList(kind, body, title);
    case 'rationale': {
      const p = pair(body);
      return p ? { kind, role: p[0], rating: p[1] } : { kind: 'malformed', of: kind, reason: 'a rationale tag should read tsr:<role>/<rating>' };
    }
    case 'pay': {
      const p = pair(body);
      return p ? { kind, role: p[0], recommendation: p[1] } : { kind: 'malformed', of: kind, reason: 'a pay recommendation tag should read tsp:<role>/<recommendation>' };
    }
  }
}
