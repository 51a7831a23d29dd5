/**
 * The career stage rule: the stage the review is checked for (core/stage.ts resolves it), and `missing-stage` when
 * the document records none this edition knows. Messages: `noStageProperty`, `unknownStageProperty` ({property},
 * {edition}), `stageDetected` ({propertyNote}, {evidence}, {careerStage}), `stageMissing` ({propertyNote}).
 */
import type { Framework } from '../../framework/framework';
import { CAREER_STAGE_PROPERTY, resolveCareerStage } from '../../stage';
import type { Finding } from '../findings';
import type { CheckDocument } from '../model';
import { finding, say, type CheckedCareerStage, type FindingMessages } from './context';

export function careerStageRule(
  framework: Framework,
  doc: CheckDocument,
  messages: FindingMessages,
  chosen: string | undefined,
): { stage: CheckedCareerStage | null; findings: Finding[] } {
  const property = doc.properties[CAREER_STAGE_PROPERTY]?.trim() || null;
  const recorded = property ? { name: property, source: 'property' as const } : null;
  // The text is read only when the record and the choice give no stage.
  let { resolved } = resolveCareerStage(framework, { recorded, chosen });
  if (!resolved) resolved = resolveCareerStage(framework, { recorded, chosen, text: doc.paragraphs.map((p) => p.text).join('\n') }).resolved;
  const stage: CheckedCareerStage | null = resolved
    ? {
        name: resolved.careerStage.name,
        stage: resolved.careerStage.stage,
        role: resolved.careerStage.role,
        source: resolved.source,
        ...(resolved.evidence !== undefined ? { evidence: resolved.evidence } : {}),
      }
    : null;
  if (resolved && resolved.source !== 'detected') return { stage, findings: [] };

  const propertyNote = property ? say(messages.unknownStageProperty, { property, edition: framework.edition.title }) : say(messages.noStageProperty);
  const nowhere = { paragraph: null, block: null };
  if (resolved) {
    const evidence = resolved.evidence ?? '';
    const message = say(messages.stageDetected, { propertyNote, evidence, careerStage: resolved.careerStage.name });
    return { stage, findings: [finding('missing-stage', property ? 'warning' : 'info', message, nowhere, { excerpt: evidence })] };
  }
  return { stage, findings: [finding('missing-stage', 'warning', say(messages.stageMissing, { propertyNote }), nowhere, { excerpt: property ?? '' })] };
}
