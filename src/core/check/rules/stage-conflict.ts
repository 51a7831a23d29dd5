/**
 * `stage-conflict`: the document records one career stage (its CareerStage property) and its text names another on a
 * labelled line ("Career stage: Main pay range" in a review saved as ECT year 1). Only a labelled line counts: prose
 * mentions a stage for many reasons ("she will apply for UPR next year"). A range without a point fits any of its
 * stages ("Upper pay range" fits UPR 2/3), and a TLR said or not said is not a conflict. Message: `stageConflict`
 * ({named}, {evidence}, {careerStage}).
 */
import { detectCareerStage } from '../../detect/career-stage';
import type { Finding } from '../findings';
import { stageEvidenceText } from './career-stage';
import { finding, say, type RuleContext } from './context';

export function stageConflictRule(ctx: RuleContext): Finding[] {
  const { stage } = ctx;
  if (!stage || stage.source !== 'property') return [];
  // Only a labelled line counts, so the rest of the text is not searched.
  const named = detectCareerStage(ctx.framework, stageEvidenceText(ctx.doc), { labelledOnly: true });
  if (!named?.labelled) return [];
  const fits = stage.stage !== null ? named.fits.includes(stage.stage) : named.careerStage.role.replace(/-TLR$/, '') === stage.role.replace(/-TLR$/, '');
  if (fits) return [];
  const message = say(ctx.messages.stageConflict, { named: named.careerStage.name, evidence: named.evidence, careerStage: stage.name });
  return [finding('stage-conflict', 'warning', message, { paragraph: null, block: null }, { excerpt: named.evidence })];
}
