import { bundledFramework } from '../../src/core/framework/bundled';
import { blockPlainText, idTagAndTitle, nextDevelopmentNumber, nextObjectiveNumber, parseBlockTag } from '../../src/core/compose/block';
import { composeObjectiveBlock, draftObjective } from '../../src/core/compose/objective';
import { draftRationale } from '../../src/core/compose/rationale';
import { MAX_TAG_LENGTH } from '../../src/core/compose/reference';

const framework = bundledFramework();
const ids = (n: number) => Array.from({ length: n }, (_, i) => `TS8.5/AHT-DHT/${i + 10}`);

describe('tags and titles', () => {
  it('keeps a short id list whole in the tag', () => {
    const { tag, title } = idTagAndTitle('tso', ['TS2.1/MPR/1', 'TS2.1/MPR/2'], 'Objective 1 · TS 2.1 · MPR');
    expect(tag).toBe('tso:TS2.1/MPR/1,TS2.1/MPR/2');
    expect(title).toBe('Objective 1 · TS 2.1 · MPR');
    expect(parseBlockTag(tag, title)).toEqual({ kind: 'tso', ids: ['TS2.1/MPR/1', 'TS2.1/MPR/2'], missing: 0 });
  });

  it.each([16, 17, 22, 27])('overflows %i ids into the title, within Word’s limits, and reads them back', (n) => {
    const list = ids(n);
    const { tag, title } = idTagAndTitle('tso', list, 'Objective 12 · TS 8.5 · Assistant/Deputy Head');
    expect(tag.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
    expect(title.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
    expect(parseBlockTag(tag, title)).toEqual({ kind: 'tso', ids: list, missing: 0 });
    if (`tso:${list.join(',')}`.length > MAX_TAG_LENGTH) {
      expect(tag).toMatch(/,…\+\d+$/);
      expect(title).toMatch(/^Objective 12 .* \[\+TS8\.5\/AHT-DHT\/\d+(,TS8\.5\/AHT-DHT\/\d+)*\]$/);
      // Without the title, the parse says how many ids are missing.
      const missing = Number(/\+(\d+)$/.exec(tag)?.[1]);
      expect(parseBlockTag(tag, 'Objective 12')).toMatchObject({ kind: 'tso', missing });
    }
  });

  it('shortens a long human title to make room for the overflow list, and refuses a list that cannot fit', () => {
    const { title } = idTagAndTitle('tso', ids(26), 'x'.repeat(250));
    expect(title.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
    expect(title).toMatch(/^x+… \[\+/);
    expect(() => idTagAndTitle('tso', ids(60), 'Objective')).toThrow(RangeError);
  });

  it.each([
    ['tsd:TS2.1/MPR/2', { kind: 'tsd', ids: ['TS2.1/MPR/2'] }],
    ['tsr:MPR-TLR/achieved', { kind: 'tsr', role: 'MPR-TLR', rating: 'achieved' }],
    ['tsr:AHT-DHT/not-met', { kind: 'tsr', role: 'AHT-DHT', rating: 'not-met' }],
    ['tsr:MPR/brilliant', null],
    ['tsr:XYZ/achieved', null],
    ['tso:', null],
    ['tso:a,,b', null],
    ['tsa:TS6.4/ECT2/1,TS7.4/ECT2/1', { kind: 'tsa', ids: ['TS6.4/ECT2/1', 'TS7.4/ECT2/1'], missing: 0 }],
    ['tsa:', null],
    ['tsp:UPR-TLR/progress', { kind: 'tsp', role: 'UPR-TLR', recommendation: 'progress' }],
    ['tsp:ECT/not-applicable', { kind: 'tsp', role: 'ECT', recommendation: 'not-applicable' }],
    ['tsp:MPR/maybe', null],
    ['tsp:MPR/progress/extra', null],
    ['other-addin:123', null],
    ['', null],
  ])('parses %j', (tag, expected) => {
    expect(parseBlockTag(tag)).toEqual(expected);
  });

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
