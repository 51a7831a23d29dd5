/**
 * Objectives: a draft built from chosen Teachers' Standards descriptors, then composed into a block.
 *
 * The statement honours the stage's preamble for the standard, read as the source words it:
 * - complete sentences at its start stay as they are ("Independently fulfil the statements for ECT1.");
 * - its closing lead-in (the part before the colon) opens the sentence the descriptors complete:
 *   an adverbial ("With support:", "Additionally:") is followed by a comma and the descriptors
 *   ("With support, monitor … and use …"); a lead-in ending in "and" ("Additionally, be a role model to
 *   less experienced teachers and:") becomes the first item of the list the descriptors join.
 *
 * The heading quotes the sub-standard's official title as the source words it (curly apostrophes and all),
 * apart from a trailing full stop, which a heading does not take.
 *
 * Only the title and the statement are filled in: they come from official wording. The fields that need the
 * reviewer's judgement start empty, each with a prompt kept apart from its value; nothing is claimed about
 * the teacher.
 */
import type { Descriptor, Framework } from '../framework/framework';
import type { StageCode, Standard, SubStandard } from '../framework/types';
import { findCareerStage, stageColumn } from '../query/stages';
import { idListTagAndTitle } from '../tags';
import { labelledParagraphs, type BlockParagraph, type ComposedBlock } from './block';
import {
  collapseSpaces,
  endSentence,
  endsWithAbbreviation,
  joinList,
  lowerInitial,
  splitSentences,
  stripTrailingPunctuation,
  tidyOfficialText,
  upperInitial,
  userLines,
  type EnglishRules,
} from './english';
import { fillTemplate } from './template';
import { wordingOf } from './wording';

/** A field of a draft the reviewer can edit: its value, and a prompt shown while it is empty (never written into the document). */
export interface DraftField {
  value: string;
  prompt: string;
}

export type ObjectiveFieldName = 'title' | 'statement' | 'successCriteria' | 'timescale' | 'support' | 'evidence';

/** The fields in the order they appear in the document (the title is the heading above them). */
export const OBJECTIVE_FIELDS: readonly ObjectiveFieldName[] = ['title', 'statement', 'successCriteria', 'timescale', 'support', 'evidence'];

export interface ObjectiveRequest {
  /** The career stage as saved in the document, e.g. "ECT year 1". Give this or `stage`. */
  careerStageName?: string;
  stage?: StageCode;
  /** Sub-standard number, e.g. "2.1". */
  subStandard: string;
  /** Descriptors of that sub-standard and stage; the statement follows source order, whatever order they are given in. */
  descriptorIds: readonly string[];
  /** The objective's number in the review (see `nextObjectiveNumber`). */
  number: number;
}

export interface ObjectiveDraft {
  number: number;
  stage: StageCode;
  subStandard: string;
  /** The cited descriptors, in source order. */
  descriptorIds: string[];
  fields: Record<ObjectiveFieldName, DraftField>;
}

function findSubStandard(framework: Framework, number: string): { standard: Standard; sub: SubStandard } {
  for (const standard of framework.teachersStandards.standards) {
    const sub = standard.subStandards.find((s) => s.number === number);
    if (sub) return { standard, sub };
  }
  throw new Error(`There is no Teachers' Standard ${number} in ${framework.editionKey}.`);
}

function resolveStage(framework: Framework, request: Pick<ObjectiveRequest, 'careerStageName' | 'stage'>): StageCode {
  if (request.stage) return request.stage;
  if (request.careerStageName === undefined) throw new Error('An objective needs a career stage or a stage.');
  const careerStage = findCareerStage(framework, request.careerStageName);
  if (!careerStage) throw new Error(`There is no career stage "${request.careerStageName}" in ${framework.editionKey}.`);
  if (!careerStage.stage) {
    throw new Error(`"${careerStage.name}" has no column in the Teachers' Standards descriptors, so objectives cannot be drafted from them.`);
  }
  return careerStage.stage;
}

/** The chosen descriptors, checked to belong to the sub-standard and stage, without repeats, in source order. */
function chosenDescriptors(framework: Framework, stage: StageCode, subStandard: string, ids: readonly string[]): Descriptor[] {
  const out = new Map<string, Descriptor>();
  for (const id of ids) {
    const d = framework.byId.get(id);
    if (!d) throw new Error(`There is no descriptor "${id}" in ${framework.editionKey}.`);
    if (d.standard !== subStandard || d.stage !== stage) {
      throw new Error(`Descriptor "${id}" is not one of Teachers' Standard ${subStandard} for ${stageColumn(framework, stage).label}.`);
    }
    out.set(id, d);
  }
  return [...out.values()].sort((a, b) => a.order - b.order);
}

/** The preamble read as a frame: its complete sentences, and the lead-in the descriptors complete. */
interface PreambleFrame {
  sentences: string[];
  /** Adverbial opening ("With support", "Additionally"), or "" when there is none. */
  opening: string;
  /** An action the descriptors are joined to ("be a role model to less experienced teachers"), or "". */
  action: string;
}

function preambleFrame(preamble: string, rules: EnglishRules): PreambleFrame {
  const sentences = splitSentences(collapseSpaces(preamble), rules);
  const last = sentences[sentences.length - 1];
  if (last === undefined || !last.endsWith(':')) return { sentences, opening: '', action: '' };
  sentences.pop();
  const leadIn = last.slice(0, -1).trim();
  const and = ` ${rules.conjunction}`;
  if (!leadIn.endsWith(and)) return { sentences, opening: leadIn, action: '' };
  const body = leadIn.slice(0, -and.length).trim();
  const comma = body.indexOf(', ');
  return comma < 0 ? { sentences, opening: '', action: body } : { sentences, opening: body.slice(0, comma), action: body.slice(comma + 2) };
}

