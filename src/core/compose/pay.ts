/**
 * The pay recommendation: progress to the next point or range, do not progress, not eligible this year, or not
 * applicable (for example an ECT on induction), with the reviewer's note. It is a block of its own, tagged
 * `tsp:<role>/<recommendation>`, composed beside the rating rationale or on its own.
 *
 * The rules against the rating are data (`pay.rules` in the wording file), so that a school can follow its own pay
 * policy: in the Hampshire edition, progression with 'Not meeting expectations' is refused (`blocked`), and 'do not
 * progress' with 'Achieved expectations' or 'Exceptional performance' is warned about, citing the 2024 pay and
 * conditions document's position in plain words.
 */
import type { Framework } from '../framework/framework';
import { RATING_CODES, type RatingCode } from '../framework/types';
import { findCareerStage, ratingLabel } from '../query/stages';
import { fieldParagraphs, labelledParagraph, plainParagraph, PAY_RECOMMENDATION_CODES, type BlockParagraph, type ComposedBlock, type PayRecommendationCode } from './block';
import { upperInitial, userLines } from './english';
import { MAX_TAG_LENGTH, payTag } from '../tags';
import { fillTemplate } from './template';
import { wordingOf } from './wording';

export interface PayRequest {
  careerStageName: string;
  /** The overall rating of the review. */
  rating: RatingCode;
  recommendation: PayRecommendationCode;
  /** The reviewer's note: the reasons and the evidence. */
  note?: string;
}

export interface PayResult {
  block: ComposedBlock;
  warnings: string[];
  /** Why the recommendation must not be inserted with this rating (a rule of the wording file), or null. */
  blocked: string | null;
}

interface PayRule {
  recommendation: string;
  ratings: string[];
  effect: 'block' | 'warn';
  message: string;
}

/** The plain-words label of a recommendation, e.g. "Progress to the next point or range". */
export function payRecommendationLabel(framework: Framework, recommendation: PayRecommendationCode): string {
  return wordingOf(framework).pay.recommendations[recommendation].label;
}

export function composePay(framework: Framework, request: PayRequest): PayResult {
  const w = wordingOf(framework);
  const pw = w.pay;
  const careerStage = findCareerStage(framework, request.careerStageName);
  if (!careerStage) throw new Error(`There is no career stage "${request.careerStageName}" in ${framework.editionKey}.`);
  if (!RATING_CODES.includes(request.rating)) throw new Error(`There is no rating "${String(request.rating)}".`);
  if (!PAY_RECOMMENDATION_CODES.includes(request.recommendation)) throw new Error(`There is no pay recommendation "${String(request.recommendation)}".`);
  const rating = ratingLabel(framework, request.rating);
  const subjects = w.rationale.subjects as Readonly<Record<string, string | undefined>>;
  const subject = subjects[careerStage.role] ?? w.rationale.subjects.default;
  const values = { rating, careerStage: careerStage.name, subject, Subject: upperInitial(subject) };
  const chosen = pw.recommendations[request.recommendation];

  const warnings: string[] = [];
  let blocked: string | null = null;
  for (const rule of pw.rules as readonly PayRule[]) {
    if (rule.recommendation !== request.recommendation || !rule.ratings.includes(request.rating)) continue;
    const message = fillTemplate(rule.message, values);
    if (rule.effect === 'block') blocked ??= message;
    else warnings.push(message);
  }

  const paragraphs: BlockParagraph[] = [
    labelledParagraph(pw.label, `${chosen.label}.`),
    plainParagraph(fillTemplate(chosen.statement, values)),
    ...fieldParagraphs(pw.noteLabel, userLines(request.note ?? ''), pw.notePlaceholder),
  ];
  const title = fillTemplate(pw.controlTitle, { careerStage: careerStage.name, recommendation: chosen.label }).slice(0, MAX_TAG_LENGTH);
  return {
    block: { kind: 'tsp', tag: payTag(careerStage.role, request.recommendation), title, paragraphs, citedIds: [] },
    warnings,
    blocked,
  };
}
