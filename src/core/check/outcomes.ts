/**
 * Outcomes: the pay-panel summary of one checked review (who, which career stage, which rating, which pay
 * recommendation, how many objectives, which standards they cite, and what is missing), and the aggregate over a
 * school's reviews that governors' pay committees and HR read.
 *
 * Read from this add-in's tags first (`tsr:` rationale, `tsp:` pay recommendation, `tso:` objectives, `tsd:`
 * descriptors) and from the text where there are none ("Overall rating: …", "Pay recommendation: …", "Objective 1: …",
 * "Teacher: …"). Pure: no Node, no DOM.
 */
import type { Framework } from '../framework/framework';
import { RATING_CODES, type RatingCode } from '../framework/types';
import { isPayRecommendation, parseTag, PAY_RECOMMENDATIONS, type PayRecommendation } from '../tags';
import { foldTypography } from '../text/normalise';
import type { CheckDocument } from './model';
import { statedRatings, suggestRating } from './ratings';
import type { CheckedCareerStage } from './rules/context';

/** What a review may lack, in the order HR reads them. */
export const OUTCOME_PARTS = ['rating', 'rationale', 'pay-recommendation', 'objectives'] as const;
export type OutcomePart = (typeof OUTCOME_PARTS)[number];

export interface Outcome {
  /** The teacher's name from a "Teacher:" or "Name:" line (or table cell), or null. */
  teacher: string | null;
  /** The career stage's name as the picker shows it, e.g. "UPR 2/3 with TLR". */
  careerStage: string | null;
  rating: RatingCode | null;
  payRecommendation: PayRecommendation | null;
  /** Objectives in the review: tagged ones, or "Objective 1: …" lines where there are none. */
  objectives: number;
  /** Sub-standards ("2.1") the objectives and descriptors cite, in the framework's order. */
  standards: string[];
  missing: OutcomePart[];
}