function startsWithWords(text: string, words: string): boolean {
  return words !== '' && text.toLowerCase().startsWith(`${words.toLowerCase()} `);
}

/**
 * One objective statement from descriptors of one sub-standard and stage, shaped by the stage's preamble.
 * Descriptor wording is kept; only its punctuation is tidied to join it into one sentence.
 */
export function objectiveStatement(framework: Framework, stage: StageCode, subStandard: string, descriptorIds: readonly string[]): string {
  const rules = wordingOf(framework).english;
  const { standard } = findSubStandard(framework, subStandard);
  const descriptors = chosenDescriptors(framework, stage, subStandard, descriptorIds);
  if (descriptors.length === 0) return '';
  const frame = preambleFrame(standard.preambles[stage], rules);

  const heads: string[] = [];
  const tails: string[] = [];
  for (const d of descriptors) {
    let text = tidyOfficialText(d.text, rules);
    // A descriptor that repeats the lead-in ("With support; plan, teach …") leaves it to the frame.
    if (frame.opening !== '') {
      const lower = text.toLowerCase();
      const opening = frame.opening.toLowerCase();
      if (lower.startsWith(opening) && /^\s*[,;:]/.test(text.slice(opening.length))) {
        text = text.slice(opening.length).replace(/^\s*[,;:]\s*/, '');
      }
    }
    // A further sentence is another item of the list, except a bracketed remark, which follows the joined sentence.
    for (const sentence of splitSentences(text, rules)) {
      if (sentence.startsWith('(')) tails.push(sentence);
      else heads.push(stripTrailingPunctuation(sentence, rules));
    }
  }

  let sentence: string;
  const first = heads[0] ?? '';
  if (frame.action !== '') {
    const list = joinList([frame.action, ...heads.map((h) => lowerInitial(h, rules))], rules);
    sentence = frame.opening === '' ? list : `${frame.opening}, ${list}`;
  } else if (frame.opening !== '' && !startsWithWords(first, frame.opening)) {
    sentence = `${frame.opening}, ${joinList(heads.map((h) => lowerInitial(h, rules)), rules)}`;
  } else {
    // No lead-in, or the first descriptor opens with a fuller form of it ("With support from the SENDCO, …").
    sentence = joinList([first, ...heads.slice(1).map((h) => lowerInitial(h, rules))], rules);
  }
  const main = endSentence(upperInitial(sentence), rules);
  return [...frame.sentences.map((s) => endSentence(s, rules)), main, ...tails.map((t) => endSentence(t, rules))].join(' ');
}

/** The official sub-standard title for a heading: the source's words, without a trailing full stop. */
function headingTitle(title: string, rules: EnglishRules): string {
  const text = collapseSpaces(title);
  return text.endsWith('.') && !endsWithAbbreviation(text, rules) ? text.slice(0, -1) : text;
}

/** The objective's heading, e.g. "Objective 1: Teachers’ Standard 2.1 – Be accountable for pupils’ attainment, progress and outcomes". */
export function objectiveHeading(framework: Framework, subStandard: string, number: number): string {
  const w = wordingOf(framework);
  const { sub } = findSubStandard(framework, subStandard);
  return fillTemplate(w.objective.heading, { number: String(number), standard: sub.number, title: headingTitle(sub.title, w.english) });
}

/** A new objective draft: the heading and statement filled in from official wording, the other fields empty with prompts. */
export function draftObjective(framework: Framework, request: ObjectiveRequest): ObjectiveDraft {
  const w = wordingOf(framework).objective;
  const stage = resolveStage(framework, request);
  findSubStandard(framework, request.subStandard);
  const descriptorIds = chosenDescriptors(framework, stage, request.subStandard, request.descriptorIds).map((d) => d.id);
  const field = (name: ObjectiveFieldName, value = ''): DraftField => ({ value, prompt: w.prompts[name] });
  return {
    number: request.number,
    stage,
    subStandard: request.subStandard,
    descriptorIds,
    fields: {
      title: field('title', objectiveHeading(framework, request.subStandard, request.number)),
      statement: field('statement', objectiveStatement(framework, stage, request.subStandard, descriptorIds)),
      successCriteria: field('successCriteria'),
      timescale: field('timescale'),
      support: field('support'),
      evidence: field('evidence'),
    },
  };
}

/**
 * The objective as a block: the heading in bold, then each field after its bold label. Values are written
 * as the reviewer left them (trimmed, one paragraph per line); an empty field leaves its label to fill in.
 */
export function composeObjectiveBlock(framework: Framework, draft: ObjectiveDraft): ComposedBlock {
  const w = wordingOf(framework).objective;
  const ids = chosenDescriptors(framework, draft.stage, draft.subStandard, draft.descriptorIds).map((d) => d.id);
  const heading = draft.fields.title.value.trim() || objectiveHeading(framework, draft.subStandard, draft.number);
  const paragraphs: BlockParagraph[] = [{ runs: [{ text: heading, bold: true }] }];
  for (const name of OBJECTIVE_FIELDS) {
    if (name === 'title') continue;
    paragraphs.push(...labelledParagraphs(w.labels[name], userLines(draft.fields[name].value)));
  }
  const humanTitle = fillTemplate(w.controlTitle, {
    number: String(draft.number),
    standard: draft.subStandard,
    stage: stageColumn(framework, draft.stage).label,
  });
  const { tag, title } = idListTagAndTitle('objective', ids, humanTitle);
  return { kind: 'tso', tag, title, paragraphs, citedIds: ids };
}
