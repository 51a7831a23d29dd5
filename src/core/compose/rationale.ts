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
 *   descriptors as well as the exceptional ones, and the rationale is `blocked` (composed for preview, never to be
 *   inserted) unless at least one achieved and one exceptional descriptor are ticked;
 * - where a rating has more than one route (the Headteacher's 'exceptional'), the reviewer picks one; the block names
 *   it by its plain-words label from the wording file. A descriptor that introduces examples (route 2's "… in
 *   additional ways, for example (but not limited to):") is stated and cited only with at least one example;
 * - a clause the framework repeats across ratings (route 2's "… to an appropriate and acceptable level") is stated once;
 * - no sentence runs over the wording file's limit, unless one long descriptor stands in it alone;
 * - 'not-met' appends the framework's support/HR note for the role, word for word, only when asked for, labelled as
 *   guidance for the reviewer;
 * - a pay progression line is added only when asked for (the pay recommendation itself is its own block: `pay.ts`).
 */
import type { Descriptor, Framework } from '../framework/framework';
import { RATING_CODES, type RatingCode, type RoleCode } from '../framework/types';
import { ratingForRole, type RatingView } from '../query/descriptors';
import { findCareerStage, ratingLabel, roleLabel } from '../query/stages';
import { labelledParagraph, labelledParagraphs, plainParagraph, type BlockParagraph, type ComposedBlock } from './block';
import { MAX_TAG_LENGTH, rationaleTag } from '../tags';
import {
  collapseSpaces,
  joinClauses,
  joinList,
  lowerInitial,
  nestQuotes,
  stripTrailingPunctuation,
  tidyOfficialText,
  upperInitial,
  userLines,
  type EnglishRules,
} from './english';
import { wordCount } from './names';
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
  /** Append the framework's support/HR note under 'not meeting expectations', labelled as guidance for the reviewer. Default false. */
  includeNotMetNote?: boolean;
  /** Add a neutral pay progression line. Default false. */
  includePayLine?: boolean;
}

export interface RationaleResult {
  block: ComposedBlock;
  /** Things the reviewer should look at; the rationale is still composed. */
  warnings: string[];
  /**
   * Why the rationale must not be inserted as it stands, or null. 'Exceptional performance' is blocked unless at
   * least one achieved and one exceptional descriptor are ticked (the framework defines it as "Meets Achieved
   * expectations plus"). The block is still composed, so that the pane can preview it.
   */
  blocked: string | null;
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

/**
 * Sentences stating one group of findings: those that take the subject first, then those with their own subject.
 * Findings are grouped in source order into sentences of at most `maxSentenceWords` words; a sentence after the
 * first says "also". A finding too long to share a sentence stands alone (its wording is the framework's).
 */
function findingSentences(
  w: Wording,
  findings: readonly Finding[],
  frames: { withSubject: string; clausesOnly: string },
  values: Record<string, string>,
): string[] {
  const rules: EnglishRules = w.english;
  const max = w.statement.maxSentenceWords;
  const Subject = upperInitial(values.subject ?? '');
  const predicates = findings.filter((f) => !f.clause).map((f) => f.text);
  const clauses = findings.filter((f) => f.clause).map((f) => f.text);
  const out: string[] = [];
  out.push(
    ...grouped(predicates, max, (group, first) =>
      fillTemplate(first ? frames.withSubject : w.rationale.alsoPredicates, { ...values, Subject, predicates: joinList(group, rules) }),
    ),
  );
  out.push(
    ...grouped(clauses, max, (group, first) =>
      fillTemplate(first && predicates.length === 0 ? frames.clausesOnly : w.rationale.alsoClauses, {
        ...values,
        clauses: joinClauses(group, w.rationale.clauseRepeat, rules),
      }),
    ),
  );
  return out;
}

/** Sentences from items, grouped in order so that no sentence runs over `max` words unless one item alone does. */
function grouped(items: readonly string[], max: number, render: (group: readonly string[], first: boolean) => string): string[] {
  const out: string[] = [];
  let group: string[] = [];
  for (const item of items) {
    if (group.length > 0 && wordCount(render([...group, item], out.length === 0)) > max) {
      out.push(render(group, out.length === 0));
      group = [];
    }
    group.push(item);
  }
  if (group.length > 0) out.push(render(group, out.length === 0));
  return out;
}

/** A comparable form of a finding, so that a clause the framework repeats across ratings is stated once. */
function clauseKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The plain-words label of each route to a rating, where the role has more than one (from the wording file). */
export function routeLabels(framework: Framework, role: RoleCode, rating: RatingCode): string[] {
  const routes = wordingOf(framework).rationale.routes as Readonly<Record<string, Readonly<Record<string, readonly string[] | undefined>> | undefined>>;
  const view = ratingForRole(framework, role, rating);
  const labels = routes[role]?.[rating] ?? [];
  return view.routes.map((r, i) => labels[i] ?? `Route ${r.route}`);
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
  let used = ticked.filter((d) => {
    if (allowed.has(d.id)) return true;
    warnings.push(fillTemplate(rw.warnings.tickNotUsed, { descriptor: quoteText(d) }));
    return false;
  });

  // A descriptor ending with a colon ("… in additional ways, for example (but not limited to):") introduces the ones
  // after it. It is not a finding on its own: it is stated, and cited, only with at least one of its examples.
  const leadIndex = routeDescriptors.findIndex((d) => d.text.trimEnd().endsWith(':'));
  const lead = leadIndex < 0 ? undefined : routeDescriptors[leadIndex];
  const examples = new Set(leadIndex < 0 ? [] : routeDescriptors.slice(leadIndex + 1).map((d) => d.id));
  if (lead) {
    const hasExample = used.some((d) => examples.has(d.id));
    if (hasExample && !used.includes(lead)) used = [...used, lead].sort((a, b) => a.order - b.order);
    if (!hasExample && used.includes(lead)) {
      warnings.push(fillTemplate(rw.warnings.leadInAlone, { descriptor: quoteText(lead) }));
      used = used.filter((d) => d !== lead);
    }
  }
  if (used.length === 0) warnings.push(rw.warnings.noneTicked);

  const subject = subjectFor(rw, role);
  const values = {
    role: roleLabel(framework, role),
    subject,
    achieved: label('achieved'),
    exceptional: label('exceptional'),
  };
  // A clause the framework repeats (route 2's "… to an appropriate and acceptable level", also an achieved descriptor) is stated once.
  const stated = new Set<string>();
  const main = used
    .filter((d) => !examples.has(d.id))
    .map((d) => finding(w, d))
    .filter((f) => {
      const key = clauseKey(f.text);
      if (stated.has(key)) return false;
      stated.add(key);
      return true;
    });
  const sentences: string[] = [];
  let blocked: string | null = null;
  if (rating === 'exceptional') {
    const achieved = main.filter((f) => f.descriptor.rating === 'achieved');
    const exceptional = main.filter((f) => f.descriptor.rating === 'exceptional');
    const exceptionalCount = used.filter((d) => d.rating === 'exceptional' && d !== lead).length;
    const achievedCount = used.filter((d) => d.rating === 'achieved').length;
    if (achievedCount === 0 || exceptionalCount === 0) {
      blocked = fillTemplate(rw.blocked.exceptional, { ...values, achievedCount: String(achievedCount), exceptionalCount: String(exceptionalCount) });
    }
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
  sentences.push(
    ...grouped(exampleClauses, w.statement.maxSentenceWords, (group, first) =>
      fillTemplate(first ? rw.examples : rw.alsoClauses, { clauses: joinClauses(group, rw.clauseRepeat, rules) }),
    ),
  );

  const paragraphs: BlockParagraph[] = [labelledParagraph(rw.overallLabel, fillTemplate(rw.overall, { rating: label(rating), careerStage: careerStage.name }))];
  if (view.routes.length > 1) {
    paragraphs.push(labelledParagraph(fillTemplate(rw.routeLabel, { rating: label(rating) }), `${routeLabels(framework, role, rating)[route - 1] ?? ''}.`));
  }
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
  if (rating === 'not-met' && request.includeNotMetNote === true && view.note) {
    // Guidance for the reviewer, off unless asked for. Quoted word for word; only its spacing (two to four spaces between sentences in the source) is made single.
    paragraphs.push(labelledParagraph(rw.notMetNoteLabel, collapseSpaces(view.note)));
  }
  if (request.includePayLine === true) paragraphs.push(plainParagraph(rw.payLine[rating]));

  const titleValues = { careerStage: careerStage.name, rating: label(rating), route: String(route) };
  const title = fillTemplate(view.routes.length > 1 ? rw.controlTitleWithRoute : rw.controlTitle, titleValues).slice(0, MAX_TAG_LENGTH);
  return {
    block: { kind: 'tsr', tag: rationaleTag(role, rating), title, paragraphs, citedIds: used.map((d) => d.id) },
    warnings,
    blocked,
  };
}