const TEACHER_LABEL = /^\s*(?:teacher(?:['’]s)?(?:\s+name)?|name(?:\s+of\s+(?:teacher|appraisee|reviewee))?|appraisee|reviewee)\s*(?:[:\-–—]\s*|$)/i;
const PAY_LABEL = /^\s*(?:overall\s+|final\s+)?pay\s+(?:progression\s+)?recommendation\s*(?:[:\-–—]\s*|$)/i;
const RATIONALE_LABEL = /^\s*(?:(?:rating|overall)\s+)?rationale\b/i;
const OBJECTIVE_LINE = /^\s*objective\s+\d+\s*[:.\-–—]/i;

/** A name-like value: letters, at most six words. */
function nameValue(text: string): string | null {
  const value = text.trim().replace(/\s+/g, ' ');
  if (!/\p{L}/u.test(value) || value.split(' ').length > 6) return null;
  return value;
}

/** The value after a label on its own line (or in the next table cell when the label stands alone in one), and where. */
function labelledAt(doc: CheckDocument, label: RegExp): { value: string; paragraph: number } | null {
  for (let i = 0; i < doc.paragraphs.length; i += 1) {
    const p = doc.paragraphs[i] as CheckDocument['paragraphs'][number];
    const m = label.exec(p.text);
    if (!m) continue;
    const rest = p.text.slice(m[0].length);
    if (rest.trim() !== '') return { value: rest.trim(), paragraph: i };
    if (p.inTable) {
      const next = doc.paragraphs[i + 1];
      if (next?.inTable && next.text.trim() !== '') return { value: next.text.trim(), paragraph: i + 1 };
    }
  }
  return null;
}

function labelled(doc: CheckDocument, label: RegExp): string | null {
  return labelledAt(doc, label)?.value ?? null;
}

/**
 * The pay recommendation the text states on a "Pay recommendation: …" line (or table cell), with its paragraph:
 * `recommendation` is null when the value is not one this checker can read ("to be agreed").
 */
export function statedPay(doc: CheckDocument): { value: string; paragraph: number; recommendation: PayRecommendation | null } | null {
  const found = labelledAt(doc, PAY_LABEL);
  return found ? { ...found, recommendation: payFromText(found.value) } : null;
}

/** The pay recommendation a written value means, or null. */
export function payFromText(value: string): PayRecommendation | null {
  const k = foldTypography(value).toLowerCase();
  if (/\bnot\s+eligible\b|\bineligible\b/.test(k)) return 'not-eligible';
  if (/\bnot\s+applicable\b|^\s*n\/?a\b/.test(k)) return 'not-applicable';
  if (/\b(?:no|not|do\s+not|does\s+not|without)\s+(?:pay\s+)?progress(?:ion)?\b|\bwithhold/.test(k)) return 'no-progress';
  if (/\bprogress(?:ion)?\b|\bmove\s+to\b|\badvance/.test(k)) return 'progress';
  return null;
}

/** The outcome of one checked review. `careerStage` is the stage the checker resolved. */
export function outcomeOf(framework: Framework, doc: CheckDocument, careerStage: CheckedCareerStage | null): Outcome {
  let rating: RatingCode | null = null;
  let pay: PayRecommendation | null = null;
  let rationale = false;
  let objectives = 0;
  const cited = new Set<string>();
  const cite = (id: string) => {
    const s = framework.byId.get(id)?.standard;
    if (s) cited.add(s);
  };
  for (const block of doc.blocks) {
    if (block.placeholder) continue;
    const parsed = parseTag(block.tag, block.title);
    if (parsed.kind === 'rationale') {
      rationale = true;
      if (rating === null && (RATING_CODES as readonly string[]).includes(parsed.rating)) rating = parsed.rating as RatingCode;
    } else if (parsed.kind === 'pay') {
      if (pay === null && isPayRecommendation(parsed.recommendation)) pay = parsed.recommendation;
    } else if (parsed.kind === 'objective') {
      objectives += 1;
      parsed.ids.forEach(cite);
    } else if (parsed.kind === 'descriptor') cite(parsed.id);
  }
  // From the text where the tags say nothing.
  // An unofficial wording ("Overall rating: Outstanding") still tells the panel what was meant; the checker flags it.
  if (rating === null) rating = statedRatings(framework, doc.paragraphs).map((s) => s.rating ?? suggestRating(s.value)).find((r) => r !== null) ?? null;
  if (pay === null) pay = statedPay(doc)?.recommendation ?? null;
  if (!rationale) rationale = doc.paragraphs.some((p) => RATIONALE_LABEL.test(p.text));
  if (objectives === 0) objectives = doc.paragraphs.filter((p) => OBJECTIVE_LINE.test(p.text)).length;
  const teacherValue = labelled(doc, TEACHER_LABEL);
  const order = framework.teachersStandards.standards.flatMap((s) => s.subStandards.map((sub) => sub.number));
  const missing: OutcomePart[] = [];
  if (rating === null) missing.push('rating');
  if (!rationale) missing.push('rationale');
  if (pay === null) missing.push('pay-recommendation');
  if (objectives === 0) missing.push('objectives');
  return {
    teacher: teacherValue !== null ? nameValue(teacherValue) : null,
    careerStage: careerStage?.name ?? null,
    rating,
    payRecommendation: pay,
    objectives,
    standards: order.filter((n) => cited.has(n)),
    missing,
  };
}

/** Where a count has no value: a review with no rating, no career stage or no pay recommendation. */
export const NONE = 'none';

export interface OutcomeAggregate {
  /** Reviews summarised (files checked as reviews). */
  reviews: number;
  /** Career stage name (or "none") → rating (or "none") → reviews. */
  ratingsByCareerStage: Record<string, Record<string, number>>;
  /** Rating (or "none") → pay recommendation (or "none") → reviews. */
  payByRating: Record<string, Record<string, number>>;
  completeness: {
    /** Reviews missing nothing. */
    complete: number;
    /** Reviews missing each part. */
    missing: Record<OutcomePart, number>;
  };
}

/** The aggregate over many reviews' outcomes (nulls, for files that are not reviews, are left out). */
export function aggregateOutcomes(outcomes: readonly (Outcome | null)[]): OutcomeAggregate {
  const ratingKeys = [...RATING_CODES, NONE];
  const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;
  const ratingsByCareerStage: Record<string, Record<string, number>> = {};
  const payByRating: Record<string, Record<string, number>> = {};
  for (const r of ratingKeys) payByRating[r] = zeros([...PAY_RECOMMENDATIONS, NONE]);
  const missing = Object.fromEntries(OUTCOME_PARTS.map((p) => [p, 0])) as Record<OutcomePart, number>;
  let reviews = 0;
  let complete = 0;
  for (const o of outcomes) {
    if (!o) continue;
    reviews += 1;
    const stage = o.careerStage ?? NONE;
    const rating = o.rating ?? NONE;
    const byRating = (ratingsByCareerStage[stage] ??= zeros(ratingKeys));
    byRating[rating] = (byRating[rating] ?? 0) + 1;
    const byPay = payByRating[rating] as Record<string, number>;
    const pay = o.payRecommendation ?? NONE;
    byPay[pay] = (byPay[pay] ?? 0) + 1;
    if (o.missing.length === 0) complete += 1;
    for (const m of o.missing) missing[m] += 1;
  }
  return { reviews, ratingsByCareerStage, payByRating, completeness: { complete, missing } };
}
