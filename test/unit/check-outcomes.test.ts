/**
 * Outcomes, the pay-panel summary: read from composed blocks in real .docx files, from the text of reviews written
 * without the add-in, and aggregated across a school.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readDocx } from '../../src/cli/docx/read-docx';
import { checkDocument } from '../../src/core/check/checker';
import { aggregateOutcomes, outcomeOf, payFromText, type Outcome } from '../../src/core/check/outcomes';
import { blockPlainText } from '../../src/core/compose/block';
import { composeObjectiveBlock, draftObjective } from '../../src/core/compose/objective';
import { composePay } from '../../src/core/compose/pay';
import { draftRationale } from '../../src/core/compose/rationale';
import { bundledFramework } from '../../src/core/framework/bundled';
import { loadBase, writeReviewDocx, type ReviewItem } from '../support/review-docx/write-review';

const framework = bundledFramework();
const base = loadBase(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'docx', 'real', 'tbl-having-tables.docx')));

function control(block: { tag: string; title: string }, text: string): ReviewItem {
  return { type: 'control', tag: block.tag, title: block.title, text };
}

function objective(ids: string[], number: number): ReviewItem {
  const first = framework.byId.get(ids[0] as string);
  const block = composeObjectiveBlock(framework, draftObjective(framework, { stage: first?.stage ?? 'MPR', descriptorIds: ids, number, values: {} }));
  return control(block, blockPlainText(block));
}

function rationale(careerStageName: string, rating: 'achieved' | 'exceptional' | 'not-met'): ReviewItem {
  const { block } = draftRationale(framework, { careerStageName, rating, tickedIds: [], route: 1, includePayLine: false });
  return control(block, blockPlainText(block));
}

function pay(careerStageName: string, rating: 'achieved' | 'exceptional' | 'not-met', recommendation: 'progress' | 'no-progress' | 'not-eligible' | 'not-applicable'): ReviewItem {
  const { block } = composePay(framework, { careerStageName, rating, recommendation });
  return control(block, blockPlainText(block));
}

/** A real .docx, written and read back as the CLI reads it, then checked. */
function outcomeOfDocx(items: ReviewItem[], properties: Record<string, string> = {}): Outcome | null {
  const doc = readDocx(writeReviewDocx(base, { items, properties }), { fileName: 'review.docx' });
  return checkDocument(framework, doc).outcome;
}

describe('outcomeOf', () => {
  it('reads a review composed in the pane from its tags, and the teacher from a table cell', () => {
    const ts = [...framework.byId.values()].filter((d) => d.source === 'teachers-standards' && !d.retired);
    const tsId = ts.find((d) => d.standard === '2.1')?.id as string;
    const tsId2 = ts.find((d) => d.standard === '5.2')?.id as string;
    const o = outcomeOfDocx(
      [
        { type: 'table', rows: [[[{ type: 'paragraph', text: 'Teacher' }], [{ type: 'paragraph', text: 'Jane Smith' }]]] },
        { type: 'heading', text: 'Objectives' },
        objective([tsId], 1),
        objective([tsId2], 2),
        rationale('UPR 2/3 with TLR', 'achieved'),
        pay('UPR 2/3 with TLR', 'achieved', 'progress'),
      ],
      { CareerStage: 'UPR 2/3 with TLR' },
    );
    expect(o).toEqual({
      teacher: 'Jane Smith',
      careerStage: 'UPR 2/3 with TLR',
      rating: 'achieved',
      payRecommendation: 'progress',
      objectives: 2,
      standards: ['2.1', '5.2'],
      missing: [],
    });
  });

  it('reads a review written without the add-in from its text, and says what is missing', () => {
    const o = outcomeOfDocx([
      { type: 'paragraph', text: 'Teacher: Sam O’Neill' },
      { type: 'paragraph', text: 'Career stage: Upper pay range, UPR 3' },
      { type: 'paragraph', text: 'Objective 1: Raise attainment in Year 9 mathematics.' },
      { type: 'paragraph', text: 'Overall rating: Exceptional' },
    ]);
    expect(o).toMatchObject({ teacher: 'Sam O’Neill', careerStage: 'UPR 2/3', rating: 'exceptional', payRecommendation: null, objectives: 1, standards: [] });
    expect(o?.missing).toEqual(['rationale', 'pay-recommendation']);
  });

  it('reads a pay recommendation and a rationale from the text', () => {
    const o = outcomeOfDocx([
      { type: 'paragraph', text: 'Name: A. Patel' },
      { type: 'paragraph', text: 'Career stage: Main pay range' },
      { type: 'paragraph', text: 'Rationale: targets were not met this year.' },
      { type: 'paragraph', text: 'Overall rating: Not met' },
      { type: 'paragraph', text: 'Pay recommendation: no pay progression' },
    ]);
    expect(o).toMatchObject({ teacher: 'A. Patel', careerStage: 'Main pay range', payRecommendation: 'no-progress', objectives: 0, missing: ['objectives'] });
  });

  it('gives no outcome for a document that is not a review, and nulls where nothing is known', () => {
    expect(outcomeOfDocx([{ type: 'paragraph', text: 'Dear parents, the trip is on Friday.' }])).toBeNull();
    const bare = outcomeOf(framework, { paragraphs: [], blocks: [], properties: {} }, null);
    expect(bare).toEqual({ teacher: null, careerStage: null, rating: null, payRecommendation: null, objectives: 0, standards: [], missing: ['rating', 'rationale', 'pay-recommendation', 'objectives'] });
  });

  it.each([
    ['Progress to the next point', 'progress'],
    ['No progression', 'no-progress'],
    ['Do not progress', 'no-progress'],
    ['Not eligible this year', 'not-eligible'],
    ['N/A', 'not-applicable'],
    ['To be decided', null],
  ])('reads the pay recommendation “%s”', (text, expected) => {
    expect(payFromText(text)).toBe(expected);
  });
});

describe('aggregateOutcomes', () => {
  const o = (careerStage: string | null, rating: Outcome['rating'], payRecommendation: Outcome['payRecommendation'], missing: Outcome['missing'] = []): Outcome => ({
    teacher: null,
    careerStage,
    rating,
    payRecommendation,
    objectives: 3,
    standards: [],
    missing,
  });
  it('counts ratings by career stage, pay recommendations by rating, and completeness, leaving out non-reviews', () => {
    const agg = aggregateOutcomes([
      o('UPR 1', 'achieved', 'progress'),
      o('UPR 1', 'exceptional', 'progress'),
      o('Main pay range', 'achieved', null, ['pay-recommendation']),
      o(null, null, null, ['rating', 'pay-recommendation']),
      null,
    ]);
    expect(agg.reviews).toBe(4);
    expect(agg.ratingsByCareerStage['UPR 1']).toEqual({ 'not-met': 0, achieved: 1, exceptional: 1, none: 0 });
    expect(agg.ratingsByCareerStage.none).toEqual({ 'not-met': 0, achieved: 0, exceptional: 0, none: 1 });
    expect(agg.payByRating.achieved).toEqual({ progress: 1, 'no-progress': 0, 'not-eligible': 0, 'not-applicable': 0, none: 1 });
    expect(agg.completeness).toEqual({ complete: 2, missing: { rating: 1, rationale: 0, 'pay-recommendation': 2, objectives: 0 } });
  });
});
