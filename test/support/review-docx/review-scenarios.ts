/**
 * Review documents to write with write-review.ts: the named fixture scenarios (one per kind of finding, plus a clean
 * review) and seeded random reviews of 5–10 pages for the benchmark. Each comes with the finding kinds (warnings
 * and errors) it was built to contain, so a test can compare the checker's answer with the intent, not with itself.
 */
import type { FindingKind } from '../../../src/core/check/findings';
import { blockPlainText } from '../../../src/core/compose/block';
import { composeObjectiveBlock, draftObjective } from '../../../src/core/compose/objective';
import { composePay } from '../../../src/core/compose/pay';
import { draftRationale } from '../../../src/core/compose/rationale';
import { descriptorInsertion } from '../../../src/core/compose/reference';
import type { Descriptor, Framework } from '../../../src/core/framework/framework';
import type { CareerStage, RatingCode } from '../../../src/core/framework/types';
import { earlierStages, findCareerStage, ratingLabel } from '../../../src/core/query/stages';
import type { ReviewItem, ReviewSpec } from './write-review';

export interface ReviewCase {
  name: string;
  spec: ReviewSpec;
  /** Finding kinds of severity warning or error the document was built to contain (sorted, unique). */
  expected: FindingKind[];
}

export type Random = () => number;

/** A small seeded generator (mulberry32), so the same seed always gives the same documents. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const NAMES = ['Sam Jones', 'Priya Shah', 'Tom Hughes', 'Amelia Carter', 'Daniel Okafor', 'Jess Lewis', 'Hannah Price', 'Oliver Grant'];
const REVIEWERS = ['Ms Patel', 'Mr Evans', 'Mrs Green', 'Dr Ahmed'];
const SUBJECTS = ['phonics', 'reading', 'maths', 'science', 'history', 'PE', 'art', 'computing', 'RE', 'French', 'writing', 'geography'];
const YEARS = ['Year 1', 'Year 2', 'Year 3', 'Year 4', 'Year 5', 'Year 6', 'Reception'];
const PROSE = [
  '{name} has had a positive year and has built strong relationships with the {year} class.',
  'Pupils make good progress in {subject}; the end-of-year data shows most at the expected standard.',
  'Lesson observations in the autumn and spring terms found calm, purposeful classrooms.',
  'Book looks showed consistent feedback in {subject} and clear next steps for pupils.',
  '{name} attended the {subject} network meetings and shared the key messages with colleagues.',
  'Objective 1 was met: the {subject} intervention group made accelerated progress.',
  'Objective 2 was partly met; moderation with the {year} team will continue next term.',
  'Parents commented positively on communication and on the {subject} homework projects.',
  '{name} ran an after-school {subject} club that was well attended throughout the year.',
  'Support from the SENDCO helped {name} adapt {subject} tasks for pupils with EHCPs.',
  'Pupil voice shows that children enjoy {subject} and feel confident to ask questions.',
  'Attendance at training, staff meetings and parents’ evenings has been excellent.',
  '{name} would like to develop subject leadership and to observe colleagues in {year}.',
  'Workload has been high and {name} has managed it sensibly, asking for help when needed.',
  'The evidence folder includes planning, pupil work, observation notes and the {subject} action plan.',
  'Next year {name} will take on the {subject} lead role with support from the deputy head.',
];

function prose(random: Random, name: string): string {
  return pick(random, PROSE)
    .replace('{name}', name.split(' ')[0] as string)
    .replace('{subject}', pick(random, SUBJECTS))
    .replace('{year}', pick(random, YEARS));
}

function descriptorItem(framework: Framework, id: string, text?: string): ReviewItem {
  const ins = descriptorInsertion(framework, id);
  return { type: 'control', tag: ins.tag, title: ins.title, text: text ?? ins.text };
}

/** The reviewer's own fields of an objective (free text, which the checker never compares). */
const OBJECTIVE_FIELDS = {
  successCriteria: 'Most pupils in the class reach the expected standard, seen in books and in termly data.',
  timescale: 'By July, reviewed at the mid-year meeting.',
  support: 'Release time to observe colleagues and the subject network meetings.',
  evidence: 'Book looks and termly data.',
};

