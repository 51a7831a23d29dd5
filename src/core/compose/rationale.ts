/**
 * The rating rationale: the overall rating, then one paragraph stating the ticked career expectations
 * descriptors as the reviewer's findings, then the reviewer's notes.
 *
 * Descriptor wording is official, so it is kept inside the sentences. Each descriptor continues the
 * subject ("the teacher consistently meets …") unless the wording file lists it as a clause with a subject
 * of its own ("children do not make sufficient progress"), which the paragraph states separately. The
 * wording file may give a descriptor an in-sentence form where the source cannot follow a subject as it
 * stands (an imperative "Provide …", a heading-like noun phrase); otherwise the source words are used.
 *
 * Rules of the framework kept here:
 * - 'exceptional' means "Meets Achieved expectations plus": the paragraph confirms the ticked achieved
 *   descriptors as well as the exceptional ones, and warns (without refusing) when no achieved one is ticked;
 * - where a rating has more than one route (the Headteacher's 'exceptional'), the reviewer picks one and the
 *   paragraph says which;
 * - 'not-met' appends the framework's own note for the role, word for word, unless turned off;
 * - a pay progression line is added only when asked for.
 */
import type { Descriptor, Framework } from '../framework/framework';
import { RATING_CODES, type RatingCode, type RoleCode } from '../framework/types';
import { ratingForRole, type RatingView } from '../query/descriptors';
import { findCareerStage, ratingLabel, roleLabel } from '../query/stages';
import { labelledParagraph, labelledParagraphs, plainParagraph, type BlockParagraph, type ComposedBlock } from './block';
import { fitTitle, rationaleTag } from '../tags';
import {
  collapseSpaces,
  joinClauses,
  joinList,
  lowerInitial,
  nestQuotes,
  stripTrailingPunctuation,
  tidyOfficialText,
  userLines,
  type EnglishRules,
} from './english';
import { fillTemplate } from './template';
import { wordingOf, type Wording } from './wording';

export interface RationaleRequest {
  /** The career stage as saved in the document, e.g. "Main pay range with TLR". */
  careerStageName: string;
  rating: RatingCode;
  /** The descriptors the reviewer ticked (career expectations ids); order does not matter. */
  tickedIds: readonly string[];
  /** The reviewer's evidence note for a ticked descriptor, by id. */
  evidenceNotes?: Readonly<Record<string, string>>;
  overallNote?: string;
  /** Which route to the rating, where the role has more than one (the Headteacher's 'exceptional': 1 or 2). */
  route?: number;
  /** Append the framework's note under 'not meeting expectations'. Default true. */
  includeNotMetNote?: boolean;
  /** Add a neutral pay progression line. Default false. */
  includePayLine?: boolean;
}

export interface RationaleResult {
  block: ComposedBlock;
  /** Things the reviewer should look at; the rationale is still composed. */
  warnings: string[];
}

type RationaleWording = Wording['rationale'];

/** How a descriptor reads inside a sentence, and whether it takes the subject or has its own. */
interface Finding {
  descriptor: Descriptor;
  text: string;
  clause: boolean;
}

function finding(w: Wording, d: Descriptor): Finding {
  const rules = w.english;
  const override = (w.rationale.inSentence as Readonly<Record<string, string | undefined>>)[d.id];
  let text = override ?? stripTrailingPunctuation(tidyOfficialText(d.text, rules), rules);
  // A bullet that continues the one before it ("and has demonstrated …") gets its joining word from the list.
  if (override === undefined) text = text.replace(new RegExp(`^${rules.conjunction} `, 'i'), '');
  return { descriptor: d, text: lowerInitial(text, rules), clause: w.rationale.clauseDescriptors.includes(d.id) };
}

function subjectFor(w: RationaleWording, role: RoleCode): string {
  return (w.subjects as Readonly<Record<string, string | undefined>>)[role] ?? w.subjects.default;
}

