import { bundledFramework } from '../../src/core/framework/bundled';
import { blockPlainText, nextDevelopmentNumber, nextObjectiveNumber } from '../../src/core/compose/block';
import { composeObjectiveBlock, draftObjective } from '../../src/core/compose/objective';
import { draftRationale } from '../../src/core/compose/rationale';

const framework = bundledFramework();

describe('objective numbers', () => {
  it('numbers a new objective after the objectives already in the document', () => {
    expect(nextObjectiveNumber([])).toBe(1);
    expect(nextObjectiveNumber(['tsd:TS1.1/ECT1/1', 'tso:TS1.1/ECT1/1', 'tsr:ECT/achieved', 'tso:TS6.4/ECT1/1,…+3', 'other'])).toBe(3);
  });

  it('numbers a new area for development after those already in the document', () => {
    expect(nextDevelopmentNumber(['tso:TS1.1/ECT1/1', 'tsa:TS1.1/ECT1/1', 'tsp:ECT/progress'])).toBe(2);
  });
});

describe('user text stays text', () => {
  it('carries <b> and & in notes literally, in runs of their own, never as markup', () => {
    const { block } = draftRationale(framework, {
      careerStageName: 'Main pay range',
      rating: 'achieved',
      tickedIds: ['CEF/MPR/achieved/1'],
      evidenceNotes: { 'CEF/MPR/achieved/1': 'Observed <b>three</b> lessons & moderation' },
      overallNote: 'Tom & Jerry <i>said</i> &amp; so',
    });
    const runs = block.paragraphs.flatMap((p) => p.runs);
    expect(runs).toContainEqual({ text: ' Observed <b>three</b> lessons & moderation' });
    expect(runs).toContainEqual({ text: ' Tom & Jerry <i>said</i> &amp; so' });
    expect(blockPlainText(block)).toContain('Comments: Tom & Jerry <i>said</i> &amp; so');
  });

  it('writes each line of an objective field as its own paragraph, and an empty field as its label and a placeholder', () => {
    const draft = draftObjective(framework, { careerStageName: 'ECT year 2', subStandard: '6.4', descriptorIds: ['TS6.4/ECT2/1'], number: 1 });
    draft.fields.support.value = 'Mentor <meetings>\nCPD & coaching';
    const block = composeObjectiveBlock(framework, draft);
    expect(block.paragraphs.every((p) => p.runs.every((r) => !r.text.includes('\n')))).toBe(true);
    expect(blockPlainText(block)).toContain('Support and CPD: Mentor <meetings>\nCPD & coaching\nEvidence: [');
    const criteria = block.paragraphs.find((p) => p.runs[0]?.text === 'Success criteria:');
    expect(criteria?.runs).toEqual([{ text: 'Success criteria:', bold: true }, { text: ' ' }, { text: expect.stringMatching(/^\[.+\]$/), placeholder: true }]);
  });
});
