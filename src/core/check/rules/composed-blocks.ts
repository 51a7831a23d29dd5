/**
 * Drift inside composed blocks: the parts of an objective and of a rating rationale that come from the framework are
 * composed again from the block's tag, by the pane's own composers and under the edition the document was written in
 * (the checker is given that edition), and compared with what the block says now.
 *
 * - An objective (`tso:<ids>`): its statement (the "Objective:" field) is `objectiveStatement` of its descriptors (one
 *   stage, one or more sub-standards)
 *   (`edited-objective`: `editedObjective` or `deletedObjectiveStatement`, with {ids}, {label}). The heading carries
 *   the objective's number and the reviewer's own fields (success criteria, timescale, support, evidence) are free
 *   text: none of them is compared.
 * - A rating rationale (`tsr:<role>/<rating>`): its findings paragraph (the sentences after "Overall rating: …") is
 *   what `draftRationale` makes for the role and rating from the descriptors the paragraph states. The tag does not
 *   record which descriptors were ticked, so they are read back from the paragraph (a descriptor counts as stated when
 *   most of its words are there in order, so an edited one is still found), and the route and career stage that
 *   compose closest are taken (`edited-rationale`: `editedRationale`, with {rating}, {careerStage}). Evidence notes
 *   and comments are the reviewer's and are not compared; the stated rating and stage have their own rules.
 *
 * A block whose descriptors or role the composers cannot take (another edition's ids, a hand-made block with ids from
 * several stages) is left alone here; the other rules report what is wrong with it.
 */
import { blockPlainText, PAY_RECOMMENDATION_CODES, type PayRecommendationCode } from '../../compose/block';
import { composePay } from '../../compose/pay';
import { objectiveStatement } from '../../compose/objective';
import { draftRationale } from '../../compose/rationale';
import { wordingOf } from '../../compose/wording';
import type { Descriptor, Framework } from '../../framework/framework';
import { RATING_CODES, type RatingCode } from '../../framework/types';
import { ratingForRole } from '../../query/descriptors';
import { ratingLabel } from '../../query/stages';
import { wordDiff, type DiffPart } from '../../text/diff';
import { words } from '../../text/normalise';
import { excerptOf, type Finding } from '../findings';
import { exactKey, matchFeatures } from '../matcher';
import { at, finding, say, type RuleContext, type TaggedInfo } from './context';

/** Text compared for drift: typography and spacing folded, case kept. */
const same = (a: string, b: string) => exactKey(a) === exactKey(b);

/** How much of a diff is changed (characters inserted or deleted). */
function changed(diff: readonly DiffPart[]): number {
  return diff.reduce((n, p) => n + (p.op === 'equal' ? 0 : p.text.length), 0);
}

/** The lines of a labelled field: from the line that starts with `label` to the next line that starts with another. */
function fieldLines(lines: readonly string[], label: string, otherLabels: readonly string[]): string[] | null {
  const starts = (line: string, l: string) => exactKey(line).toLowerCase().startsWith(exactKey(l).toLowerCase());
  const from = lines.findIndex((line) => starts(line, label));
  if (from < 0) return null;
  // The label's words, however the line spaces them ("Expected  practice:"), then the value.
  const words = label.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const line = (lines[from] as string).trim();
  const spaced = new RegExp(`^${words.join('\\s+')}`, 'i').exec(line);
  const out = [line.slice(spaced ? spaced[0].length : label.length).trim()];
  for (const line of lines.slice(from + 1)) {
    if (otherLabels.some((l) => starts(line, l))) break;
    out.push(line.trim());
  }
  return out.filter((l) => l !== '');
}

/** The statement composed from a block's descriptor ids (one stage), or null when the composers cannot take them. */
function composedStatement(ctx: RuleContext, ids: readonly string[]): string | null {
  const { framework } = ctx;
  const descriptors = ids.map((id) => framework.byId.get(id));
  const first = descriptors[0];
  if (!first?.stage) return null;
  if (descriptors.some((d) => !d || d.stage !== first.stage)) return null;
  try {
    return objectiveStatement(framework, first.stage, ids);
  } catch {
    return null;
  }
}

/** The text of a block's labelled statement field, the other labels ending it. */
function statementField(b: TaggedInfo, labels: Readonly<Record<string, string>>, statementKey: string): string {
  const label = labels[statementKey] as string;
  const found = fieldLines(b.text.split('\n'), label, Object.entries(labels).filter(([k]) => k !== statementKey).map(([, v]) => v));
  return found?.join(' ') ?? '';
}

export function objectiveDriftRule(ctx: RuleContext, b: TaggedInfo, ids: readonly string[]): Finding[] {
  const expected = composedStatement(ctx, ids);
  if (expected === null) return [];
  const labels = wordingOf(ctx.framework).objective.labels;
  const text = statementField(b, labels, 'statement');
  if (same(text, expected)) return [];
  const values = { ids: ids.join(', '), label: labels.statement };
  const message = say(text === '' ? ctx.messages.deletedObjectiveStatement : ctx.messages.editedObjective, values);
  return [finding('edited-objective', 'warning', message, at(b), { id: ids[0] ?? null, excerpt: excerptOf(text), diff: wordDiff(expected, text) })];
}

