/**
 * Objectives: a draft built from chosen Teachers' Standards descriptors of the teacher's stage, possibly from several
 * sub-standards, then composed into a block.
 *
 * - The heading is short: "Objective 1: Rules and routines for behaviour (Teachers’ Standard 7.1)", the name coming
 *   from the wording file's short names (see `headingName`). The full titles stay in the framework for the pane.
 * - The statement says what the teacher will do this year (see `statement.ts`): no preamble about the guidance's
 *   columns, no sentence over the wording file's limit.
 * - The SMART fields that need the reviewer's judgement (success criteria, timescale and review date, support and
 *   CPD, evidence) start empty, each with a prompt kept apart from its value. An empty field goes into the block as
 *   a placeholder run, and is listed as missing (a warning: the objective can still be inserted). The linked school
 *   priority is optional: it appears only when given.
 * - Suggested success measures per standard come from the wording file (`successMeasures`).
 */
import type { Descriptor, Framework } from '../framework/framework';
import type { StageCode } from '../framework/types';
import { findCareerStage, stageColumn } from '../query/stages';
import { idListTagAndTitle } from '../tags';
import { fieldParagraphs, labelledParagraphs, type BlockParagraph, type ComposedBlock } from './block';
import { joinList, userLines } from './english';
import { compareSubStandards, findSubStandard, headingName, stageName, standardsReference, wordCount } from './names';
import { statementText } from './statement';
import { fillTemplate } from './template';
import { wordingOf } from './wording';

/** A field of a draft the reviewer can edit: its value, and a prompt shown while it is empty (never written into the document). */
export interface DraftField {
  value: string;
  prompt: string;
}

export type ObjectiveFieldName = 'title' | 'statement' | 'successCriteria' | 'timescale' | 'support' | 'evidence';
/** The SMART parts a reviewer fills in; each is a placeholder in the block until then. */
export type SmartFieldName = 'successCriteria' | 'timescale' | 'support' | 'evidence';

/** The fields in the order they appear in the document (the title is the heading above them). */
export const OBJECTIVE_FIELDS: readonly ObjectiveFieldName[] = ['title', 'statement', 'successCriteria', 'timescale', 'support', 'evidence'];
export const SMART_FIELDS: readonly SmartFieldName[] = ['successCriteria', 'timescale', 'support', 'evidence'];

export interface ObjectiveRequest {
  /** The career stage as saved in the document, e.g. "ECT year 1". Give this or `stage`. */
  careerStageName?: string;
  stage?: StageCode;
  /** When given, every descriptor must belong to this sub-standard (a single-standard objective). */
  subStandard?: string;
  /** Descriptors of the stage, from one or more sub-standards; the statement follows source order, whatever order they are given in. */
  descriptorIds: readonly string[];
  /** The objective's number in the review (see `nextObjectiveNumber`). */
  number: number;
  /** Values for the SMART fields and the optional linked school priority. */
  values?: Partial<Record<SmartFieldName | 'priority', string>>;
}

export interface ObjectiveDraft {
  number: number;
  stage: StageCode;
  /** The first sub-standard cited ("" when none is ticked). */
  subStandard: string;
  /** Every sub-standard cited, in the standards' order. */
  subStandards?: string[];
  /** The cited descriptors, in source order. */
  descriptorIds: string[];
  fields: Record<ObjectiveFieldName, DraftField>;
  /** The optional linked school priority. */
  priority?: DraftField;
}

export interface ObjectiveResult {
  block: ComposedBlock;
  /** Things the reviewer should look at (the missing SMART parts among them); the objective can still be inserted. */
  warnings: string[];
  /** The SMART parts still empty, in document order. */
  missing: SmartFieldName[];
  /** Objectives are never blocked; kept so that every composer answers alike. */
  blocked: null;
}