/** An objective as the pane composes it (heading and statement from the descriptors), or null when none can be. */
function objectiveItem(framework: Framework, n: number, ids: readonly string[]): ReviewItem | null {
  const first = ids.map((id) => framework.byId.get(id)).find((d) => d?.stage && d.standard);
  if (!first?.stage || !first.standard) return null;
  const same = ids.filter((id) => {
    const d = framework.byId.get(id);
    return d?.stage === first.stage && d.standard === first.standard;
  });
  const draft = draftObjective(framework, { stage: first.stage, descriptorIds: same, number: n, values: OBJECTIVE_FIELDS });
  const block = composeObjectiveBlock(framework, draft);
  return { type: 'control', tag: block.tag, title: block.title, text: blockPlainText(block) };
}

/** The career expectations descriptors a rationale ticks: the first two of the role's rating (and of achieved, for exceptional). */
function tickedFor(framework: Framework, role: string, rating: RatingCode, confirmAchieved: boolean): string[] {
  const of = (r: RatingCode) => framework.descriptors.filter((d) => !d.retired && d.role === role && d.rating === r && (d.route ?? 1) === 1 && !d.text.trimEnd().endsWith(':')).slice(0, 2);
  return [...(rating === 'exceptional' && confirmAchieved ? of('achieved') : []), ...of(rating)].map((d) => d.id);
}

/** A rating rationale as the pane composes it, with the pay line; `stated` rewrites the rating it states (an edit). */
function rationaleItem(framework: Framework, cs: CareerStage, rating: RatingCode, options: { confirmAchieved?: boolean; stated?: string; role?: string } = {}): ReviewItem {
  const tagged = options.role ? (framework.careerStages.find((x) => x.role === options.role) ?? cs) : cs;
  const { block } = draftRationale(framework, {
    careerStageName: tagged.name,
    rating,
    tickedIds: tickedFor(framework, tagged.role, rating, options.confirmAchieved !== false),
    route: 1,
    includePayLine: true,
  });
  let text = blockPlainText(block);
  if (options.stated) text = text.replace(ratingLabel(framework, rating), options.stated);
  return { type: 'control', tag: block.tag, title: block.title, text };
}

/** A pay recommendation as the pane composes it beside the rationale (progression, as the rating allows). */
function payItem(framework: Framework, cs: CareerStage, rating: RatingCode): ReviewItem {
  const { block } = composePay(framework, { careerStageName: cs.name, rating, recommendation: rating === 'not-met' ? 'no-progress' : 'progress' });
  return { type: 'control', tag: block.tag, title: block.title, text: blockPlainText(block) };
}

/** A pay recommendation written as schools type it, for reviews without this add-in's blocks. */
const PAY_LINE: ReviewItem = { type: 'paragraph', text: 'Pay recommendation: Progress to the next point or range.' };

/** Descriptors a review for this career stage may cite: its own stage first, then the stages it builds on. */
function stageDescriptors(framework: Framework, cs: CareerStage): { own: Descriptor[]; earlier: Descriptor[] } {
  const live = framework.descriptors.filter((d) => !d.retired);
  if (cs.stage === null) return { own: live.filter((d) => d.role === cs.role && d.rating === 'achieved'), earlier: [] };
  const earlier = earlierStages(framework, cs.stage);
  return { own: live.filter((d) => d.stage === cs.stage), earlier: live.filter((d) => d.stage !== null && earlier.includes(d.stage)) };
}

interface Draft {
  cs: CareerStage;
  name: string;
  header: ReviewItem[];
  review: ReviewItem[];
  descriptors: ReviewItem[];
  objectives: ReviewItem[];
  rating: ReviewItem[];
  comments: ReviewItem[];
  properties: Record<string, string>;
}

