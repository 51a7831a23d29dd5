/**
 * The rule for a rating rationale (`tsr:<role>/<rating>`): its role and rating exist (`rationaleUnknownRole`,
 * `rationaleUnknownRating`, `rationaleUnknownRoleAndRating`, with {role}, {rating}, {edition}); it is for the review's
 * role (`rationaleOtherRole`: {role}, {careerStage}); and its text still states its rating
 * (`rationaleTextRating`: {rating}, {stated}) and the review's career stage (`rationaleOtherStage`: {named}, {careerStage}).
 */
import type { Framework } from '../../framework/framework';
import { RATING_CODES, ROLE_CODES, type RatingCode, type RoleCode } from '../../framework/types';
import { findCareerStage, ratingLabel, roleLabel } from '../../query/stages';
import { excerptOf, type Finding } from '../findings';
import { statedRatings } from '../ratings';
import { at, finding, say, withRole, type RuleContext, type TaggedInfo } from './context';

function isRole(framework: Framework, role: string): role is RoleCode {
  return (ROLE_CODES as readonly string[]).includes(role) && framework.careerExpectations.roles.some((r) => r.code === role);
}

export function isRating(rating: string): rating is RatingCode {
  return (RATING_CODES as readonly string[]).includes(rating);
}

export function rationaleRule(ctx: RuleContext, b: TaggedInfo, role: string, rating: string): Finding[] {
  const { framework, messages } = ctx;
  const findings: Finding[] = [];
  const excerpt = excerptOf(b.text);
  const roleOk = isRole(framework, role);
  const ratingOk = isRating(rating);
  if (!roleOk || !ratingOk) {
    const template = !roleOk && !ratingOk ? messages.rationaleUnknownRoleAndRating : !roleOk ? messages.rationaleUnknownRole : messages.rationaleUnknownRating;
    findings.push(finding('unknown-descriptor', 'error', say(template, { role, rating, edition: framework.edition.title }), at(b), { excerpt }));
  }
  if (roleOk && ctx.stage && role !== ctx.stage.role) {
    const message = say(messages.rationaleOtherRole, { role: roleLabel(framework, role), careerStage: withRole(framework, ctx.stage) });
    findings.push(finding('rating-rule', 'warning', message, at(b), { excerpt }));
  }
  if (!ratingOk) return findings;
  for (const s of statedRatings(framework, b.text.split('\n').map((text) => ({ text })))) {
    if (s.rating !== null && s.rating !== rating) {
      const message = say(messages.rationaleTextRating, { rating: ratingLabel(framework, rating), stated: s.value });
      findings.push(finding('rating-rule', 'warning', message, at(b), { excerpt }));
    }
    const named = s.careerStage ? findCareerStage(framework, s.careerStage) : undefined;
    if (named && ctx.stage && named.name !== ctx.stage.name) {
      const message = say(messages.rationaleOtherStage, { named: named.name, careerStage: ctx.stage.name });
      findings.push(finding('rating-rule', 'warning', message, at(b), { excerpt }));
    }
  }
  return findings;
}