/** The career stage's Teachers' Standards column, from a name or a code. Throws with a message that names what is wrong. */
export function resolveStage(framework: Framework, request: { careerStageName?: string; stage?: StageCode }, what = 'objectives'): StageCode {
  if (request.stage) {
    stageColumn(framework, request.stage);
    return request.stage;
  }
  if (request.careerStageName === undefined) throw new Error('A career stage is needed.');
  const careerStage = findCareerStage(framework, request.careerStageName);
  if (!careerStage) throw new Error(`There is no career stage "${request.careerStageName}" in ${framework.editionKey}.`);
  if (!careerStage.stage) {
    throw new Error(`"${careerStage.name}" has no column in the Teachers’ Standards descriptors, so ${what} cannot be drafted from them.`);
  }
  return careerStage.stage;
}

/** The chosen descriptors, checked to be Teachers' Standards descriptors of the stage (and sub-standard, if given), without repeats, in source order. */
export function chosenDescriptors(framework: Framework, stage: StageCode, ids: readonly string[], subStandard?: string): Descriptor[] {
  const out = new Map<string, Descriptor>();
  for (const id of ids) {
    const d = framework.byId.get(id);
    if (!d || d.source !== 'teachers-standards') throw new Error(`There is no Teachers’ Standards descriptor "${id}" in ${framework.editionKey}.`);
    if (subStandard !== undefined && d.standard !== subStandard) {
      throw new Error(`Descriptor "${id}" is not one of Teachers’ Standard ${subStandard} for ${stageName(framework, stage)}.`);
    }
    if (d.stage !== stage) throw new Error(`Descriptor "${id}" is for ${stageName(framework, d.stage as StageCode)}, not ${stageName(framework, stage)}.`);
    out.set(id, d);
  }
  return [...out.values()].sort((a, b) => a.order - b.order);
}

/** The sub-standards the descriptors come from, in the standards' order. */
export function citedSubStandards(descriptors: readonly Descriptor[]): string[] {
  return [...new Set(descriptors.map((d) => d.standard as string))].sort(compareSubStandards);
}

/** One objective statement from descriptors of one stage (any sub-standards); see `statement.ts`. */
export function objectiveStatement(framework: Framework, stage: StageCode, descriptorIds: readonly string[]): string {
  return statementText(framework, stage, chosenDescriptors(framework, stage, descriptorIds));
}

/** A numbered heading for a block drawing on these sub-standards, e.g. "Objective 1: Rules and routines for behaviour (Teachers’ Standard 7.1)". */
export function numberedHeading(framework: Framework, pattern: string, number: number, subNumbers: readonly string[]): string {
  const prefix = pattern.slice(0, pattern.indexOf('{name}')).replace('{number}', String(number));
  const name = headingName(framework, subNumbers, wordCount(prefix));
  return fillTemplate(pattern, { number: String(number), name, reference: standardsReference(framework, subNumbers) });
}

/** The objective's heading. */
export function objectiveHeading(framework: Framework, subNumbers: string | readonly string[], number: number): string {
  const subs = typeof subNumbers === 'string' ? [subNumbers] : subNumbers;
  for (const n of subs) findSubStandard(framework, n);
  return numberedHeading(framework, wordingOf(framework).objective.heading, number, subs);
}

/** Suggested success measures for the standards of these sub-standards, from the wording file, without repeats. */
export function suggestedSuccessMeasures(framework: Framework, subNumbers: readonly string[]): string[] {
  const measures = wordingOf(framework).objective.successMeasures as Readonly<Record<string, readonly string[] | undefined>>;
  const standards = [...new Set(subNumbers.map((n) => n.split('.')[0] as string))];
  return [...new Set(standards.flatMap((s) => measures[s] ?? []))];
}