/** Sentences stating one group of findings: those that take the subject first, then those with their own subject. */
function findingSentences(
  w: Wording,
  findings: readonly Finding[],
  frames: { withSubject: string; clausesOnly: string },
  values: Record<string, string>,
): string[] {
  const rules: EnglishRules = w.english;
  const predicates = findings.filter((f) => !f.clause).map((f) => f.text);
  const clauses = joinClauses(
    findings.filter((f) => f.clause).map((f) => f.text),
    w.rationale.clauseRepeat,
    rules,
  );
  if (predicates.length === 0) return clauses === '' ? [] : [fillTemplate(frames.clausesOnly, { ...values, clauses })];
  const out = [fillTemplate(frames.withSubject, { ...values, predicates: joinList(predicates, rules) })];
  if (clauses !== '') out.push(fillTemplate(w.rationale.alsoClauses, { clauses }));
  return out;
}

/** Which route the rationale follows; a route the role does not have, or none where there is a choice, is warned about. */
function chooseRoute(view: RatingView, requested: number | undefined, ticked: readonly Descriptor[]): { route: number; ask: boolean } {
  const count = view.routes.length;
  if (count <= 1) return { route: 1, ask: false };
  if (requested !== undefined && Number.isInteger(requested) && requested >= 1 && requested <= count) return { route: requested, ask: false };
  const inferred = ticked.find((d) => d.rating === view.rating)?.route ?? 1;
  return { route: inferred, ask: true };
}

