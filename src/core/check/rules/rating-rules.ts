/**
 * The rules across the whole review's ratings: one overall rating (`moreThanOneRating`: {ratings}), and an
 * 'Exceptional' rating only with an achieved-level descriptor confirmed, in a descriptor block or in the rationale's
 * findings (`exceptionalWithoutAchieved`: {exceptional}, {achieved}).
 */
import { wordingOf } from '../../compose/wording';
import type { Framework } from '../../framework/framework';
import type { RatingCode } from '../../framework/types';
import { ratingLabel } from '../../query/stages';
import { excerptOf, type Finding } from '../findings';
import { exactKey } from '../matcher';
import { finding, listNames, say, type RuleContext } from './context';
import { isRating } from './rationale';

/** Where a rationale confirms achieved-level descriptors: the composer's "For Achieved expectations, …". */
function confirmsAchieved(framework: Framework, text: string): boolean {
  const pattern = wordingOf(framework).rationale.levelFindings;
  const lead = pattern.slice(0, pattern.indexOf('{level}') + '{level}'.length).replace('{level}', ratingLabel(framework, 'achieved'));
  return exactKey(text).toLowerCase().includes(exactKey(lead).toLowerCase());
}

/** The ratings the rationale blocks are tagged with (known ratings only), with their texts. */
function rationaleRatings(ctx: RuleContext): { rating: RatingCode; text: string }[] {
  return ctx.tagged.flatMap((b) => (b.parsed.kind === 'rationale' && isRating(b.parsed.rating) ? [{ rating: b.parsed.rating, text: b.text }] : []));
}

export function ratingRules(ctx: RuleContext): Finding[] {
  const { framework, doc, messages } = ctx;
  const findings: Finding[] = [];
  const rationales = rationaleRatings(ctx);
  const ratings = new Set<RatingCode>([...rationales.map((r) => r.rating), ...ctx.stated.flatMap((s) => (s.rating ? [s.rating] : []))]);
  if (ratings.size > 1) {
    const names = [...ratings].map((r) => `“${ratingLabel(framework, r)}”`);
    findings.push(finding('rating-rule', 'warning', say(messages.moreThanOneRating, { ratings: listNames(framework, names) }), { paragraph: null, block: null }));
  }
  if (ratings.has('exceptional')) {
    const achievedBlock = ctx.tagged.some((b) => {
      const d = b.parsed.kind === 'descriptor' ? framework.byId.get(b.parsed.id) : undefined;
      return d !== undefined && (d.source === 'teachers-standards' || d.rating === 'achieved');
    });
    const achievedInRationale = rationales.some((r) => r.rating === 'exceptional' && confirmsAchieved(framework, r.text));
    if (!achievedBlock && !achievedInRationale) {
      const paragraph = ctx.stated.find((s) => s.rating === 'exceptional')?.paragraph ?? null;
      const message = say(messages.exceptionalWithoutAchieved, { exceptional: ratingLabel(framework, 'exceptional'), achieved: ratingLabel(framework, 'achieved') });
      findings.push(finding('rating-rule', 'warning', message, { paragraph, block: null }, { excerpt: paragraph !== null ? excerptOf(doc.paragraphs[paragraph]?.text ?? '') : '' }));
    }
  }
  return findings;
}
