/**
 * The consistency checker: reads a document model (see model.ts) and reports findings for HR.
 *
 *   const result = checkDocument(framework, doc);
 *   result.findings  // what to look at, in document order
 *   result.coverage  // which of the eight standards the objectives and descriptors cite
 *
 * Pure and synchronous; it never changes the document. The rules are in rules/, one file each, and their messages in
 * the edition's wording (`findings` in framework-data/wording.json).
 */
import type { Framework } from '../framework/framework';
import { parseTag } from '../tags';
import { coverageOf, type Coverage } from './coverage';
import type { Finding } from './findings';
import { DEFAULT_THRESHOLDS, type MatchThresholds } from './matcher';
import { EDITION_PROPERTY, type CheckDocument } from './model';
import { CAREER_STAGE_PROPERTY } from '../stage';
import { outcomeOf, type Outcome } from './outcomes';
import { statedRatings } from './ratings';
import { careerStageRule } from './rules/career-stage';
import { finding, findingMessages, type CheckedCareerStage, type RuleContext, type TaggedInfo } from './rules/context';
import { descriptorBlockRule } from './rules/descriptor-block';
import { objectiveRule } from './rules/objective';
import { pastedRule } from './rules/pasted';
import { developmentDriftRule, objectiveDriftRule, payRule, rationaleDriftRule } from './rules/composed-blocks';
import { isRating, rationaleRule } from './rules/rationale';
import { payRecommendationRule } from './rules/pay-recommendation';
import { ratingRules } from './rules/rating-rules';
import { stageConflictRule } from './rules/stage-conflict';
import { statedRatingsRule } from './rules/stated-ratings';
import { unreadableTagRule } from './rules/unreadable-tag';

export type { CheckedCareerStage } from './rules/context';
export { withoutReference } from './rules/descriptor-block';

export interface CheckResult {
  /** The framework edition checked against, `id@version`. */
  edition: string;
  careerStage: CheckedCareerStage | null;
  /** In document order. */
  findings: Finding[];
  coverage: Coverage;
  /** The pay-panel summary (outcomes.ts); null for a document that is not a review. */
  outcome: Outcome | null;
}

export interface CheckOptions {
  /** A career stage name (e.g. chosen in the pane), used where the document records none this edition knows. */
  careerStage?: string;
  thresholds?: MatchThresholds;
}

/** This add-in's tagged blocks, in document order, with their tags read (placeholders and other tags left out). */
function taggedBlocks(doc: CheckDocument): TaggedInfo[] {
  return doc.blocks.flatMap((block, index) => {
    const parsed = parseTag(block.tag, block.title);
    if (parsed.kind === 'other' || block.placeholder) return [];
    const paragraph = block.paragraphs.end > block.paragraphs.start ? block.paragraphs.start : null;
    return [{ index, paragraph, parsed, tag: block.tag, text: block.text }];
  });
}

/** The findings about one tagged block, by the rule for its kind. */
function blockRule(ctx: RuleContext, b: TaggedInfo): Finding[] {
  const { parsed } = b;
  switch (parsed.kind) {
    case 'descriptor':
      return descriptorBlockRule(ctx, b, parsed.id);
    case 'objective':
      return [...objectiveRule(ctx, b, parsed.ids, parsed.missing), ...objectiveDriftRule(ctx, b, parsed.ids)];
    case 'rationale':
      return [...rationaleRule(ctx, b, parsed.role, parsed.rating), ...(isRating(parsed.rating) ? rationaleDriftRule(ctx, b, parsed.role, parsed.rating) : [])];
    case 'malformed':
      return unreadableTagRule(ctx, b, parsed.of, parsed.problem);
    case 'pay':
      return payRule(ctx, b, parsed.role, parsed.recommendation);
    // An area for development's expected practice is the framework's; its other fields are the reviewer's.
    case 'development':
      return developmentDriftRule(ctx, b, parsed.ids);
  }
}

/** The descriptors the review cites, for coverage: descriptor blocks, and each objective's ids, that the edition has. */
function coverage(ctx: RuleContext): Coverage {
  const known = (id: string) => ctx.framework.byId.has(id);
  const descriptors = ctx.tagged.flatMap((b) => (b.parsed.kind === 'descriptor' && known(b.parsed.id) ? [b.parsed.id] : []));
  const objectives = ctx.tagged.flatMap((b) => (b.parsed.kind === 'objective' ? [b.parsed.ids.filter(known)] : []));
  return coverageOf(ctx.framework, descriptors, objectives);
}

/** Checks a document against a framework edition. */
export function checkDocument(framework: Framework, doc: CheckDocument, options: CheckOptions = {}): CheckResult {
  const messages = findingMessages(framework);
  const { stage, findings } = careerStageRule(framework, doc, messages, options.careerStage);
  const ctx: RuleContext = {
    framework,
    doc,
    stage,
    messages,
    tagged: taggedBlocks(doc),
    stated: statedRatings(framework, doc.paragraphs),
    thresholds: options.thresholds ?? DEFAULT_THRESHOLDS,
  };
  for (const b of ctx.tagged) findings.push(...blockRule(ctx, b));
  findings.push(...stageConflictRule(ctx), ...statedRatingsRule(ctx), ...ratingRules(ctx), ...payRecommendationRule(ctx), ...pastedRule(ctx));

  // A document with no career stage (nor a CareerStage or StandardsEdition property), no block of this add-in, no stated rating and nothing like a descriptor is not a
  // review (a letter, a policy, a blank template in the same folder): one note, and nothing else.
  const recordsAnything = Object.keys(doc.properties).some((name) => name === CAREER_STAGE_PROPERTY || name === EDITION_PROPERTY);
  if (!stage && !recordsAnything && ctx.tagged.length === 0 && ctx.stated.length === 0 && !findings.some((f) => f.kind === 'pasted-descriptor')) {
    const note = finding('not-a-review', 'info', messages.notAReview, { paragraph: null, block: null });
    return { edition: framework.editionKey, careerStage: null, findings: [note], coverage: coverage(ctx), outcome: null };
  }

  // In document order; findings at the same place keep the order the rules gave them.
  const order = (f: Finding) => f.location.paragraph ?? (f.location.block !== null ? (doc.blocks[f.location.block]?.paragraphs.start ?? -1) : -1);
  findings.sort((a, b) => order(a) - order(b));
  return { edition: framework.editionKey, careerStage: stage, findings, coverage: coverage(ctx), outcome: outcomeOf(framework, doc, stage) };
}
