/**
 * Reads this project's content-control tags:
 * - `tsd:<descriptor id>`: one descriptor;
 * - `tso:<id>,<id>,…`: an objective and the descriptors it is built on. Word caps a tag at 255 characters, so a long
 *   list is cut and ends with a `,…+N` marker; the full list is then in the title;
 * - `tsr:<role>/<rating>`: a rating rationale.
 *
 * TODO(unify): src/core/compose/objective.ts will export `parseBlockTag(tag, title)`; this small parser should give
 * way to it once it lands.
 */

export type ParsedTag =
  | { kind: 'descriptor'; id: string }
  | { kind: 'objective'; ids: string[]; truncated: boolean }
  | { kind: 'rationale'; role: string; rating: string }
  | { kind: 'malformed'; prefix: 'tsd' | 'tso' | 'tsr'; reason: string }
  | { kind: 'other' };

/** Descriptor ids as they appear in titles and lists: `TS2.1/MPR/2`, `CEF/UPR-TLR/achieved/4`. */
const ID_PATTERN = /\b(?:TS\d+\.\d+\/[A-Z0-9-]+\/\d+|CEF\/[A-Z0-9-]+\/[a-z-]+\/\d+)\b/g;
/** The truncation marker at the end of a long `tso:` tag: `,…+3` (or `...+3`). */
const TRUNCATED = /,?\s*(?:…|\.\.\.)\s*\+\s*\d+\s*$/;

function splitIds(list: string): string[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Parses a content control's tag (and, for a truncated objective, its title). Tags of other add-ins are `other`. */
export function parseTag(tag: string, title = ''): ParsedTag {
  const trimmed = tag.trim();
  const match = /^(tsd|tso|tsr):(.*)$/s.exec(trimmed);
  if (!match) return { kind: 'other' };
  const prefix = match[1] as 'tsd' | 'tso' | 'tsr';
  const body = (match[2] ?? '').trim();
  if (body === '') return { kind: 'malformed', prefix, reason: 'the tag names nothing after the colon' };
  if (prefix === 'tsd') return { kind: 'descriptor', id: body };
  if (prefix === 'tsr') {
    const slash = body.lastIndexOf('/');
    if (slash <= 0 || slash === body.length - 1) return { kind: 'malformed', prefix, reason: 'a rationale tag should read tsr:<role>/<rating>' };
    return { kind: 'rationale', role: body.slice(0, slash), rating: body.slice(slash + 1) };
  }
  if (TRUNCATED.test(body)) {
    const fromTitle = [...title.matchAll(ID_PATTERN)].map((m) => m[0]);
    const fromTag = splitIds(body.replace(TRUNCATED, ''));
    // The title carries the full list; when it has fewer ids than the tag, it is not the list, so keep the tag's.
    return { kind: 'objective', ids: fromTitle.length >= fromTag.length ? fromTitle : fromTag, truncated: true };
  }
  return { kind: 'objective', ids: splitIds(body), truncated: false };
}

/** True for a tag of this project (`tsd:`, `tso:`, `tsr:`). */
export function isProjectTag(tag: string): boolean {
  return /^\s*ts[dor]:/.test(tag);
}
