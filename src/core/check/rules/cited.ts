/**
 * Rules for a descriptor a block cites: it must exist in the edition (`unknown-descriptor`: `unknownDescriptor`,
 * `retiredDescriptor`, with {subject}, {id}, {edition}), and belong to the review's stage or one it builds on, or to
 * its role (`stage-mismatch`: `wrongStage` with {subject}, {id}, {stage}, {aStage} (the stage with "a" or "an": "an MPR"),
 * {careerStage}, {stages}; `wrongRole` with
 * {subject}, {id}, {role}, {careerStage}).
 */
import type { Descriptor } from '../../framework/framework';
import { earlierStages, roleLabel, stageIncludes } from '../../query/stages';
import { excerptOf, type Finding } from '../findings';
import { at, finding, listNames, say, stageName, withArticle, withRole, type RuleContext, type TaggedInfo } from './context';

export type Subject = keyof RuleContext['messages']['subjects'];

/** The descriptor `id` names, if the edition has it, and the findings about it: unknown, or retired. */
export function citedDescriptor(ctx: RuleContext, b: TaggedInfo, id: string, subject: Subject): { descriptor: Descriptor | null; findings: Finding[] } {
  const { framework, messages } = ctx;
  const d = framework.byId.get(id);
  const who = messages.subjects[subject];
  if (!d) {
    const message = say(messages.unknownDescriptor, { subject: who, id, edition: framework.editionKey });
    return { descriptor: null, findings: [finding('unknown-descriptor', 'error', message, at(b), { id })] };
  }
  if (!d.retired) return { descriptor: d, findings: [] };
  const message = say(messages.retiredDescriptor, { subject: who, id: d.id, edition: framework.edition.title });
  return { descriptor: d, findings: [finding('unknown-descriptor', 'warning', message, at(b), { id: d.id, excerpt: excerptOf(d.text) })] };
}

/** `stage-mismatch` for a cited descriptor the review's career stage does not include. */
export function stageMatch(ctx: RuleContext, b: TaggedInfo, d: Descriptor, subject: Subject): Finding[] {
  const { framework, stage, messages } = ctx;
  if (!stage) return [];
  const who = messages.subjects[subject];
  const about = () => ({ id: d.id, excerpt: excerptOf(d.text) });
  if (d.stage !== null) {
    // Head of school and headteacher have no Teachers' Standards column, so any stage's descriptor may be chosen.
    if (stage.stage === null || stageIncludes(framework, stage.stage, d.stage)) return [];
    const allowed = [stage.stage, ...earlierStages(framework, stage.stage)].map((c) => stageName(framework, c));
    const message = say(messages.wrongStage, { subject: who, id: d.id, stage: stageName(framework, d.stage), aStage: withArticle(stageName(framework, d.stage)), careerStage: stage.name, stages: listNames(framework, allowed) });
    return [finding('stage-mismatch', 'warning', message, at(b), about())];
  }
  if (d.role !== null && d.role !== stage.role) {
    const message = say(messages.wrongRole, { subject: who, id: d.id, role: roleLabel(framework, d.role), careerStage: withRole(framework, stage) });
    return [finding('stage-mismatch', 'warning', message, at(b), about())];
  }
  return [];
}
