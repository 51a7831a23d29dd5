/**
 * Property tests: for many selections of descriptors (every sub-standard × stage with all small subsets, seeded
 * random subsets of larger cells, random selections across sub-standards with fast-check, and random ticks for every
 * role, rating and route), the composed text is well-formed English with no preamble sentence, no heading over
 * twelve words and no sentence over 40 words, and the tag records every cited descriptor.
 */
import fc from 'fast-check';
import { bundledFramework } from '../../src/core/framework/bundled';
import { RATING_CODES, STAGE_CODES } from '../../src/core/framework/types';
import { ratingForRole } from '../../src/core/query/descriptors';
import { blockPlainText } from '../../src/core/compose/block';
import { composeObjectiveBlock, draftObjective, chosenDescriptors } from '../../src/core/compose/objective';
import { statementSentences } from '../../src/core/compose/statement';
import { composeDevelopment } from '../../src/core/compose/development';
import { composePay } from '../../src/core/compose/pay';
import { splitSentences } from '../../src/core/compose/english';
import { wordCount } from '../../src/core/compose/names';
import { PAY_RECOMMENDATION_CODES, type ComposedBlock } from '../../src/core/compose/block';
import { draftRationale } from '../../src/core/compose/rationale';
import { wordingOf } from '../../src/core/compose/wording';
import { MAX_TAG_LENGTH, parseTag } from '../../src/core/tags';
import { seeded } from '../support/review-docx/review-scenarios';

const framework = bundledFramework();
const wording = wordingOf(framework);
const abbreviations = wording.english.abbreviations.map((a) => a.toLowerCase());
const MAX_WORDS = wording.statement.maxSentenceWords;
/** Every sentence of every stage preamble: none may appear in a composed statement. */
const PREAMBLE_SENTENCES = [...new Set(framework.teachersStandards.standards.flatMap((s) => Object.values(s.preambles)))]
  .flatMap((p) => splitSentences(p.replace(/\s+/g, ' '), wording.english))
  .map((p) => p.replace(/[.:]$/, ''))
  .filter((p) => p.split(' ').length > 2);
const TS_IDS = framework.descriptors.filter((d) => d.source === 'teachers-standards' && !d.retired);


function subsets<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask += 1) out.push(items.filter((_, i) => (mask & (1 << i)) !== 0));
  return out;
}

function randomSubset<T>(items: readonly T[], random: () => number): T[] {
  const chosen = items.filter(() => random() < 0.5);
  return chosen.length > 0 ? chosen : [items[Math.floor(random() * items.length)] as T];
}

/** What is wrong with a composed sentence or paragraph, if anything. */
function problems(text: string): string[] {
  const found: string[] = [];
  if (/(?<!\.)\.\.(?!\.)/.test(text)) found.push('doubled full stop');
  if (/[.;,:] [.;,:]/.test(text) || /[,;:][.,;:]/.test(text)) found.push('clashing punctuation');
  if (/ [,.;:]/.test(text)) found.push('space before punctuation');
  if (/ {2}/.test(text)) found.push('double space');
  if (!/^[\p{Lu}‘“(]/u.test(text)) found.push('does not start with a capital');
  if (!/[^.]\.\)?$/.test(text)) found.push('does not end with exactly one full stop');
  for (const match of text.matchAll(/(\S*)[.!?]\)? +(?=\p{Ll})/gu)) {
    const word = `${match[1] ?? ''}.`.toLowerCase();
    if (!abbreviations.some((a) => word.endsWith(a))) found.push(`lower-case sentence start after "${match[0]}"`);
  }
  return found;
}

describe('the well-formedness check itself', () => {
  it.each([
    ['With support, follow the policy..', 'doubled full stop'],
    ['With support, follow the policy. .', 'clashing punctuation'],
    ['With support , follow the policy.', 'space before punctuation'],
    ['With support,  follow the policy.', 'double space'],
    ['with support, follow the policy.', 'does not start with a capital'],
    ['With support, follow the policy', 'does not end with exactly one full stop'],
    ['With support, follow the policy;.', 'clashing punctuation'],
  ])('flags %j', (text, problem) => {
    expect(problems(text)).toContain(problem);
  });

  it('flags a lower-case sentence start but not one after an abbreviation', () => {
    expect(problems('Use lesson time. practical work helps.')).toHaveLength(1);
    expect(problems('Use lesson time, e.g. practical work. (It is recognised.)')).toEqual([]);
  });
});

