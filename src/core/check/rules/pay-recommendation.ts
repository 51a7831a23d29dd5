/**
 * `pay-rule` for the review as a whole, where it has no pay recommendation block (a `tsp:` block has its own rule in
 * composed-blocks.ts):
 *
 * - a review with an overall rating (an official one, from a rationale's tag or a stated "Overall rating: …") and no
 *   pay recommendation this checker can read is a warning (`noPayRecommendation`: {rating}). "Not applicable" (for
 *   example an ECT on induction) and "Not eligible this year" are recommendations, so a review that says so is fine;
 * - a recommendation stated in the text ("Pay recommendation: Progress to the next point or range") is held to the
 *   edition's pay rules against the rating (`pay.rules` in the wording, through the pay composer): one a rule blocks is
 *   a warning, one it warns about is noted, with the rule's own message.
 */
import { composePay } from '../../compose/pay';
import { ratingLabel } from '../../query/stages';
import { excerptOf, type Finding } from '../findings';
import { statedPay } from '../outcomes';
import { reviewRating } from './composed-blocks';
import { finding, say, type RuleContext } from './context';

export function payRecommendationRule(ctx: RuleContext): Finding[] {
  if (ctx.tagged.some((b) => b.parsed.kind === 'pay')) return [];
  const rating = reviewRating(ctx);
  if (rating === null) return [];
  const stated = statedPay(ctx.doc);
  if (stated?.recommendation == null) {
    const paragraph = stated?.paragraph ?? ctx.stated.find((s) => s.rating === rating)?.paragraph ?? null;
    const message = say(ctx.messages.noPayRecommendation, { rating: ratingLabel(ctx.framework, rating) });
    return [finding('pay-rule', 'warning', message, { paragraph, block: null }, { excerpt: stated ? excerptOf(stated.value) : '' })];
  }
  const careerStageName = ctx.stage?.name ?? ctx.framework.careerStages[0]?.name;
  if (careerStageName === undefined) return [];
  let rules;
  try {
    rules = composePay(ctx.framework, { careerStageName, rating, recommendation: stated.recommendation });
  } catch {
    return [];
  }
  const where = { paragraph: stated.paragraph, block: null };
  const excerpt = excerptOf(ctx.doc.paragraphs[stated.paragraph]?.text ?? stated.value);
  return [
    ...(rules.blocked ? [finding('pay-rule', 'warning', rules.blocked, where, { excerpt })] : []),
    ...rules.warnings.map((w) => finding('pay-rule', 'info', w, where, { excerpt })),
  ];
}
