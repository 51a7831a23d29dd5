import type { DiffPart } from '../text/diff';

/** What a finding is about. The README's "Checking documents" explains each one for HR. */
export type FindingKind =
  | 'edited-descriptor'
  | 'edited-objective'
  | 'edited-rationale'
  | 'edited-development'
  | 'edited-pay'
  | 'unknown-descriptor'
  | 'stage-mismatch'
  | 'pasted-descriptor'
  | 'non-standard-rating'
  | 'rating-rule'
  | 'pay-rule'
  | 'missing-stage'
  | 'stage-conflict'
  | 'not-a-review'
  | 'outdated-wording'
  | 'edition-unavailable';

export const FINDING_KINDS: readonly FindingKind[] = [
  'edited-descriptor',
  'edited-objective',
  'edited-rationale',
  'edited-development',
  'edited-pay',
  'unknown-descriptor',
  'stage-mismatch',
  'pasted-descriptor',
  'non-standard-rating',
  'rating-rule',
  'pay-rule',
  'missing-stage',
  'stage-conflict',
  'not-a-review',
  'outdated-wording',
  'edition-unavailable',
];

/** Short human names for the kinds, for reports and the pane. */
export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  'edited-descriptor': 'Edited descriptor',
  'edited-objective': 'Edited objective',
  'edited-rationale': 'Edited rationale',
  'edited-development': 'Edited area for development',
  'edited-pay': 'Edited pay recommendation',
  'unknown-descriptor': 'Unknown descriptor',
  'stage-mismatch': 'Wrong stage',
  'pasted-descriptor': 'Pasted descriptor',
  'non-standard-rating': 'Non-standard rating',
  'rating-rule': 'Rating rule',
  'pay-rule': 'Pay rule',
  'missing-stage': 'Missing career stage',
  'stage-conflict': 'Career stage conflict',
  'not-a-review': 'Not a review',
  'outdated-wording': 'Outdated wording',
  'edition-unavailable': 'Edition not available',
};

/** `error`: the document cites something that does not exist; `warning`: HR should look; `info`: worth knowing. */
export type Severity = 'error' | 'warning' | 'info';

/** Where a finding is: a paragraph (index into the model's paragraphs) and/or a tagged block (index into its blocks). */
export interface FindingLocation {
  paragraph: number | null;
  block: number | null;
}

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** Plain English, for the person reading the review. */
  message: string;
  location: FindingLocation;
  /** The descriptor cited, or the closest one; null when none applies. */
  id: string | null;
  /** The text concerned, shortened to about 160 characters. */
  excerpt: string;
  /** For edited and pasted descriptors: the word-level diff from the official text to the document's text. */
  diff?: DiffPart[];
  /** For pasted descriptors: how close the text is to the descriptor, 0–1. */
  similarity?: number;
  /**
   * For outdated wording: the descriptor's wording in the current edition, which the document's own edition words
   * differently (so the pane can offer to update it). Absent when the current edition has retired the descriptor.
   */
  currentText?: string;
}

const EXCERPT_LENGTH = 160;

/** Shortens text for an excerpt, at a word boundary where possible. */
export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_LENGTH * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** True when a finding asks for attention (exit code 1 in the CLI). */
export function needsAttention(f: Pick<Finding, 'severity'>): boolean {
  return f.severity !== 'info';
}