/** The statement composed from these descriptors: well-formed, every sentence within the word limit, none a preamble sentence. */
function statementProblems(stage: (typeof STAGE_CODES)[number], ids: readonly string[]): string[] {
  const sentences = statementSentences(framework, stage, chosenDescriptors(framework, stage, ids));
  const statement = sentences.join(' ');
  const found = problems(statement);
  for (const p of PREAMBLE_SENTENCES) if (statement.includes(p)) found.push(`preamble sentence "${p}"`);
  if (/fulfil the statements|Additionally,/.test(statement)) found.push('refers to the guidance’s columns');
  for (const sentence of sentences) if (wordCount(sentence) > MAX_WORDS) found.push(`sentence of ${wordCount(sentence)} words: ${sentence}`);
  return found;
}

/** Doubled or clashing punctuation in a run ("..", ",;", ".,"), an abbreviation's own full stop aside ("etc.;"). */
function doubled(text: string): boolean {
  return /([,;:.])\1|[,;:][.,;:]|(?<!\b(?:etc|e\.g|i\.e|eg|ie|cf|approx))\.[,;:]/.test(text.replace(/\.\.\./g, '…'));
}

/** The heading without its bracketed reference to the standards, within twelve words. */
function headingWords(block: ComposedBlock): number {
  const heading = block.paragraphs[0]?.runs.map((r) => r.text).join('') ?? '';
  return wordCount(heading.replace(/ \([^()]*\)$/, ''));
}

function tagProblems(block: ComposedBlock, kind: 'objective' | 'development', ids: readonly string[]): string[] {
  const found: string[] = [];
  const parsed = parseTag(block.tag, block.title);
  if (block.tag.length > MAX_TAG_LENGTH || block.title.length > MAX_TAG_LENGTH) found.push('tag or title too long');
  if (parsed.kind !== kind || parsed.missing !== 0 || parsed.ids.join() !== block.citedIds.join()) found.push('tag does not round-trip');
  if ([...new Set(ids)].sort().join() !== [...block.citedIds].sort().join()) found.push('cited ids differ');
  return found;
}

