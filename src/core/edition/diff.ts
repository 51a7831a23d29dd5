import type { Descriptor, Framework } from '../framework/framework';
import { wordDiff, type DiffPart } from '../text/diff';

export interface ChangedDescriptor {
  id: string;
  before: string;
  after: string;
  diff: DiffPart[];
}

/** What changed between two editions, for the consultation with staff. */
export interface EditionDiff {
  from: string;
  to: string;
  changed: ChangedDescriptor[];
  added: Descriptor[];
  retired: Descriptor[];
  /** Ids present in `from` but missing from `to`. A well-formed edition never has any: it retires instead. */
  removed: Descriptor[];
  /** Ids `from` had retired that `to` uses again. Never allowed: a retired id is never reused. */
  reused: Descriptor[];
}

export function diffEditions(from: Framework, to: Framework): EditionDiff {
  const changed: ChangedDescriptor[] = [];
  const added: Descriptor[] = [];
  const retired: Descriptor[] = [];
  const removed: Descriptor[] = [];
  const reused: Descriptor[] = [];
  for (const after of to.descriptors) {
    const before = from.byId.get(after.id);
    if (!before) {
      if (!after.retired) added.push(after);
      continue;
    }
    if (before.retired && !after.retired) reused.push(after);
    else if (after.retired && !before.retired) retired.push(after);
    else if (!after.retired && before.text !== after.text) {
      changed.push({ id: after.id, before: before.text, after: after.text, diff: wordDiff(before.text, after.text) });
    }
  }
  for (const before of from.descriptors) if (!to.byId.has(before.id)) removed.push(before);
  return { from: from.editionKey, to: to.editionKey, changed, added, retired, removed, reused };
}

/** One way an edition breaks the rules for deriving from its base. */
export interface LineageProblem {
  id: string;
  message: string;
}

/**
 * Checks that `next` is a proper successor of `base`: ids are never removed (they are retired and kept),
 * a retired id is never brought back or reused, and the edition says which edition it was derived from.
 */
export function checkLineage(base: Framework, next: Framework): LineageProblem[] {
  const problems: LineageProblem[] = [];
  if (next.edition.derivedFrom !== base.editionKey && next.editionKey !== base.editionKey) {
    problems.push({ id: '', message: `edition.json says derivedFrom ${JSON.stringify(next.edition.derivedFrom)}, but it is being compared with ${base.editionKey}` });
  }
  for (const before of base.descriptors) {
    const after = next.byId.get(before.id);
    if (!after) {
      problems.push({ id: before.id, message: `descriptor ${before.id} has been removed; retire it instead ("retired": true), so documents that cite it can still be checked` });
    } else if (before.retired && !after.retired) {
      problems.push({ id: before.id, message: `descriptor ${before.id} was retired in ${base.editionKey} and cannot be reused; give new wording a new id` });
    } else if (before.source !== after.source || before.standard !== after.standard || before.stage !== after.stage || before.role !== after.role || before.rating !== after.rating) {
      problems.push({ id: before.id, message: `descriptor ${before.id} has moved; ids belong to one place for ever` });
    }
  }
  return problems;
}
