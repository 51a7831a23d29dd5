/**
 * Property-style tests: for many selections of descriptors (every sub-standard × stage with all small subsets,
 * plus seeded random subsets of larger cells, and random ticks for every role, rating and route), the composed
 * text is well-formed English and the tag records every cited descriptor.
 */
import { bundledFramework } from '../../src/core/framework/bundled';
import { RATING_CODES, STAGE_CODES } from '../../src/core/framework/types';
import { ratingForRole } from '../../src/core/query/descriptors';
import { blockPlainText } from '../../src/core/compose/block';
import { composeObjectiveBlock, draftObjective } from '../../src/core/compose/objective';
import { draftRationale } from '../../src/core/compose/rationale';
import { wordingOf } from '../../src/core/compose/wording';
import { MAX_TAG_LENGTH, parseTag } from '../../src/core/tags';
import { seeded } from '../../src/cli/docx/review-scenarios';

const framework = bundledFramework();
const abbreviations = wordingOf(framework).english.abbreviations.map((a) => a.toLowerCase());


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

  it('composes a well-formed statement and a tag that records every cited descriptor', () => {
    const failures: string[] = [];
    for (const c of cases) {
      const number = 1 + Math.floor(random() * 12);
      const draft = draftObjective(framework, { stage: c.stage, subStandard: c.subStandard, descriptorIds: [...c.ids].reverse(), number });
      const statement = draft.fields.statement.value;
      for (const p of problems(statement)) failures.push(`${c.ids.join(',')}: ${p}: ${statement}`);
      const block = composeObjectiveBlock(framework, draft);
      const parsed = parseTag(block.tag, block.title);
      if (block.tag.length > MAX_TAG_LENGTH || block.title.length > MAX_TAG_LENGTH) failures.push(`${c.ids.join(',')}: tag or title too long`);
      if (parsed.kind !== 'objective' || parsed.missing !== 0 || parsed.ids.join() !== block.citedIds.join()) failures.push(`${c.ids.join(',')}: tag does not round-trip`);
      if ([...c.ids].sort().join() !== [...block.citedIds].sort().join()) failures.push(`${c.ids.join(',')}: cited ids differ`);
      if (!blockPlainText(block).includes(`Objective ${number}: `)) failures.push(`${c.ids.join(',')}: heading lacks its number`);
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});

describe('rationales from random ticks for every career stage, rating and route', () => {
  it('composes a well-formed overall line and findings paragraph, tagged with role and rating', () => {
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
            const ticked = [...randomSubset(pool, random), ...(achieved.length > 0 ? randomSubset(achieved, random) : [])];
            const { block, warnings } = draftRationale(framework, { careerStageName: careerStage.name, rating, route: route.route, tickedIds: ticked });
            count += 1;
            const [overall, findings] = block.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
            for (const text of [overall ?? '', findings ?? '']) for (const p of problems(text)) failures.push(`${ticked.join(',')}: ${p}: ${text}`);
            if (warnings.length > 0) failures.push(`${ticked.join(',')}: unexpected warnings ${warnings.join(' | ')}`);
            if ([...ticked].sort().join() !== [...block.citedIds].sort().join()) failures.push(`${ticked.join(',')}: cited ids differ`);
            const parsed = parseTag(block.tag, block.title);
            if (parsed.kind !== 'rationale' || parsed.role !== careerStage.role || parsed.rating !== rating) failures.push(`${block.tag}: tag does not round-trip`);
          }
        }
      }
    }
    expect(count).toBeGreaterThan(500);
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