describe('objectives from every sub-standard, stage and selection of descriptors', () => {
  const random = seeded(20240917);
  const cases: { stage: (typeof STAGE_CODES)[number]; subStandard: string; ids: string[] }[] = [];
  for (const stage of STAGE_CODES) {
    for (const standard of framework.teachersStandards.standards) {
      for (const sub of standard.subStandards) {
        const ids = sub.cells[stage].map((e) => e.id);
        if (ids.length === 0) continue;
        if (ids.length <= 5) for (const subset of subsets(ids)) cases.push({ stage, subStandard: sub.number, ids: subset });
        else for (let i = 0; i < 25; i += 1) cases.push({ stage, subStandard: sub.number, ids: randomSubset(ids, random) });
      }
    }
  }

  it('covers a good many selections', () => {
    expect(cases.length).toBeGreaterThan(1200);
  });

  it('composes well-formed statements (no preamble, no sentence over 40 words), a short heading and a tag that records every cited descriptor', () => {
    const failures: string[] = [];
    for (const c of cases) {
      const number = 1 + Math.floor(random() * 12);
      const draft = draftObjective(framework, { stage: c.stage, subStandard: c.subStandard, descriptorIds: [...c.ids].reverse(), number });
      for (const p of statementProblems(c.stage, c.ids)) failures.push(`${c.ids.join(',')}: ${p}`);
      if (draft.fields.statement.value !== statementSentences(framework, c.stage, chosenDescriptors(framework, c.stage, c.ids)).join(' ')) failures.push(`${c.ids.join(',')}: statement differs`);
      const block = composeObjectiveBlock(framework, draft);
      for (const p of tagProblems(block, 'objective', c.ids)) failures.push(`${c.ids.join(',')}: ${p}`);
      if (headingWords(block) > 12) failures.push(`${c.ids.join(',')}: heading over twelve words`);
      if (!blockPlainText(block).startsWith(`Objective ${number}: `)) failures.push(`${c.ids.join(',')}: heading lacks its number`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});

describe('objectives and areas for development across sub-standards (fast-check)', () => {
  const byStage = new Map(STAGE_CODES.map((stage) => [stage, TS_IDS.filter((d) => d.stage === stage).map((d) => d.id)]));
  const selection = fc.constantFrom(...STAGE_CODES).chain((stage) =>
    fc.record({
      stage: fc.constant(stage),
      ids: fc.uniqueArray(fc.constantFrom(...(byStage.get(stage) ?? [])), { minLength: 1, maxLength: 8 }),
      number: fc.integer({ min: 1, max: 20 }),
      values: fc.record({ evidence: fc.constantFrom('', 'Seen in two of three lessons.'), support: fc.constantFrom('', 'Coaching\nwith the phase leader') }),
    }),
  );

  it('objectives: well-formed statement, heading within twelve words, every cited id in the tag, placeholders for each missing SMART part', () => {
    fc.assert(
      fc.property(selection, ({ stage, ids, number, values }) => {
        const draft = draftObjective(framework, { stage, descriptorIds: ids, number, values: { evidence: values.evidence, support: values.support } });
        const block = composeObjectiveBlock(framework, draft);
        const found = [...statementProblems(stage, ids), ...tagProblems(block, 'objective', ids)];
        if (headingWords(block) > 12) found.push(`heading over twelve words: ${block.paragraphs[0]?.runs[0]?.text}`);
        const placeholders = block.paragraphs.flatMap((p) => p.runs).filter((r) => r.placeholder).length;
        if (placeholders !== 4 - [values.evidence, values.support].filter((v) => v !== '').length) found.push(`${placeholders} placeholders`);
        for (const p of block.paragraphs) for (const r of p.runs) if (doubled(r.text)) found.push(`doubled punctuation: ${r.text}`);
        expect(found).toEqual([]);
      }),
      { numRuns: 400, seed: 1313 },
    );
  });

  it('areas for development: the same properties, tagged tsa', () => {
    fc.assert(
      fc.property(selection, ({ stage, ids, number, values }) => {
        const { block, missing } = composeDevelopment(framework, { stage, descriptorIds: ids, number, values });
        const statement = block.paragraphs[1]?.runs.slice(1).map((r) => r.text).join('').trim() ?? '';
        const found = [...statementProblems(stage, ids), ...tagProblems(block, 'development', ids)];
        if (statement !== statementSentences(framework, stage, chosenDescriptors(framework, stage, ids)).join(' ')) found.push('expected practice differs from the statement');
        for (const p of block.paragraphs) for (const r of p.runs) if (doubled(r.text)) found.push(`doubled punctuation: ${r.text}`);
        if (headingWords(block) > 12) found.push(`heading over twelve words: ${block.paragraphs[0]?.runs[0]?.text}`);
        if (missing.length !== 3 - [values.evidence, values.support].filter((v) => v !== '').length) found.push(`missing ${missing.join()}`);
        expect(found).toEqual([]);
      }),
      { numRuns: 300, seed: 2024 },
    );
  });
});

describe('rationales from random ticks for every career stage, rating and route', () => {
  it('composes a well-formed overall line and findings paragraph, tagged with role and rating; exceptional is blocked exactly when a kind of tick is missing', () => {
    const random = seeded(77);
    const failures: string[] = [];
    let count = 0;
    for (const careerStage of framework.careerStages) {
      for (const rating of RATING_CODES) {
        const view = ratingForRole(framework, careerStage.role, rating);
        for (const route of view.routes) {
          const pool = route.descriptors.map((d) => d.id);
          const achieved = rating === 'exceptional' ? ratingForRole(framework, careerStage.role, 'achieved').routes.flatMap((r) => r.descriptors.map((d) => d.id)) : [];
          for (let i = 0; i < 15; i += 1) {
            const ticked = [...randomSubset(pool, random), ...(achieved.length > 0 && random() < 0.85 ? randomSubset(achieved, random) : [])];
            const { block, warnings, blocked } = draftRationale(framework, { careerStageName: careerStage.name, rating, route: route.route, tickedIds: ticked });
            count += 1;
            const paragraphs = block.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
            const findings = paragraphs[view.routes.length > 1 ? 2 : 1] ?? '';
            for (const text of [paragraphs[0] ?? '', findings]) for (const p of problems(text)) failures.push(`${ticked.join(',')}: ${p}: ${text}`);
            // A sentence may run over 40 words only where one long descriptor stands in it alone.
            for (const sentence of splitSentences(findings, wording.english)) {
              const alone = block.citedIds.some((id) => {
                const d = framework.byId.get(id);
                return d !== undefined && wordCount(d.text) > MAX_WORDS - 12 && sentence.includes(d.text.slice(1, 40));
              });
              if (wordCount(sentence) > MAX_WORDS && !alone) failures.push(`${ticked.join(',')}: sentence of ${wordCount(sentence)} words: ${sentence}`);
            }
            const unexpected = warnings.filter((w) => !w.includes('introduces examples'));
            if (unexpected.length > 0) failures.push(`${ticked.join(',')}: unexpected warnings ${unexpected.join(' | ')}`);
            const lead = route.descriptors.find((d) => d.text.trimEnd().endsWith(':'));
            const cited = new Set(block.citedIds);
            for (const id of ticked) if (!cited.has(id) && id !== lead?.id) failures.push(`${id}: ticked but not cited`);
            for (const id of block.citedIds) if (!ticked.includes(id) && id !== lead?.id) failures.push(`${id}: cited but not ticked`);
            const parsed = parseTag(block.tag, block.title);
            if (parsed.kind !== 'rationale' || parsed.role !== careerStage.role || parsed.rating !== rating) failures.push(`${block.tag}: tag does not round-trip`);
            const kinds = new Set(block.citedIds.filter((id) => id !== lead?.id).map((id) => framework.byId.get(id)?.rating));
            const shouldBlock = rating === 'exceptional' && !(kinds.has('achieved') && kinds.has('exceptional'));
            if ((blocked !== null) !== shouldBlock) failures.push(`${ticked.join(',')}: blocked is ${blocked}`);
            // No descriptor is stated twice, even where two ticked descriptors have the same words.
            for (const id of block.citedIds) {
              const words = (framework.byId.get(id)?.text ?? '').replace(/[.,;:]+$/, '').slice(1);
              if (words.length > 20 && findings.split(words).length > 2) failures.push(`${id}: stated twice: ${findings}`);
            }
            if (doubled(findings)) failures.push(`${ticked.join(',')}: doubled punctuation: ${findings}`);
          }
        }
      }
    }
    expect(count).toBeGreaterThan(500);
    expect(failures.slice(0, 20)).toEqual([]);
  });
});

describe('pay recommendations for every career stage, rating and recommendation', () => {
  it('composes well-formed text and a tag that reads back; refuses only progression with Not meeting expectations', () => {
    const failures: string[] = [];
    for (const careerStage of framework.careerStages) {
      for (const rating of RATING_CODES) {
        for (const recommendation of PAY_RECOMMENDATION_CODES) {
          const { block, blocked } = composePay(framework, { careerStageName: careerStage.name, rating, recommendation });
          for (const p of block.paragraphs) {
            const t = p.runs.filter((r) => !r.placeholder).map((r) => r.text).join('').trim();
            if (!p.runs.some((r) => r.placeholder)) for (const problem of problems(t)) failures.push(`${block.tag}: ${problem}: ${t}`);
          }
          const parsed = parseTag(block.tag);
          if (parsed.kind !== 'pay' || parsed.role !== careerStage.role || parsed.recommendation !== recommendation) failures.push(`${block.tag}: tag does not round-trip`);
          if ((blocked !== null) !== (rating === 'not-met' && recommendation === 'progress')) failures.push(`${block.tag} ${rating}: blocked is ${blocked}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