function draft(framework: Framework, cs: CareerStage, random: Random, paragraphs: number, descriptorCount: number, sentences: () => number = () => 1): Draft {
  const name = pick(random, NAMES);
  const { own, earlier } = stageDescriptors(framework, cs);
  const chosen: Descriptor[] = [];
  for (let k = 0; chosen.length < descriptorCount && k < 200; k++) {
    const d = pick(random, k % 4 === 3 && earlier.length > 0 ? earlier : own);
    if (!chosen.includes(d)) chosen.push(d);
  }
  const teachersStandards = chosen.filter((d) => d.source === 'teachers-standards');
  const objectiveIds = (teachersStandards.length > 0 ? teachersStandards : chosen).slice(0, 2).map((d) => d.id);
  return {
    cs,
    name,
    header: [
      { type: 'heading', text: 'Performance review 2024–25' },
      {
        type: 'table',
        rows: [
          [[{ type: 'paragraph', text: 'Teacher' }], [{ type: 'paragraph', text: name }]],
          [[{ type: 'paragraph', text: 'Reviewer' }], [{ type: 'paragraph', text: pick(random, REVIEWERS) }]],
          [[{ type: 'paragraph', text: 'Career stage' }], [{ type: 'paragraph', text: cs.name }]],
        ],
      },
    ],
    review: [{ type: 'heading', text: 'Review of the past year' }, ...Array.from({ length: paragraphs }, (): ReviewItem => ({ type: 'paragraph', text: Array.from({ length: sentences() }, () => prose(random, name)).join(' ') }))],
    descriptors: [
      { type: 'heading', text: 'Descriptors agreed as evidenced' },
      { type: 'paragraph', text: 'The following descriptors were agreed at the review meeting:' },
      ...chosen.map((d) => descriptorItem(framework, d.id)),
    ],
    objectives: objectivesOf(framework, objectiveIds, random),
    rating: [{ type: 'heading', text: 'Overall rating' }, rationaleItem(framework, cs, 'achieved'), payItem(framework, cs, 'achieved')],
    comments: [{ type: 'heading', text: 'Comments' }, { type: 'paragraph', text: prose(random, name) }, { type: 'paragraph', text: 'Signed by the teacher and the reviewer on 14 July.' }],
    properties: { CareerStage: cs.name },
  };
}

function objectivesOf(framework: Framework, ids: readonly string[], random: Random): ReviewItem[] {
  pick(random, SUBJECTS); // the draw the hand-written objective made, so that the rest of each review stays as it was
  const objective = objectiveItem(framework, 1, ids);
  return [{ type: 'heading', text: 'Objectives for 2025–26' }, ...(objective ? [objective] : [])];
}

function assemble(d: Draft): ReviewSpec {
  return { items: [...d.header, ...d.review, ...d.descriptors, ...d.objectives, ...d.rating, ...d.comments], properties: d.properties };
}

function stage(framework: Framework, name: string): CareerStage {
  const cs = findCareerStage(framework, name);
  if (!cs) throw new Error(`No career stage "${name}"`);
  return cs;
}

function edit(text: string): string {
  const words = text.split(' ');
  words.splice(2, 1, 'carefully');
  words.splice(5, 1);
  return words.join(' ');
}

function firstOf(framework: Framework, filter: (d: Descriptor) => boolean): Descriptor {
  const d = framework.descriptors.find((x) => !x.retired && x.text.split(' ').length >= 10 && filter(x));
  if (!d) throw new Error('No descriptor fits');
  return d;
}

