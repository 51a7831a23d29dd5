import { checkDocument, type CheckResult } from '../../src/core/check/checker';
import { descriptorInsertion } from '../../src/core/compose/reference';
import { bundledFramework } from '../../src/core/framework/bundled';
import { documentModel, type ModelItem } from '../support/check-document';

const framework = bundledFramework();
const text = (id: string) => {
  const d = framework.byId.get(id);
  if (!d) throw new Error(`no ${id}`);
  return d.text;
};
const inserted = (id: string) => descriptorInsertion(framework, id).text;

/** Builds a document model: strings are paragraphs; blocks wrap their text's lines. */
const build = (items: ModelItem[], properties: Record<string, string> = { CareerStage: 'Main pay range' }) => documentModel(items, properties);

// These blocks are written by hand, not by the composers, so drift inside them (check-composed-blocks.test.ts) is left out.
const DRIFT = new Set(['edited-objective', 'edited-rationale']);
const kinds = (r: CheckResult) => r.findings.filter((f) => !DRIFT.has(f.kind)).map((f) => `${f.kind}:${f.severity}`);
const serious = (r: CheckResult) => r.findings.filter((f) => f.severity !== 'info' && !DRIFT.has(f.kind));

const PROSE = [
  'Performance review 2024–25',
  'Teacher: Sam Jones. Reviewer: Ms Patel.',
  'Sam has had a good year. Pupils make good progress in reading and the phonics groups are well organised.',
  'We agreed that Sam will lead the Year 3 maths moderation next term.',
];

/** A review with a rating needs a pay recommendation (pay-rule, check-pay-recommendation.test.ts); this one fits any rating. */
const PAY = 'Pay recommendation: Not applicable.';

const rationale = (rating: string, stage = 'Main pay range', extra = '') =>
  `Overall rating: ${rating} (${stage}).\n${extra}Against the career expectations framework for ‘Main pay range’, the evidence shows that the teacher meets the descriptors.`;

describe('checkDocument: a clean review', () => {
  const doc = build([
    ...PROSE,
    { tag: 'tsd:TS2.1/MPR/2', text: inserted('TS2.1/MPR/2') },
    { tag: 'tsd:TS1.1/ECT1/1', text: inserted('TS1.1/ECT1/1') },
    { tag: 'tso:TS2.1/MPR/2,TS4.1/MPR/1', title: 'Objective 1', text: 'Objective 1: Improve reading.\nSuccess criteria: most pupils at the expected standard.' },
    { tag: 'tsr:MPR/achieved', text: rationale('Achieved expectations') },
    PAY,
  ]);
  // The objective and rationale here are written by hand; drift inside composed ones is check-composed-blocks.test.ts.
  const result = { ...checkDocument(framework, doc), findings: checkDocument(framework, doc).findings.filter((f) => !DRIFT.has(f.kind)) };

  it('has no findings at all', () => {
    expect(result.findings).toEqual([]);
    expect(result.careerStage).toMatchObject({ name: 'Main pay range', stage: 'MPR', role: 'MPR', source: 'property' });
  });

  it('reports coverage of the standards cited by descriptors and objectives', () => {
    expect(result.coverage.cited).toEqual(['1', '2', '4']);
    const two = result.coverage.standards.find((s) => s.standard === '2');
    expect(two).toMatchObject({ descriptors: 1, objectives: 1 });
    expect(result.coverage.standards).toHaveLength(8);
  });
});

