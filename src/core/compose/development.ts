/**
 * Areas for development: the guidance's fourth use, "support teachers who are not performing at achieved
 * expectations level to help articulate the performance concerns". From descriptors of the teacher's own stage,
 * the block states the expected practice (composed as an objective's statement is), then the reviewer's evidence that
 * it is not yet consistent, the agreed support and a review date. A field left empty goes in as a placeholder and is
 * listed as missing (a warning, never a block). Tagged `tsa:<ids>`.
 */
import type { Framework } from '../framework/framework';
import type { StageCode } from '../framework/types';
import { idListTagAndTitle } from '../tags';
import { fieldParagraphs, labelledParagraphs, type BlockParagraph, type ComposedBlock } from './block';
import { joinList, userLines } from './english';
import { stageName } from './names';
import { chosenDescriptors, citedSubStandards, numberedHeading, resolveStage } from './objective';
import { statementText } from './statement';
import { fillTemplate } from './template';
import { wordingOf } from './wording';

export type DevelopmentFieldName = 'evidence' | 'support' | 'review';
export const DEVELOPMENT_FIELDS: readonly DevelopmentFieldName[] = ['evidence', 'support', 'review'];

export interface DevelopmentRequest {
  /** The career stage as saved in the document. Give this or `stage`. */
  careerStageName?: string;
  stage?: StageCode;
  /** Descriptors of the teacher's stage, from one or more sub-standards. */
  descriptorIds: readonly string[];
  /** The area's number in the review (see `nextDevelopmentNumber`). */
  number: number;
  values?: Partial<Record<DevelopmentFieldName, string>>;
}

export interface DevelopmentResult {
  block: ComposedBlock;
  warnings: string[];
  /** The fields still empty, in document order. */
  missing: DevelopmentFieldName[];
  blocked: null;
}

export function composeDevelopment(framework: Framework, request: DevelopmentRequest): DevelopmentResult {
  const w = wordingOf(framework).development;
  const stage = resolveStage(framework, request, 'areas for development');
  const descriptors = chosenDescriptors(framework, stage, request.descriptorIds);
  const ids = descriptors.map((d) => d.id);
  const subs = citedSubStandards(descriptors);
  const warnings: string[] = [];
  if (descriptors.length === 0) warnings.push(w.warnings.noneTicked);

  const paragraphs: BlockParagraph[] = [];
  if (subs.length > 0) paragraphs.push({ runs: [{ text: numberedHeading(framework, w.heading, request.number, subs), bold: true }] });
  const statement = statementText(framework, stage, descriptors);
  if (statement !== '') paragraphs.push(...labelledParagraphs(w.labels.expected, [statement]));
  const values = request.values ?? {};
  const missing: DevelopmentFieldName[] = [];
  const placeholders: Record<DevelopmentFieldName, string> = w.placeholders;
  for (const name of DEVELOPMENT_FIELDS) {
    const lines = userLines(values[name] ?? '');
    if (lines.length === 0) missing.push(name);
    paragraphs.push(...fieldParagraphs(w.labels[name], lines, placeholders[name]));
  }
  const names: Record<DevelopmentFieldName, string> = w.fieldNames;
  if (missing.length > 0) warnings.push(fillTemplate(w.warnings.missing, { fields: joinList(missing.map((m) => names[m]), wordingOf(framework).english) }));

  const humanTitle = fillTemplate(w.controlTitle, { number: String(request.number), standards: subs.join(', '), stage: stageName(framework, stage) });
  const { tag, title } = idListTagAndTitle('development', ids, humanTitle);
  return { block: { kind: 'tsa', tag, title, paragraphs, citedIds: ids }, warnings, missing, blocked: null };
}