/** The rating rationale for a career stage and rating, from the descriptors the reviewer ticked. */
export function draftRationale(framework: Framework, request: RationaleRequest): RationaleResult {
  const w = wordingOf(framework);
  const rw = w.rationale;
  const rules = w.english;
  const careerStage = findCareerStage(framework, request.careerStageName);
  if (!careerStage) throw new Error(`There is no career stage "${request.careerStageName}" in ${framework.editionKey}.`);
  if (!RATING_CODES.includes(request.rating)) throw new Error(`There is no rating "${String(request.rating)}".`);
  const { role } = careerStage;
  const rating = request.rating;
  const label = (code: RatingCode) => ratingLabel(framework, code);
  const warnings: string[] = [];
  const quoteText = (d: Descriptor) => nestQuotes(stripTrailingPunctuation(tidyOfficialText(d.text, rules), rules));

  // The ticked descriptors that exist, without repeats, in source order.
  const known = new Map<string, Descriptor>();
  for (const id of request.tickedIds) {
    const d = framework.byId.get(id);
    if (d) known.set(id, d);
    else warnings.push(fillTemplate(rw.warnings.unknownDescriptor, { id }));
  }
  const ticked = [...known.values()].sort((a, b) => a.order - b.order);

  const view = ratingForRole(framework, role, rating);
  const { route, ask } = chooseRoute(view, request.route, ticked);
  if (ask) {
    warnings.push(fillTemplate(rw.warnings.routeNeeded, { role: roleLabel(framework, role), count: String(view.routes.length), rating: label(rating), route: String(route) }));
  }
  const routeDescriptors = view.routes[route - 1]?.descriptors ?? [];
  const allowed = new Set(routeDescriptors.map((d) => d.id));
  if (rating === 'exceptional') {
    for (const r of ratingForRole(framework, role, 'achieved').routes) for (const d of r.descriptors) allowed.add(d.id);
  }
  const used = ticked.filter((d) => {
    if (allowed.has(d.id)) return true;
    warnings.push(fillTemplate(rw.warnings.tickNotUsed, { descriptor: quoteText(d) }));
    return false;
  });
  if (used.length === 0) warnings.push(rw.warnings.noneTicked);

  // Descriptors after one that ends with a colon ("… for example (but not limited to):") are its examples.
  const leadIndex = routeDescriptors.findIndex((d) => d.text.trimEnd().endsWith(':'));
  const examples = new Set(leadIndex < 0 ? [] : routeDescriptors.slice(leadIndex + 1).map((d) => d.id));

  const subject = subjectFor(rw, role);
  const values = {
    role: roleLabel(framework, role),
    subject,
    achieved: label('achieved'),
    exceptional: label('exceptional'),
  };
  const main = used.filter((d) => !examples.has(d.id)).map((d) => finding(w, d));
  const sentences: string[] = [];
  if (view.routes.length > 1 && used.length > 0) {
    const routeName = rw.routeNames[route - 1] ?? String(route);
    sentences.push(fillTemplate(rw.route, { routeName, rating: label(rating) }));
  }
  if (rating === 'exceptional') {
    const achieved = main.filter((f) => f.descriptor.rating === 'achieved');
    const exceptional = main.filter((f) => f.descriptor.rating === 'exceptional');
    if (achieved.length === 0) warnings.push(fillTemplate(rw.warnings.noAchievedTicked, values));
    if (exceptional.length === 0 && !used.some((d) => examples.has(d.id))) warnings.push(fillTemplate(rw.warnings.noExceptionalTicked, values));
    if (used.length > 0) sentences.push(fillTemplate(rw.exceptionalOpening, values));
    for (const [code, group] of [['achieved', achieved], ['exceptional', exceptional]] as const) {
      sentences.push(...findingSentences(w, group, { withSubject: rw.levelFindings, clausesOnly: rw.levelFindingsClausesOnly }, { ...values, level: label(code) }));
    }
  } else {
    sentences.push(...findingSentences(w, main, { withSubject: rw.findings, clausesOnly: rw.findingsClausesOnly }, values));
  }
  const exampleClauses = used
    .filter((d) => examples.has(d.id))
    .map((d) => finding(w, d))
    .map((f) => (f.clause ? f.text : `${subject} ${f.text}`));
  if (exampleClauses.length > 0) sentences.push(fillTemplate(rw.examples, { clauses: joinClauses(exampleClauses, rw.clauseRepeat, rules) }));

  const paragraphs: BlockParagraph[] = [labelledParagraph(rw.overallLabel, fillTemplate(rw.overall, { rating: label(rating), careerStage: careerStage.name }))];
  if (sentences.length > 0) paragraphs.push(plainParagraph(sentences.join(' ')));

  const notes = request.evidenceNotes ?? {};
  const usedIds = new Set(used.map((d) => d.id));
  for (const d of used) {
    const lines = userLines(notes[d.id] ?? '');
    if (lines.length > 0) paragraphs.push(...labelledParagraphs(fillTemplate(rw.evidenceLabel, { descriptor: quoteText(d) }), lines));
  }
  for (const [id, note] of Object.entries(notes)) {
    if (usedIds.has(id) || userLines(note).length === 0) continue;
    const d = framework.byId.get(id);
    warnings.push(d ? fillTemplate(rw.warnings.noteNotUsed, { descriptor: quoteText(d) }) : fillTemplate(rw.warnings.unknownDescriptor, { id }));
  }
  const overall = userLines(request.overallNote ?? '');
  if (overall.length > 0) paragraphs.push(...labelledParagraphs(rw.overallNoteLabel, overall));
  if (rating === 'not-met' && request.includeNotMetNote !== false && view.note) {
    // The note is quoted word for word; only its spacing (two to four spaces between sentences in the source) is made single.
    paragraphs.push(labelledParagraph(rw.notMetNoteLabel, collapseSpaces(view.note)));
  }
  if (request.includePayLine === true) paragraphs.push(plainParagraph(rw.payLine[rating]));

  const titleValues = { careerStage: careerStage.name, rating: label(rating), route: String(route) };
  const title = fitTitle(fillTemplate(view.routes.length > 1 ? rw.controlTitleWithRoute : rw.controlTitle, titleValues), [careerStage.name]);
  return {
    block: { kind: 'tsr', tag: rationaleTag(role, rating), title, paragraphs, citedIds: used.map((d) => d.id) },
    warnings,
  };
}