describe('edited-descriptor', () => {
  it('reports a changed word, with a word diff, reference aside', () => {
    const edited = inserted('TS2.1/MPR/2').replace(text('TS2.1/MPR/2').split(' ')[1] as string, 'carefully');
    const r = checkDocument(framework, build([{ tag: 'tsd:TS2.1/MPR/2', text: edited }]));
    expect(kinds(r)).toEqual(['edited-descriptor:warning']);
    const f = r.findings[0];
    expect(f?.id).toBe('TS2.1/MPR/2');
    expect(f?.diff?.some((p) => p.op === 'insert' && p.text.includes('carefully'))).toBe(true);
    expect(f?.diff?.some((p) => p.op === 'delete')).toBe(true);
    expect(f?.excerpt).not.toContain("Teachers' Standard");
    expect(f?.location).toEqual({ paragraph: 0, block: 0 });
  });

  it('accepts curly quotes, doubled spaces and a missing reference', () => {
    const d = text('TS2.1/MPR/2');
    for (const t of [d.replace(/'/g, '’').replace(/ /g, '  '), d, `${d} (Teachers’ Standard 2.1, MPR)`]) {
      expect(checkDocument(framework, build([{ tag: 'tsd:TS2.1/MPR/2', text: t }])).findings).toEqual([]);
    }
  });

  it('reports a descriptor whose text was deleted', () => {
    const r = checkDocument(framework, build([{ tag: 'tsd:TS2.1/MPR/2', text: '' }]));
    expect(r.findings[0]?.message).toMatch(/deleted/);
  });
});

describe('unknown-descriptor', () => {
  it('reports a tsd, tso or tsr tag naming something this framework does not have', () => {
    const r = checkDocument(
      framework,
      build([
        { tag: 'tsd:TS9.9/MPR/1', text: 'Something' },
        { tag: 'tso:TS2.1/MPR/2,TS2.1/MPR/99', text: 'Objective' },
        { tag: 'tsr:ZZZ/achieved', text: 'Overall rating: Achieved expectations.' },
        { tag: 'tsr:MPR/brilliant', text: 'Overall rating: Achieved expectations.' },
        { tag: 'tsd:', text: 'x' },
      ]),
    );
    expect(r.findings.filter((f) => f.kind === 'unknown-descriptor').map((f) => f.id)).toEqual(['TS9.9/MPR/1', 'TS2.1/MPR/99', null, null, null]);
    expect(r.findings.every((f) => f.kind !== 'unknown-descriptor' || f.severity === 'error')).toBe(true);
  });

  it('ignores other add-ins’ tags', () => {
    expect(checkDocument(framework, build([{ tag: 'cc.plain_text', text: 'Content Control Plain Text' }])).findings).toEqual([]);
  });
});

describe('stage-mismatch', () => {
  it('reports a descriptor from a stage the review does not build on, and accepts earlier stages', () => {
    const r = checkDocument(framework, build([{ tag: 'tsd:TS2.1/UPR2-3/1', text: inserted('TS2.1/UPR2-3/1') }, { tag: 'tsd:TS2.1/ECT2/1', text: inserted('TS2.1/ECT2/1') }]));
    expect(kinds(r)).toEqual(['stage-mismatch:warning']);
    expect(r.findings[0]?.message).toMatch(/UPR 2\/3 descriptor.*Main pay range.*MPR/);
  });

  it('compares roles for career expectations descriptors and objective ids', () => {
    const r = checkDocument(framework, build([{ tag: 'tsd:CEF/UPR/achieved/1', text: inserted('CEF/UPR/achieved/1') }, { tag: 'tso:TS3.1/LP/1', text: 'Objective' }]));
    expect(kinds(r)).toEqual(['stage-mismatch:warning', 'stage-mismatch:warning']);
    expect(r.findings.filter((f) => !DRIFT.has(f.kind)).map((f) => f.id)).toEqual(['CEF/UPR/achieved/1', 'TS3.1/LP/1']);
  });

  it('does not check stages when the stage is unknown', () => {
    const r = checkDocument(framework, build([{ tag: 'tsd:TS2.1/UPR2-3/1', text: inserted('TS2.1/UPR2-3/1') }], {}));
    expect(kinds(r)).toEqual(['missing-stage:warning']);
  });
});

describe('pasted-descriptor', () => {
  const d = text('TS2.1/MPR/2');
  it('reports an untagged, lightly edited copy with the closest id, similarity and diff', () => {
    const words = d.split(' ');
    words.splice(3, 1);
    const r = checkDocument(framework, build([...PROSE, `Target: ${words.join(' ')}`]));
    expect(kinds(r)).toEqual(['pasted-descriptor:warning']);
    expect(r.findings[0]).toMatchObject({ id: 'TS2.1/MPR/2', location: { paragraph: 4, block: null } });
    expect(r.findings[0]?.similarity).toBeGreaterThan(0.8);
    expect(r.findings[0]?.similarity).toBeLessThan(1);
  });

  it('reports an identical untagged copy as info, even inside a longer paragraph', () => {
    const r = checkDocument(framework, build([`Sam was set a target last year. ${d} This has been met.`]));
    expect(kinds(r)).toEqual(['pasted-descriptor:info']);
  });

  it('does not flag review prose that shares words with descriptors', () => {
    expect(checkDocument(framework, build(PROSE)).findings).toEqual([]);
  });

  it('does not look inside tagged blocks', () => {
    const r = checkDocument(framework, build([{ tag: 'tso:TS2.1/MPR/2', text: `Objective 1: ${d}` }]));
    expect(r.findings.filter((f) => !DRIFT.has(f.kind))).toEqual([]);
  });
});

describe('non-standard-rating', () => {
  it.each([
    ['Met expectations', 'warning', /Achieved expectations/],
    ['Outstanding', 'warning', /Exceptional performance/],
    ['Not met expectations', 'info', /Not meeting expectations/],
  ])('reports "%s"', (value, severity, suggestion) => {
    const r = checkDocument(framework, build([...PROSE, `Overall rating: ${value}`, PAY]));
    expect(kinds(r)).toEqual([`non-standard-rating:${severity}`]);
    expect(r.findings[0]?.message).toMatch(suggestion);
  });

  it('accepts the official labels, and a label cell followed by its value cell', () => {
    expect(checkDocument(framework, build(['Overall rating: Achieved expectations (Main pay range).', PAY])).findings).toEqual([]);
    const doc = build(['Overall rating', 'Good']);
    doc.paragraphs.forEach((p) => (p.inTable = true));
    expect(kinds(checkDocument(framework, doc))).toEqual(['non-standard-rating:warning']);
  });

  it('ignores an empty form field', () => {
    expect(checkDocument(framework, build(['Overall rating: ', 'Overall rating: ………'])).findings).toEqual([]);
  });
});

describe('rating-rule', () => {
  it('reports Exceptional with no achieved-level descriptor confirmed', () => {
    const r = checkDocument(framework, build([{ tag: 'tsr:MPR/exceptional', text: rationale('Exceptional performance') }, PAY]));
    expect(kinds(r)).toEqual(['rating-rule:warning']);
    expect(r.findings[0]?.message).toMatch(/achieved-level/);
  });

  it('accepts Exceptional when achieved descriptors are confirmed (a block, or the rationale’s achieved findings)', () => {
    const withBlock = build([{ tag: 'tsd:CEF/MPR/achieved/1', text: inserted('CEF/MPR/achieved/1') }, { tag: 'tsr:MPR/exceptional', text: rationale('Exceptional performance') }, PAY]);
    expect(checkDocument(framework, withBlock).findings).toEqual([]);
    const withFindings = build([{ tag: 'tsr:MPR/exceptional', text: rationale('Exceptional performance', 'Main pay range', 'For Achieved expectations, the teacher plans well.\n') }, PAY]);
    expect(checkDocument(framework, withFindings).findings).toEqual([]);
  });

  it('reports a stated Exceptional with nothing to back it', () => {
    expect(kinds(checkDocument(framework, build(['Overall rating: Exceptional performance', PAY])))).toEqual(['rating-rule:warning']);
  });

  it('reports a rationale for another role, another stage or another rating than its text', () => {
    const r = checkDocument(
      framework,
      build([
        { tag: 'tsr:UPR/achieved', text: rationale('Achieved expectations') },
        { tag: 'tsr:MPR/achieved', text: rationale('Achieved expectations', 'UPR 1') },
        { tag: 'tsr:MPR/not-met', text: rationale('Achieved expectations') },
      ]),
    );
    expect(serious(r).map((f) => f.message).sort()).toEqual([
      expect.stringMatching(/^The document states more than one overall rating/),
      expect.stringMatching(/^The rating rationale is for Upper pay range, but this review is for Main pay range\.$/),
      expect.stringMatching(/^The rating rationale names UPR 1/),
      expect.stringMatching(/^The rating rationale was written for Not meeting expectations/),
    ]);
  });
});

describe('missing-stage', () => {
  it('warns when there is no CareerStage property and the text names none', () => {
    // A stated rating makes it a review (prose alone is not-a-review: check-stage-conflict.test.ts).
    const r = checkDocument(framework, build([...PROSE, 'Overall rating: Achieved expectations.', PAY], {}));
    expect(kinds(r)).toEqual(['missing-stage:warning']);
    expect(r.careerStage).toBeNull();
  });

  it('uses a stage found in the text, with an info note', () => {
    const r = checkDocument(framework, build(['Career stage: UPR 1', ...PROSE], {}));
    expect(kinds(r)).toEqual(['missing-stage:info']);
    expect(r.careerStage).toMatchObject({ name: 'UPR 1', source: 'detected' });
  });

  it('warns about a CareerStage property that names no career stage', () => {
    const r = checkDocument(framework, build(PROSE, { CareerStage: 'Grade 7' }));
    expect(r.findings[0]?.message).toMatch(/Grade 7/);
    expect(kinds(r)).toEqual(['missing-stage:warning']);
  });

  it('lets the caller choose the stage', () => {
    const r = checkDocument(framework, build([{ tag: 'tsd:TS2.1/UPR2-3/1', text: inserted('TS2.1/UPR2-3/1') }], {}), { careerStage: 'UPR 2/3' });
    expect(r.findings).toEqual([]);
    expect(r.careerStage?.source).toBe('chosen');
  });
});
