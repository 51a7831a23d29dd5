/**
 * The rule for an objective (`tso:`): each descriptor it cites exists and belongs to the review's stage (cited.ts),
 * and no id has gone from an overflowing tag's title (`objectiveIdsMissing`, with {count} and {missing}).
 */
import { excerptOf, type Finding } from '../findings';
import { at, finding, say, type RuleContext, type TaggedInfo } from './context';
import { citedDescriptor, stageMatch } from './cited';

export function objectiveRule(ctx: RuleContext, b: TaggedInfo, ids: readonly string[], missing: number): Finding[] {
  const findings: Finding[] = [];
  for (const id of ids) {
    const cited = citedDescriptor(ctx, b, id, 'objective');
    findings.push(...cited.findings);
    if (cited.descriptor) findings.push(...stageMatch(ctx, b, cited.descriptor, 'objectiveCites'));
  }
  if (missing > 0) {
    const message = say(ctx.messages.objectiveIdsMissing, { count: ids.length + missing, missing });
    findings.push(finding('unknown-descriptor', 'warning', message, at(b), { excerpt: excerptOf(b.text) }));
  }
  return findings;
}