/** The fixture scenarios: a clean review and one review per problem, all for the main pay range unless stated. */
export function fixtureScenarios(framework: Framework): ReviewCase[] {
  const mpr = stage(framework, 'Main pay range');
  const base = (seed: number) => draft(framework, mpr, seeded(seed), 8, 5);
  const cases: ReviewCase[] = [];
  const add = (name: string, d: Draft, expected: FindingKind[]) => cases.push({ name, spec: assemble(d), expected: [...new Set(expected)].sort() });

  const clean = base(1);
  const inlineDescriptor = firstOf(framework, (d) => d.stage === 'MPR' && d.standard?.startsWith('8') === true);
  const ins = descriptorInsertion(framework, inlineDescriptor.id);
  clean.comments.splice(1, 0, { type: 'inline-control', before: 'Whole-school focus: ', tag: ins.tag, title: ins.title, text: ins.text, after: '' });
  add('clean-review', clean, []);

  const edited = base(2);
  const target = edited.descriptors[2] as ReviewItem & { type: 'control' };
  const d = framework.byId.get(target.tag.slice(4)) as Descriptor;
  edited.descriptors[2] = descriptorItem(framework, d.id, `${edit(d.text)} ${descriptorInsertion(framework, d.id).reference}`);
  add('edited-descriptor', edited, ['edited-descriptor']);

  const pasted = base(3);
  const source = firstOf(framework, (x) => x.stage === 'MPR' && x.standard?.startsWith('6') === true);
  pasted.review.push({ type: 'paragraph', text: edit(source.text) });
  add('pasted-descriptor', pasted, ['pasted-descriptor']);

  const wrong = base(4);
  wrong.descriptors.push(descriptorItem(framework, firstOf(framework, (x) => x.stage === 'UPR2-3').id));
  add('wrong-stage', wrong, ['stage-mismatch']);

  const rating = base(5);
  rating.rating = [{ type: 'heading', text: 'Overall rating' }, { type: 'paragraph', text: 'Overall rating: Met expectations' }];
  add('non-standard-rating', rating, ['non-standard-rating']);

  const exceptional = base(6);
  exceptional.descriptors = [exceptional.descriptors[0] as ReviewItem, descriptorItem(framework, 'CEF/MPR/exceptional/1'), descriptorItem(framework, 'CEF/MPR/exceptional/2')];
  exceptional.objectives = [];
  exceptional.rating = [{ type: 'heading', text: 'Overall rating' }, rationaleItem(framework, mpr, 'exceptional', { confirmAchieved: false }), payItem(framework, mpr, 'exceptional')];
  add('exceptional-without-achieved', exceptional, ['rating-rule']);

  const unknown = base(7);
  unknown.descriptors.push({ type: 'control', tag: 'tsd:TS2.9/MPR/4', title: 'TS 2.9 · MPR', text: 'Plan lessons that enthuse every pupil. (Teachers’ Standard 2.9, MPR)' });
  add('unknown-id', unknown, ['unknown-descriptor']);

  const missing = base(8);
  missing.header = [{ type: 'heading', text: 'Performance review 2024–25' }, { type: 'paragraph', text: `Teacher: ${missing.name}` }];
  missing.properties = {};
  // No stage in the rating line either ("Overall rating: Achieved expectations (Main pay range)" names one).
  missing.rating = [{ type: 'heading', text: 'Overall rating' }, { type: 'paragraph', text: `Overall rating: ${ratingLabel(framework, 'achieved')}.` }, PAY_LINE];
  add('missing-stage', missing, ['missing-stage']);

  const nested = base(9);
  const inner = nested.descriptors.slice(2);
  const innerTarget = inner[0] as ReviewItem & { type: 'control' };
  const nd = framework.byId.get(innerTarget.tag.slice(4)) as Descriptor;
  inner[0] = descriptorItem(framework, nd.id, `${edit(nd.text)} ${descriptorInsertion(framework, nd.id).reference}`);
  nested.descriptors = [
    ...nested.descriptors.slice(0, 2),
    { type: 'group', tag: 'school.section.standards', title: 'Standards section', items: [{ type: 'group', tag: 'school.subsection', title: 'Agreed descriptors', items: inner }] },
  ];
  add('nested-controls', nested, ['edited-descriptor']);

  const table = base(10);
  const upper = firstOf(framework, (x) => x.stage === 'UPR1');
  table.descriptors = [
    { type: 'heading', text: 'Descriptors agreed as evidenced' },
    {
      type: 'table',
      rows: [
        [[{ type: 'paragraph', text: 'Standard' }], [{ type: 'paragraph', text: 'Descriptor' }]],
        ...table.descriptors.slice(2, 4).map((x): ReviewItem[][] => [[{ type: 'paragraph', text: 'Agreed' }], [x]]),
        [[{ type: 'paragraph', text: 'Agreed' }], [descriptorItem(framework, upper.id)]],
      ],
    },
  ];
  add('descriptor-in-table', table, ['stage-mismatch']);
  return cases;
}