/**
 * An area for development (`tsa:<ids>`): its expected practice (the "Expected practice:" field) is composed as an
 * objective's statement is, from its descriptors (`edited-development`: `editedDevelopment` or
 * `deletedDevelopmentStatement`, with {ids}, {label}). The evidence, support and review date are the reviewer's.
 */
export function developmentDriftRule(ctx: RuleContext, b: TaggedInfo, ids: readonly string[]): Finding[] {
  const expected = composedStatement(ctx, ids);
  if (expected === null || expected === '') return [];
  const labels = wordingOf(ctx.framework).development.labels;
  const text = statementField(b, labels, 'expected');
  if (same(text, expected)) return [];
  const values = { ids: ids.join(', '), label: labels.expected };
  const message = say(text === '' ? ctx.messages.deletedDevelopmentStatement : ctx.messages.editedDevelopment, values);
  return [finding('edited-development', 'warning', message, at(b), { id: ids[0] ?? null, excerpt: excerptOf(text), diff: wordDiff(expected, text) })];
}

/**
 * What the framework's own texts and compositions come to, kept per framework: the checker asks for the same ones in
 * every review (the words of each rating's descriptors, the rationale composed from the same ticked descriptors), and
 * working them out again was about a tenth of a check. Both functions are pure, so the answers are the same.
 */
interface Known {
  words: Map<string, readonly string[]>;
  rationales: Map<string, string | null>;
}
const known = new WeakMap<Framework, Known>();
/** The most compositions kept per framework (the ticked descriptors come from the documents, so their number is open). */
const MAX_KEPT_RATIONALES = 4096;

function knownFor(framework: Framework): Known {
  let k = known.get(framework);
  if (!k) known.set(framework, (k = { words: new Map(), rationales: new Map() }));
  return k;
}

/** {@link words} of a text of the framework's (a descriptor, or its wording inside a sentence). */
function frameworkWords(k: Known, text: string): readonly string[] {
  let w = k.words.get(text);
  if (!w) k.words.set(text, (w = words(text)));
  return w;
}

