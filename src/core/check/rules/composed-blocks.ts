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
import { blockPlainText } from '../../compose/block';
import { objectiveStatement } from '../../compose/objective';
import { draftRationale } from '../../compose/rationale';
import { wordingOf } from '../../compose/wording';
import type { Descriptor } from '../../framework/framework';
import type { RatingCode } from '../../framework/types';
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
  const out = [(lines[from] as string).trim().slice(label.length).trim()];
  for (const line of lines.slice(from + 1)) {
    if (otherLabels.some((l) => starts(line, l))) break;
    out.push(line.trim());
  }
  return out.filter((l) => l !== '');
}

export function objectiveDriftRule(ctx: RuleContext, b: TaggedInfo, ids: readonly string[]): Finding[] {
  const { framework } = ctx;
  const descriptors = ids.map((id) => framework.byId.get(id));
  const first = descriptors[0];
  if (!first?.stage) return [];
  if (descriptors.some((d) => !d || d.stage !== first.stage)) return [];
  let expected: string;
  try {
    expected = objectiveStatement(framework, first.stage, ids);
  } catch {
    return [];
  }
  const labels = wordingOf(framework).objective.labels;
  const found = fieldLines(b.text.split('\n'), labels.statement, Object.entries(labels).filter(([k]) => k !== 'statement').map(([, v]) => v));
  const text = found?.join(' ') ?? '';
  if (same(text, expected)) return [];
  const values = { ids: ids.join(', '), label: labels.statement };
  const message = say(text === '' ? ctx.messages.deletedObjectiveStatement : ctx.messages.editedObjective, values);
  return [finding('edited-objective', 'warning', message, at(b), { id: ids[0] ?? null, excerpt: excerptOf(text), diff: wordDiff(expected, text) })];
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
function statedDescriptors(candidates: readonly Descriptor[], paragraph: string, inSentence: Readonly<Record<string, string | undefined>>): { exact: string[]; edited: string[] } {
  const paragraphWords = words(paragraph);
  const exact: string[] = [];
  const edited: { id: string; containment: number }[] = [];
  for (const d of candidates) {
    const own = words(inSentence[d.id] ?? d.text);
    if (own.length === 0) continue;
    if (contiguous(own, paragraphWords)) exact.push(d.id);
    else {
      const containment = matchFeatures(own, paragraphWords).containment;
      if (containment >= 0.75) edited.push({ id: d.id, containment });
    }
  }
  return { exact, edited: edited.sort((a, b) => b.containment - a.containment).map((e) => e.id) };
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
  const stated = statedDescriptors(candidates, findingsLine, rw.inSentence as Readonly<Record<string, string | undefined>>);
  const routes = ratingForRole(framework, stages[0]?.role ?? (role as never), rating).routes.length;
  const compose = (careerStageName: string, route: number, tickedIds: readonly string[]): string | null => {
    try {
      return blockPlainText(draftRationale(framework, { careerStageName, rating, tickedIds, route }).block).split('\n')[1] ?? '';
    } catch {
      return null;
    }
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
