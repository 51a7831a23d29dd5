/**
 * Reads this project's content-control tags for the checker:
 * - `tsd:<descriptor id>`: one descriptor;
 * - `tso:<id>,<id>,…`: an objective and the descriptors it cites (a long list ends with `,…+N` in the tag and the
 *   left-out ids are in the title; see `idTagAndTitle` in compose/block.ts);
 * - `tsr:<role>/<rating>`: a rating rationale.
 *
 * Well-formed tags go through compose/block.ts's `parseBlockTag`, so there is one reading of the format. That
 * function returns null for a `tsr:` tag naming an unknown role or rating; the checker must still report those
 * (as `unknown-descriptor`), so this module reads them itself, and reports other broken tags as `malformed`.
 */
import { parseBlockTag } from '../compose/block';

export type ParsedTag =
  | { kind: 'descriptor'; id: string }
  /** `missing`: ids the tag says overflowed into the title but the title no longer lists. */
  | { kind: 'objective'; ids: string[]; missing: number }
  /** Role and rating as written; not yet checked against the framework. */
  | { kind: 'rationale'; role: string; rating: string }
  | { kind: 'malformed'; prefix: 'tsd' | 'tso' | 'tsr'; reason: string }
  | { kind: 'other' };

/** True for a tag of this project (`tsd:`, `tso:`, `tsr:`). */
export function isProjectTag(tag: string): boolean {
  return /^ts[dor]:/.test(tag.trim());
}

/** Parses a content control's tag (and, for an overflowing objective, its title). Tags of other add-ins are `other`. */
export function parseTag(tag: string, title = ''): ParsedTag {
  const trimmed = tag.trim();
  if (!isProjectTag(trimmed)) return { kind: 'other' };
  const parsed = parseBlockTag(trimmed, title);
  if (parsed?.kind === 'tsd') return { kind: 'descriptor', id: parsed.ids[0] as string };
  if (parsed?.kind === 'tso') return { kind: 'objective', ids: parsed.ids, missing: parsed.missing };
  if (parsed?.kind === 'tsr') return { kind: 'rationale', role: parsed.role, rating: parsed.rating };
  const prefix = trimmed.slice(0, 3) as 'tsd' | 'tso' | 'tsr';
  const body = trimmed.slice(4).trim();
  if (body === '') return { kind: 'malformed', prefix, reason: 'the tag names nothing after the colon' };
  if (prefix === 'tsr') {
    const parts = body.split('/');
    if (parts.length === 2 && parts[0] && parts[1]) return { kind: 'rationale', role: parts[0], rating: parts[1] };
    return { kind: 'malformed', prefix, reason: 'a rationale tag should read tsr:<role>/<rating>' };
  }
  if (prefix === 'tsd') return { kind: 'malformed', prefix, reason: 'a descriptor tag names exactly one descriptor id' };
  return { kind: 'malformed', prefix, reason: 'an objective tag should list descriptor ids separated by commas' };
}
