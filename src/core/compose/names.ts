/**
 * Names a reviewer reads: the career stage of a Teachers' Standards column as the career stage picker words it
 * (from `career-stages.json`), and the short names of the standards and sub-standards (from the wording file) used
 * in objective and area-for-development headings.
 */
import type { Framework } from '../framework/framework';
import type { StageCode, Standard, SubStandard } from '../framework/types';
import { stageColumn } from '../query/stages';
import { joinList } from './english';
import { fillTemplate } from './template';
import { wordingOf } from './wording';

/**
 * The picker's name for a Teachers' Standards column: the first career stage in `career-stages.json` that uses it
 * ("Main pay range" for MPR, "Leading practitioner" for LP). A column no career stage uses keeps its heading.
 */
export function stageName(framework: Framework, stage: StageCode): string {
  return framework.careerStages.find((cs) => cs.stage === stage)?.name ?? stageColumn(framework, stage).label;
}

/** The standard and sub-standard with this number; throws for a number the edition does not have. */
export function findSubStandard(framework: Framework, number: string): { standard: Standard; sub: SubStandard } {
  for (const standard of framework.teachersStandards.standards) {
    const sub = standard.subStandards.find((s) => s.number === number);
    if (sub) return { standard, sub };
  }
  throw new Error(`There is no Teachers’ Standard ${number} in ${framework.editionKey}.`);
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/** The short name of a sub-standard; where the wording file has none, its full title without the final full stop. */
export function subStandardName(framework: Framework, number: string): string {
  const names = wordingOf(framework).names.subStandards as Readonly<Record<string, string | undefined>>;
  return names[number] ?? findSubStandard(framework, number).sub.title.replace(/\.\s*$/, '');
}

function standardName(framework: Framework, number: string): string {
  const names = wordingOf(framework).names.standards as Readonly<Record<string, string | undefined>>;
  return names[number] ?? framework.teachersStandards.standards.find((s) => s.number === number)?.heading.replace(/[.:]\s*$/, '') ?? number;
}

/**
 * The name a heading gives to one or more sub-standards (in standard order), within `maxWords` together with
 * `prefixWords` (the "Objective 3:" before it): the sub-standards' short names joined ("Feedback to pupils and
 * effective use of lesson time", or with semicolons where a name has an "and" of its own); if too long and they span
 * several standards, the wordiest sub-standards named by their standard instead, one at a time, while the others keep
 * their own names; then the standards' names; if still too long, the first name "and related standards".
 */
export function headingName(framework: Framework, subNumbers: readonly string[], prefixWords: number): string {
  const w = wordingOf(framework);
  const limit = w.names.maxWords - prefixWords;
  const lowerRest = (names: string[]) => names.map((n, i) => (i === 0 || /^\p{Lu}[\p{Lu}\d]/u.test(n) ? n : n.charAt(0).toLowerCase() + n.slice(1)));
  // Names with an "and" of their own ("Rules and routines for behaviour") are set apart by semicolons, not joined by another "and".
  const join = (names: string[]) => (names.some((n) => n.includes(` ${w.english.conjunction} `)) ? names.join(w.english.complexListSeparator) : joinList(names, w.english));
  const subs = lowerRest(subNumbers.map((n) => subStandardName(framework, n)));
  const joinedSubs = join(subs);
  if (wordCount(joinedSubs) <= limit) return joinedSubs;
  const standards = [...new Set(subNumbers.map((n) => n.split('.')[0] as string))];
  if (standards.length > 1) {
    // Keep as many sub-standards' own names as fit: the wordiest give way to their standard's name first
    // ("Accountability for pupils’ progress and assessment"), each standard named once.
    const byLength = subNumbers.map((n, i) => ({ n, i, words: wordCount(subStandardName(framework, n)) })).sort((a, b) => b.words - a.words || b.i - a.i);
    const replaced = new Set<string>();
    for (const { n } of byLength.slice(0, -1)) {
      replaced.add(n);
      const named: string[] = [];
      for (const m of subNumbers) {
        const name = replaced.has(m) ? standardName(framework, m.split('.')[0] as string) : subStandardName(framework, m);
        if (!named.includes(name)) named.push(name);
      }
      const mixed = join(lowerRest(named));
      if (wordCount(mixed) <= limit) return mixed;
    }
  }
  const joinedStandards = join(lowerRest(standards.map((n) => standardName(framework, n))));
  if (wordCount(joinedStandards) <= limit) return joinedStandards;
  return fillTemplate(w.names.several, { name: subs[0] ?? '' });
}

/** "Teachers’ Standard 7.1" or "Teachers’ Standards 2.1 and 6.3". */
export function standardsReference(framework: Framework, subNumbers: readonly string[]): string {
  const w = wordingOf(framework);
  const standards = joinList(subNumbers, w.english);
  return fillTemplate(subNumbers.length === 1 ? w.names.reference.one : w.names.reference.many, { standards });
}

/** Compares sub-standard numbers in the standards' order ("2.10" after "2.9"). */
export function compareSubStandards(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}
