/**
 * `pay-rule` for the review as a whole: a review with an overall rating and no pay recommendation, and a pay
 * recommendation written in the text that the edition's pay rules refuse (or warn about) for the rating. A pay
 * recommendation block (`tsp:`) has its own rule (check-composed-blocks.test.ts).
 */
import { blockPlainText } from '../../src/core/compose/block';
import { composePay } from '../../src/core/compose/pay';
import { checkDocument } from '../../src/core/check/checker';
import type { CheckDocument } from '../../src/core/check/model';
import { bundledFramework } from '../../src/core/framework/bundled';
import { documentModel, type ModelItem } from '../support/check-document';

const framework = bundledFramework();
const doc = (lines: ModelItem[], careerStage = 'Main pay range') => documentModel(lines, { CareerStage: careerStage });
const payFindings = (d: CheckDocument) => checkDocument(framework, d).findings.filter((f) => f.kind === 'pay-rule');

describe('pay-rule: a rating and no pay recommendation', () => {
  it('warns when the review states a rating and no pay recommendation, naming the rating', () => {
    const found = payFindings(doc(['Performance review', 'Teacher: Sam Jones', 'Overall rating: Achieved expectations.']));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', location: { paragraph: 2, block: null } });
    expect(found[0]?.message).toBe(
      'The review’s overall rating is Achieved expectations, but it has no pay recommendation. Add one from the pane’s Rating tab: progress, do not progress, not eligible this year, or not applicable (for example an ECT on induction).',
    );
  });

  it('warns for a rating given by a rationale block too, and for a pay line it cannot read', () => {
    const rationale = { tag: 'tsr:MPR/achieved', text: 'Overall rating: Achieved expectations (Main pay range).\nThe teacher meets the descriptors.' };
    expect(payFindings(doc([rationale])).map((f) => f.severity)).toEqual(['warning']);
    const unreadable = payFindings(doc(['Overall rating: Achieved expectations.', 'Pay recommendation: to be agreed at the panel']));
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toMatchObject({ severity: 'warning', excerpt: 'to be agreed at the panel', location: { paragraph: 1 } });
  });

  it.each([
    ['Pay recommendation: Not applicable (ECT on induction).', 'ECT year 1', 'Achieved expectations'],
    ['Pay recommendation: N/A', 'ECT year 2', 'Achieved expectations'],
    ['Pay recommendation: Not eligible this year.', 'UPR 2/3', 'Exceptional performance'],
    ['Pay recommendation: Progress to the next point or range.', 'Main pay range', 'Achieved expectations'],
    ['Pay recommendation: Do not progress.', 'Main pay range', 'Not meeting expectations'],
  ])('accepts %j in a review for %s rated %s', (pay, stage, rating) => {
    expect(payFindings(doc([`Overall rating: ${rating}.`, pay], stage))).toEqual([]);
  });

  it('reads a pay recommendation in the table cell beside its label', () => {
    const d = doc(['Overall rating', 'Achieved expectations', 'Pay recommendation', 'Not applicable']);
    d.paragraphs.forEach((p) => (p.inTable = true));
    expect(payFindings(d)).toEqual([]);
  });

  it('says nothing without a rating, or with two different ratings (rating-rule reports those)', () => {
    expect(payFindings(doc(['Performance review', 'Teacher: Sam Jones', 'Objective 1: Reading.']))).toEqual([]);
    expect(payFindings(doc(['Overall rating: Achieved expectations.', 'Overall rating: Exceptional performance.']))).toEqual([]);
  });

  it('leaves a review with a pay recommendation block to that block’s rule', () => {
    const pay = composePay(framework, { careerStageName: 'Main pay range', rating: 'achieved', recommendation: 'progress' }).block;
    expect(payFindings(doc(['Overall rating: Achieved expectations.', { tag: pay.tag, text: blockPlainText(pay) }]))).toEqual([]);
  });
});

describe('pay-rule: a pay recommendation in the text against the rating', () => {
  it('warns about progression with Not meeting expectations, with the edition’s own message', () => {
    const found = payFindings(doc(['Overall rating: Not meeting expectations.', 'Pay recommendation: Progress to M3.']));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', location: { paragraph: 1, block: null }, excerpt: 'Pay recommendation: Progress to M3.' });
    expect(found[0]?.message).toMatch(/^Pay progression cannot be recommended with a rating of Not meeting expectations\./);
  });

  it('notes no progression with Achieved expectations or Exceptional performance (info)', () => {
    for (const rating of ['Achieved expectations', 'Exceptional performance']) {
      const found = payFindings(doc([`Overall rating: ${rating}.`, 'Pay recommendation: No pay progression this year.']));
      expect(found.map((f) => f.severity)).toEqual(['info']);
      expect(found[0]?.message).toContain(`with a rating of ${rating}`);
    }
  });

  it('holds an inline rating to the same rules', () => {
    const found = payFindings(doc(['Sam has had a difficult year. Overall rating: Not meeting expectations. Support continues.', 'Pay recommendation: progress']));
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });
});