/** True when `part` occurs in `whole` as consecutive words. */
function contiguous(part: readonly string[], whole: readonly string[]): boolean {
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let j = 0; j < part.length; j++) if (whole[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The descriptors of a role's rating (and achieved, for exceptional) that a paragraph states: `exact` ones word for
 * word, and `edited` ones whose words are mostly there in order (an edited descriptor, or a near neighbour of one that
 * is there: "consistently demonstrates expected performance" inside "… performance significantly above expected
 * performance"), most alike first.
 */
function statedDescriptors(k: Known, candidates: readonly Descriptor[], paragraph: string, inSentence: Readonly<Record<string, string | undefined>>): { exact: string[]; edited: string[] } {
  const paragraphWords = words(paragraph);
  const exact: string[] = [];
  const edited: { id: string; containment: number }[] = [];
  const loose: { id: string; containment: number }[] = [];
  for (const d of candidates) {
    const own = frameworkWords(k, inSentence[d.id] ?? d.text);
    if (own.length === 0) continue;
    if (contiguous(own, paragraphWords)) exact.push(d.id);
    else {
      const containment = matchFeatures(own, paragraphWords).containment;
      if (containment >= 0.75) edited.push({ id: d.id, containment });
      else if (containment >= 0.5) loose.push({ id: d.id, containment });
    }
  }
  // A paragraph that states no descriptor even nearly (one cut short: "…, according to the.") is compared with those
  // it half states, so that the edit is still reported.
  const near = exact.length === 0 && edited.length === 0 ? loose : edited;
  return { exact, edited: near.sort((a, b) => b.containment - a.containment).map((e) => e.id) };
}

export function rationaleDriftRule(ctx: RuleContext, b: TaggedInfo, role: string, rating: RatingCode): Finding[] {
  const { framework } = ctx;
  const stages = framework.careerStages.filter((cs) => cs.role === role);
  if (stages.length === 0) return [];
  const lines = b.text.split('\n');
  const findingsLine = lines[1]?.trim() ?? '';
  const rw = wordingOf(framework).rationale;
  // A rationale with no findings paragraph (nothing ticked) has nothing of the framework's to compare beyond its rating line.
  if (findingsLine === '' || /:$/.test(findingsLine) || findingsLine.startsWith(rw.overallNoteLabel)) return [];
  const levels: RatingCode[] = rating === 'exceptional' ? ['achieved', 'exceptional'] : [rating];
  const candidates = levels.flatMap((r) => ratingForRole(framework, stages[0]?.role ?? (role as never), r).routes.flatMap((route) => route.descriptors));
  const k = knownFor(framework);
  const stated = statedDescriptors(k, candidates, findingsLine, rw.inSentence as Readonly<Record<string, string | undefined>>);
  const routes = ratingForRole(framework, stages[0]?.role ?? (role as never), rating).routes.length;
  const compose = (careerStageName: string, route: number, tickedIds: readonly string[]): string | null => {
    const key = `${careerStageName}\u0000${route}\u0000${rating}\u0000${tickedIds.join('\u0000')}`;
    const kept = k.rationales.get(key);
    if (kept !== undefined) return kept;
    let composed: string | null;
    try {
      composed = blockPlainText(draftRationale(framework, { careerStageName, rating, tickedIds, route }).block).split('\n')[1] ?? '';
    } catch {
      composed = null;
    }
    if (k.rationales.size < MAX_KEPT_RATIONALES) k.rationales.set(key, composed);
    return composed;
  };
  let best: { expected: string; diff: DiffPart[]; careerStage: string } | null = null;
  for (const cs of stages) {
    for (let route = 1; route <= Math.max(1, routes); route++) {
      // The descriptors stated word for word first: an unedited rationale composes back exactly from them.
      let ticked = stated.exact;
      const composed = compose(cs.name, route, ticked);
      if (composed === null) continue;
      if (same(composed, findingsLine)) return [];
      let here = { expected: composed, diff: wordDiff(composed, findingsLine) };
      // Then each edited-looking one, kept only when the composition comes closer with it.
      for (const id of stated.edited) {
        const withIt = compose(cs.name, route, [...ticked, id]);
        if (withIt === null) continue;
        const diff = wordDiff(withIt, findingsLine);
        if (changed(diff) < changed(here.diff)) {
          ticked = [...ticked, id];
          here = { expected: withIt, diff };
        }
      }
      if (!best || changed(here.diff) < changed(best.diff)) best = { ...here, careerStage: cs.name };
    }
  }
  if (!best || best.expected === '') return [];
  const message = say(ctx.messages.editedRationale, { rating: ratingLabel(framework, rating), careerStage: best.careerStage });
  return [finding('edited-rationale', 'warning', message, at(b), { excerpt: excerptOf(findingsLine), diff: best.diff })];
}

/** The review's overall rating: the one its rationales and stated ratings agree on, or null (none, or several). */
export function reviewRating(ctx: RuleContext): RatingCode | null {
  const ratings = new Set<RatingCode>();
  for (const b of ctx.tagged) if (b.parsed.kind === 'rationale' && (RATING_CODES as readonly string[]).includes(b.parsed.rating)) ratings.add(b.parsed.rating as RatingCode);
  for (const s of ctx.stated) if (s.rating) ratings.add(s.rating);
  return ratings.size === 1 ? ([...ratings][0] as RatingCode) : null;
}

/**
 * A pay recommendation (`tsp:<role>/<recommendation>`): its label and statement are what `composePay` makes for the
 * review's rating (`edited-pay`: `editedPay`, with {recommendation}); the reviewer's note is never compared. And the
 * edition's pay rules against the rating (`pay-rule`: the rule's own message): a recommendation a rule blocks for
 * this rating is a warning, one it warns about is noted.
 */
export function payRule(ctx: RuleContext, b: TaggedInfo, role: string, recommendation: string): Finding[] {
  const { framework } = ctx;
  if (!(PAY_RECOMMENDATION_CODES as readonly string[]).includes(recommendation)) return [];
  const code = recommendation as PayRecommendationCode;
  const stages = framework.careerStages.filter((cs) => cs.role === role);
  const rating = reviewRating(ctx);
  const found = b.text.split('\n').slice(0, 2).join('\n');
  const out: Finding[] = [];
  let best: { expected: string; diff: DiffPart[] } | null = null;
  let rules: { blocked: string | null; warnings: string[] } | null = null;
  for (const cs of stages) {
    for (const r of rating ? [rating] : RATING_CODES) {
      let result;
      try {
        result = composePay(framework, { careerStageName: cs.name, rating: r, recommendation: code });
      } catch {
        continue;
      }
      if (rating && !rules) rules = { blocked: result.blocked, warnings: result.warnings };
      const expected = blockPlainText(result.block).split('\n').slice(0, 2).join('\n');
      if (same(expected, found)) best = { expected, diff: [] };
      else {
        const diff = wordDiff(expected, found);
        if (!best || (best.diff.length > 0 && changed(diff) < changed(best.diff))) best = { expected, diff };
      }
    }
  }
  if (best && best.diff.length > 0) {
    const message = say(ctx.messages.editedPay, { recommendation: code });
    out.push(finding('edited-pay', 'warning', message, at(b), { excerpt: excerptOf(found), diff: best.diff }));
  }
  if (rules?.blocked) out.push(finding('pay-rule', 'warning', rules.blocked, at(b), { excerpt: excerptOf(found) }));
  for (const w of rules?.warnings ?? []) out.push(finding('pay-rule', 'info', w, at(b), { excerpt: excerptOf(found) }));
  return out;
}