const INJECTORS: { kind: FindingKind; apply(framework: Framework, d: Draft, random: Random): void }[] = [
  {
    kind: 'edited-descriptor',
    apply(framework, d) {
      const at = d.descriptors.findIndex((x) => x.type === 'control');
      const item = d.descriptors[at] as ReviewItem & { type: 'control' };
      const desc = framework.byId.get(item.tag.slice(4)) as Descriptor;
      d.descriptors[at] = descriptorItem(framework, desc.id, `${edit(desc.text)} ${descriptorInsertion(framework, desc.id).reference}`);
    },
  },
  {
    kind: 'pasted-descriptor',
    apply(framework, d, random) {
      const { own } = stageDescriptors(framework, d.cs);
      const long = own.filter((x) => x.text.split(' ').length >= 12);
      d.review.splice(3, 0, { type: 'paragraph', text: edit(pick(random, long.length > 0 ? long : own).text) });
    },
  },
  {
    kind: 'unknown-descriptor',
    apply(_framework, d) {
      d.descriptors.push({ type: 'control', tag: 'tsd:TS9.1/MPR/1', title: 'TS 9.1 · MPR', text: 'A descriptor from another framework.' });
    },
  },
  {
    kind: 'non-standard-rating',
    apply(_framework, d, random) {
      d.rating = [{ type: 'heading', text: 'Overall rating' }, { type: 'paragraph', text: `Overall rating: ${pick(random, ['Met expectations', 'Good', 'Meets expectations'])}` }];
    },
  },
  {
    kind: 'missing-stage',
    apply(framework, d) {
      // Leave no trace of the stage for the text detector either: no details table, no stage in the rationale,
      // and descriptor blocks without their references ("…, MPR)").
      d.header = [{ type: 'heading', text: 'Performance review 2024–25' }];
      d.properties = {};
      d.descriptors = d.descriptors.map((x) => (x.type === 'control' && x.tag.startsWith('tsd:') ? { ...x, text: descriptorInsertion(framework, x.tag.slice(4)).descriptorText } : x));
      d.rating = [{ type: 'heading', text: 'Overall rating' }, { type: 'paragraph', text: `Overall rating: ${ratingLabel(framework, 'achieved')}.` }, PAY_LINE];
    },
  },
];

/** The ratings random reviews are given, in turn. */
const RATING_SPREAD: readonly RatingCode[] = ['achieved', 'achieved', 'exceptional', 'achieved', 'not-met', 'achieved', 'exceptional'];

/** Options for random reviews. */
export interface RandomReviewOptions {
  /**
   * Sentences in each paragraph of the review's prose, from `min` to `max` (default one). Two to three give
   * 2,000–4,000 words, about 5–10 pages, as the benchmark needs.
   */
  sentences?: { min: number; max: number };
}

/** A seeded random review; half of them carry one injected problem. */
export function randomReview(framework: Framework, seed: number, options: RandomReviewOptions = {}): ReviewCase {
  const random = seeded(seed);
  const stages = framework.careerStages.filter((cs) => cs.stage !== null);
  const cs = pick(random, stages);
  const { min, max } = options.sentences ?? { min: 1, max: 1 };
  const sentences = () => min + Math.floor(random() * (max - min + 1));
  const d = draft(framework, cs, random, 60 + Math.floor(random() * 60), 8 + Math.floor(random() * 12), min === 1 && max === 1 ? undefined : sentences);
  // A spread of ratings for the outcomes (by seed, so the random draws, and the rest of each review, stay as they were).
  const rating = RATING_SPREAD[seed % RATING_SPREAD.length] as RatingCode;
  d.rating = [{ type: 'heading', text: 'Overall rating' }, rationaleItem(framework, cs, rating), payItem(framework, cs, rating)];
  const expected: FindingKind[] = [];
  if (random() < 0.5) {
    const injector = pick(random, INJECTORS);
    injector.apply(framework, d, random);
    expected.push(injector.kind);
  }
  return { name: `review-${String(seed).padStart(5, '0')}`, spec: assemble(d), expected };
}

/** `count` random reviews from consecutive seeds starting at `seed`. */
export function randomReviews(framework: Framework, seed: number, count: number, options: RandomReviewOptions = {}): ReviewCase[] {
  return Array.from({ length: count }, (_, i) => randomReview(framework, seed + i, options));
}
