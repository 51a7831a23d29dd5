import { bundledFramework } from '../../src/core/framework/bundled';
import { validateAgainstSchema } from '../../src/core/framework/validate';
import { blockPlainText } from '../../src/core/compose/block';
import { composeObjectiveBlock, draftObjective, objectiveHeading, objectiveStatement } from '../../src/core/compose/objective';
import { draftRationale } from '../../src/core/compose/rationale';
import { wordingOf } from '../../src/core/compose/wording';
import wording from '../../framework-data/wording.json';

const framework = bundledFramework();
const w = wordingOf(framework);
const text = (paragraphs: { runs: { text: string }[] }[]) => paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');

describe('objective drafts', () => {
  it('fills only the heading and statement; the fields needing judgement start empty with their prompts', () => {
    const draft = draftObjective(framework, { careerStageName: 'ECT year 1', subStandard: '2.1', descriptorIds: ['TS2.1/ECT1/1'], number: 4 });
    expect(draft.stage).toBe('ECT1');
    expect(draft.fields.title.value).toBe('Objective 4: Teachers’ Standard 2.1 – Be accountable for pupils’ attainment, progress and outcomes');
    expect(draft.fields.statement.value).toMatch(/^With support, monitor the progress and attainment of all pupils in the class/);
    for (const name of ['successCriteria', 'timescale', 'support', 'evidence'] as const) {
      expect(draft.fields[name].value).toBe('');
      expect(draft.fields[name].prompt).toBe(w.objective.prompts[name]);
      expect(draft.fields[name].prompt).not.toBe('');
    }
  });

  it('quotes the official title as the source words it, apart from a trailing full stop', () => {
    expect(objectiveHeading(framework, '3.4', 1)).toBe(
      'Objective 1: Teachers’ Standard 3.4 – If teaching early reading, demonstrate a clear understanding of systematic synthetic phonics',
    );
    expect(objectiveHeading(framework, '5.4', 2)).toContain('those with special educational needs; those of high ability;');
  });

  it('drops a lead-in the descriptor repeats, and lets a fuller lead-in open the sentence', () => {
    expect(objectiveStatement(framework, 'ECT1', '3.5', ['TS3.5/ECT1/4'])).toBe(
      'With support, plan, teach and assess maths accurately using appropriate strategies to develop children’s accurate understanding of mathematical concepts.',
    );
    expect(objectiveStatement(framework, 'ECT1', '5.2', ['TS5.2/ECT1/4'])).toBe(
      'With support from the SENDCO, take part in review meetings and contribute towards next steps for learning.',
    );
  });

  it('keeps acronyms capitalised when a descriptor is lower-cased to continue the sentence', () => {
    expect(objectiveStatement(framework, 'MPR', '7.4', ['TS7.4/MPR/3'])).toContain('and advise ECTs.');
    expect(objectiveStatement(framework, 'UPR2-3', '2.1', ['TS2.1/UPR2-3/1'])).toBe(
      'Confidently fulfil the statements for UPR1. Additionally, support UPR 1 colleagues and moderate attainment data across the year group/phase/team/dept.',
    );
  });

  it('moves a bracketed remark after the joined sentence', () => {
    expect(objectiveStatement(framework, 'ECT1', '2.2', ['TS2.2/ECT1/1', 'TS2.2/ECT1/2'])).toMatch(
      /; and be aware of school and national data outcomes\. \(It is recognised that you may need guidance on next steps for learning from colleagues\.\)$/,
    );
  });

  it('refuses descriptors from another sub-standard or stage, and stages with no standards column', () => {
    expect(() => draftObjective(framework, { stage: 'ECT1', subStandard: '2.1', descriptorIds: ['TS2.2/ECT1/1'], number: 1 })).toThrow(/not one of Teachers' Standard 2.1/);
    expect(() => draftObjective(framework, { stage: 'MPR', subStandard: '2.1', descriptorIds: ['TS2.1/ECT1/1'], number: 1 })).toThrow();
    expect(() => draftObjective(framework, { careerStageName: 'Headteacher', subStandard: '2.1', descriptorIds: [], number: 1 })).toThrow(/no column/);
    expect(() => draftObjective(framework, { stage: 'MPR', subStandard: '9.9', descriptorIds: [], number: 1 })).toThrow(/no Teachers' Standard 9.9/);
  });

  it('uses the reviewer’s edits when composing', () => {
    const draft = draftObjective(framework, { stage: 'MPR', subStandard: '2.1', descriptorIds: ['TS2.1/MPR/1'], number: 1 });
    draft.fields.title.value = 'Objective 1: pupil progress';
    draft.fields.statement.value = 'Track every pupil’s progress each half term.';
    const block = composeObjectiveBlock(framework, draft);
    expect(block.paragraphs[0]?.runs).toEqual([{ text: 'Objective 1: pupil progress', bold: true }]);
    expect(blockPlainText(block)).toContain(`${w.objective.labels.statement} Track every pupil’s progress each half term.`);
  });
});

describe('rating rationale rules', () => {
  const base = { careerStageName: 'Main pay range', tickedIds: ['CEF/MPR/achieved/1'] } as const;

  it('uses the framework’s three rating labels and the career stage name', () => {
    for (const [rating, label] of [
      ['not-met', 'Not meeting expectations'],
      ['achieved', 'Achieved expectations'],
      ['exceptional', 'Exceptional performance'],
    ] as const) {
      const { block } = draftRationale(framework, { careerStageName: 'UPR 1 with TLR', rating, tickedIds: [] });
      expect(text(block.paragraphs).split('\n')[0]).toBe(`Overall rating: ${label} (UPR 1 with TLR).`);
      expect(block.tag).toBe(`tsr:UPR-TLR/${rating}`);
    }
  });

  it('appends the role’s not-met note word for word (spacing aside) unless turned off', () => {
    const note = framework.careerExpectations.roles.find((r) => r.code === 'MPR')?.ratings['not-met'].note ?? '';
    const on = draftRationale(framework, { careerStageName: 'Main pay range', rating: 'not-met', tickedIds: ['CEF/MPR/not-met/2'] });
    expect(text(on.block.paragraphs)).toContain(`${w.rationale.notMetNoteLabel} ${note.replace(/\s+/g, ' ')}`);
    const off = draftRationale(framework, { careerStageName: 'Main pay range', rating: 'not-met', tickedIds: ['CEF/MPR/not-met/2'], includeNotMetNote: false });
    expect(text(off.block.paragraphs)).not.toContain(w.rationale.notMetNoteLabel);
    const achieved = draftRationale(framework, { ...base, rating: 'achieved' });
    expect(text(achieved.block.paragraphs)).not.toContain(w.rationale.notMetNoteLabel);
  });

  it('adds the pay line only when asked, worded for the rating', () => {
    expect(text(draftRationale(framework, { ...base, rating: 'achieved' }).block.paragraphs)).not.toContain('pay progression');
    for (const rating of ['not-met', 'achieved', 'exceptional'] as const) {
      const { block } = draftRationale(framework, { ...base, rating, includePayLine: true });
      expect(text(block.paragraphs).split('\n').pop()).toBe(w.rationale.payLine[rating]);
    }
  });

  it('warns, without refusing, when an exceptional rating has no achieved descriptor ticked', () => {
    const none = draftRationale(framework, { careerStageName: 'Main pay range', rating: 'exceptional', tickedIds: ['CEF/MPR/exceptional/1'] });
    expect(none.warnings).toEqual([expect.stringContaining('no Achieved expectations descriptor is ticked')]);
    expect(none.block.citedIds).toEqual(['CEF/MPR/exceptional/1']);
    const some = draftRationale(framework, { careerStageName: 'Main pay range', rating: 'exceptional', tickedIds: ['CEF/MPR/exceptional/1', 'CEF/MPR/achieved/2'] });
    expect(some.warnings).toEqual([]);
    expect(text(some.block.paragraphs)).toContain('For Achieved expectations, the teacher consistently demonstrates expected performance');
  });

  it('says which Headteacher route the rating follows, and asks for one when none is given', () => {
    const ticks = ['CEF/HT/achieved/2', 'CEF/HT/exceptional/3'];
    const two = draftRationale(framework, { careerStageName: 'Headteacher', rating: 'exceptional', route: 2, tickedIds: ticks });
    expect(two.warnings).toEqual([]);
    expect(text(two.block.paragraphs)).toContain('This rating follows the second route to Exceptional performance');
    expect(two.block.title).toContain('route 2');
    const unchosen = draftRationale(framework, { careerStageName: 'Headteacher', rating: 'exceptional', tickedIds: ticks });
    expect(unchosen.warnings).toEqual([expect.stringContaining('Choose one; route 2 is used')]);
    // A tick from the other route is left out, with a warning.
    const mixed = draftRationale(framework, { careerStageName: 'Headteacher', rating: 'exceptional', route: 1, tickedIds: [...ticks, 'CEF/HT/exceptional/1'] });
    expect(mixed.block.citedIds).toEqual(['CEF/HT/achieved/2', 'CEF/HT/exceptional/1']);
    expect(mixed.warnings).toEqual([expect.stringContaining('Exceeds all headteacher standards')]);
  });

  it('leaves out, with warnings, ticks from another rating, unknown ids and notes for unticked descriptors', () => {
    const { block, warnings } = draftRationale(framework, {
      careerStageName: 'Main pay range',
      rating: 'achieved',
      tickedIds: ['CEF/MPR/achieved/1', 'CEF/MPR/not-met/2', 'CEF/NOPE/1'],
      evidenceNotes: { 'CEF/MPR/achieved/5': 'A note', 'CEF/MPR/achieved/1': '   ' },
    });
    expect(block.citedIds).toEqual(['CEF/MPR/achieved/1']);
    expect(warnings).toHaveLength(3);
    expect(text(block.paragraphs)).not.toContain('Evidence for');
  });

  it('warns when nothing is ticked and states no findings', () => {
    const { block, warnings } = draftRationale(framework, { careerStageName: 'ECT year 2', rating: 'achieved', tickedIds: [] });
    expect(warnings).toEqual([w.rationale.warnings.noneTicked]);
    expect(block.paragraphs).toHaveLength(1);
  });

  it('refuses an unknown career stage', () => {
    expect(() => draftRationale(framework, { careerStageName: 'Caretaker', rating: 'achieved', tickedIds: [] })).toThrow(/no career stage/);
  });
});

describe('the wording file', () => {
  it('names only descriptors that exist, as clauses or in-sentence forms', () => {
    const ids = [...wording.rationale.clauseDescriptors, ...Object.keys(wording.rationale.inSentence)];
    expect(ids.filter((id) => !framework.byId.has(id))).toEqual([]);
  });

  it('is checked by the schema: a missing label or a broken placeholder is reported with its path', () => {
    const broken = JSON.parse(JSON.stringify(wording)) as { objective: { labels: Record<string, string> }; rationale: { findings: string } };
    delete broken.objective.labels.evidence;
    broken.rationale.findings = 'Against {role, the evidence';
    const paths = validateAgainstSchema(broken, 'wording.json').map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['/objective/labels', '/rationale/findings']));
  });
});