/** A new objective draft: the heading and statement filled in from official wording, the other fields as given (or empty) with prompts. */
export function draftObjective(framework: Framework, request: ObjectiveRequest): ObjectiveDraft {
  const w = wordingOf(framework).objective;
  const stage = resolveStage(framework, request);
  if (request.subStandard !== undefined) findSubStandard(framework, request.subStandard);
  const descriptors = chosenDescriptors(framework, stage, request.descriptorIds, request.subStandard);
  const subStandards = descriptors.length > 0 ? citedSubStandards(descriptors) : request.subStandard !== undefined ? [request.subStandard] : [];
  const values = request.values ?? {};
  const field = (name: ObjectiveFieldName, value = ''): DraftField => ({ value, prompt: w.prompts[name] });
  return {
    number: request.number,
    stage,
    subStandard: subStandards[0] ?? '',
    subStandards,
    descriptorIds: descriptors.map((d) => d.id),
    fields: {
      title: field('title', subStandards.length > 0 ? objectiveHeading(framework, subStandards, request.number) : ''),
      statement: field('statement', statementText(framework, stage, descriptors)),
      successCriteria: field('successCriteria', values.successCriteria ?? ''),
      timescale: field('timescale', values.timescale ?? ''),
      support: field('support', values.support ?? ''),
      evidence: field('evidence', values.evidence ?? ''),
    },
    priority: { value: values.priority ?? '', prompt: w.prompts.priority },
  };
}

/** The SMART parts of a draft still empty, in document order. */
export function missingSmartParts(draft: Pick<ObjectiveDraft, 'fields'>): SmartFieldName[] {
  return SMART_FIELDS.filter((name) => userLines(draft.fields[name].value).length === 0);
}

/**
 * The objective as a block: the heading in bold, the statement, then each SMART field after its bold label, as the
 * reviewer left it (trimmed, one paragraph per line) or, when empty, as a placeholder; the linked school priority
 * last, when given.
 */
export function composeObjectiveBlock(framework: Framework, draft: ObjectiveDraft): ComposedBlock {
  const w = wordingOf(framework).objective;
  const descriptors = chosenDescriptors(framework, draft.stage, draft.descriptorIds);
  const ids = descriptors.map((d) => d.id);
  const subs = descriptors.length > 0 ? citedSubStandards(descriptors) : (draft.subStandards ?? (draft.subStandard ? [draft.subStandard] : []));
  const heading = draft.fields.title.value.trim() || (subs.length > 0 ? objectiveHeading(framework, subs, draft.number) : '');
  const paragraphs: BlockParagraph[] = [{ runs: [{ text: heading, bold: true }] }];
  paragraphs.push(...labelledParagraphs(w.labels.statement, userLines(draft.fields.statement.value)));
  const placeholders: Record<SmartFieldName, string> = w.placeholders;
  for (const name of SMART_FIELDS) paragraphs.push(...fieldParagraphs(w.labels[name], userLines(draft.fields[name].value), placeholders[name]));
  const priority = userLines(draft.priority?.value ?? '');
  if (priority.length > 0) paragraphs.push(...labelledParagraphs(w.labels.priority, priority));
  const humanTitle = fillTemplate(w.controlTitle, { number: String(draft.number), standards: subs.join(', '), stage: stageName(framework, draft.stage) });
  const { tag, title } = idListTagAndTitle('objective', ids, humanTitle, [stageName(framework, draft.stage)]);
  return { kind: 'tso', tag, title, paragraphs, citedIds: ids };
}

/** Warnings for a draft: nothing ticked, and the SMART parts still to fill in. */
export function objectiveWarnings(framework: Framework, draft: ObjectiveDraft): { warnings: string[]; missing: SmartFieldName[] } {
  const w = wordingOf(framework).objective;
  const warnings: string[] = [];
  if (draft.descriptorIds.length === 0) warnings.push(w.warnings.noneTicked);
  const missing = missingSmartParts(draft);
  const names: Record<SmartFieldName, string> = w.fieldNames;
  if (missing.length > 0) warnings.push(fillTemplate(w.warnings.missing, { fields: joinList(missing.map((m) => names[m]), wordingOf(framework).english) }));
  return { warnings, missing };
}

/** Drafts and composes an objective in one step, with its warnings (as the CLI and the tests use it). */
export function composeObjective(framework: Framework, request: ObjectiveRequest): ObjectiveResult {
  const draft = draftObjective(framework, request);
  const block = composeObjectiveBlock(framework, draft);
  return { block, ...objectiveWarnings(framework, draft), blocked: null };
}
