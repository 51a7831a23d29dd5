/**
 * Drift inside composed blocks: objectives and rating rationales composed by the pane's own composers, then edited as
 * a reviewer would. The framework's words are compared; the reviewer's own fields never are.
 */
import { checkDocument, type CheckResult } from '../../src/core/check/checker';
import type { CheckDocument } from '../../src/core/check/model';
import { blockPlainText } from '../../src/core/compose/block';
import { composeObjectiveBlock, draftObjective } from '../../src/core/compose/objective';
import { composeDevelopment } from '../../src/core/compose/development';
import { composePay } from '../../src/core/compose/pay';
import { draftRationale } from '../../src/core/compose/rationale';
import { bundledFramework } from '../../src/core/framework/bundled';
import { diffToText } from '../../src/core/text/diff';

const framework = bundledFramework();

function doc(blocks: { tag: string; title: string; text: string }[], careerStage: string): CheckDocument {
  const d: CheckDocument = { paragraphs: [{ text: 'Performance review 2025–26', blocks: [] }], blocks: [], properties: { CareerStage: careerStage } };
  for (const b of blocks) {
    const index = d.blocks.length;
    const start = d.paragraphs.length;
    for (const line of b.text.split('\n')) d.paragraphs.push({ text: line, blocks: [index] });
    d.blocks.push({ tag: b.tag, title: b.title, text: b.text, level: 'block', paragraphs: { start, end: d.paragraphs.length }, parent: null });
  }
  return d;
}

function objective(ids: string[], fields: Partial<Record<'successCriteria' | 'timescale' | 'support' | 'evidence', string>> = {}) {
  const first = framework.byId.get(ids[0] as string);
  const draft = draftObjective(framework, { stage: first?.stage ?? 'MPR', descriptorIds: ids, number: 1, values: fields });
  const block = composeObjectiveBlock(framework, draft);
  return { tag: block.tag, title: block.title, text: blockPlainText(block) };
}

function rationale(careerStageName: string, rating: 'achieved' | 'exceptional' | 'not-met', tickedIds: string[], extra: { overallNote?: string; evidenceNotes?: Record<string, string> } = {}) {
  const { block } = draftRationale(framework, { careerStageName, rating, tickedIds, route: 1, includePayLine: true, ...extra });
  return { tag: block.tag, title: block.title, text: blockPlainText(block) };
}

const drift = (r: CheckResult) => r.findings.filter((f) => f.kind === 'edited-objective' || f.kind === 'edited-rationale');

describe('edited-objective', () => {
  const ids = ['TS2.1/ECT2/1'];
  it('passes an objective as composed, whatever the reviewer wrote in their own fields', () => {
    const o = objective(ids, { successCriteria: 'All pupils flagged within two weeks.', timescale: 'By Easter', support: 'SENDCO meetings', evidence: 'Referral log' });
    expect(drift(checkDocument(framework, doc([o], 'ECT year 2')))).toEqual([]);
    // The reviewer's fields edited afterwards are still theirs.
    const edited = { ...o, text: o.text.replace('By Easter', 'By the end of the summer term, with a review in May') };
    expect(drift(checkDocument(framework, doc([edited], 'ECT year 2')))).toEqual([]);
  });

  it('reports “be proactive” changed to “be more proactive” in the statement, with a word diff', () => {
    const o = objective(ids);
    expect(o.text).toContain('proactive');
    const edited = { ...o, text: o.text.replace(/\b([Bb]e) proactive/, '$1 more proactive') };
    const found = drift(checkDocument(framework, doc([edited], 'ECT year 2')));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'edited-objective', severity: 'warning', id: 'TS2.1/ECT2/1' });
    expect(diffToText(found[0]?.diff ?? [])).toContain('{+more +}');
  });

  it('reports a statement deleted', () => {
    const o = objective(ids);
    const lines = o.text.split('\n');
    const edited = { ...o, text: lines.filter((l) => !l.startsWith('Objective:')).join('\n') };
    expect(drift(checkDocument(framework, doc([edited], 'ECT year 2')))[0]?.message).toMatch(/has been deleted/);
  });

  it('compares against the edition the document was written in (the checker is given that edition)', () => {
    // Composed under this edition, checked under this edition: nothing. (edition-check.test.ts covers the choice.)
    expect(drift(checkDocument(framework, doc([objective(['TS4.2/UPR2-3/1'])], 'UPR 2/3')))).toEqual([]);
  });
});

describe('edited-rationale', () => {
  const achieved = framework.descriptors.filter((d) => d.role === 'MPR' && d.rating === 'achieved').slice(0, 3).map((d) => d.id);
  const exceptional = framework.descriptors.filter((d) => d.role === 'MPR' && d.rating === 'exceptional').slice(0, 2).map((d) => d.id);

  it('passes rationales as composed, for each rating, with notes and comments of the reviewer’s own', () => {
    for (const [rating, ticked] of [['achieved', achieved], ['exceptional', [...achieved, ...exceptional]], ['exceptional', exceptional]] as const) {
      const r = rationale('Main pay range', rating, [...ticked], { overallNote: 'A strong year.', evidenceNotes: { [ticked[0] as string]: 'Seen in every observation.' } });
      expect(drift(checkDocument(framework, doc([r], 'Main pay range')))).toEqual([]);
    }
  });

  it('reports “consistently demonstrates expected performance” changed to “occasionally demonstrates …”', () => {
    const r = rationale('Main pay range', 'achieved', achieved);
    expect(r.text).toContain('consistently demonstrates expected performance');
    const edited = { ...r, text: r.text.replace('consistently demonstrates expected performance', 'occasionally demonstrates expected performance') };
    const found = drift(checkDocument(framework, doc([edited], 'Main pay range')));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'edited-rationale', severity: 'warning' });
    expect(diffToText(found[0]?.diff ?? [])).toContain('[-consistently-]{+occasionally+}');
  });

  it('does not compare evidence notes or comments', () => {
    const r = rationale('Main pay range', 'achieved', achieved, { overallNote: 'Good.', evidenceNotes: { [achieved[0] as string]: 'Seen.' } });
    const edited = { ...r, text: r.text.replace('Good.', 'Good, and the department agrees.').replace('Seen.', 'Seen twice, in autumn and spring.') };
    expect(drift(checkDocument(framework, doc([edited], 'Main pay range')))).toEqual([]);
  });
});

describe('edited-pay and pay-rule', () => {
  const achieved = framework.descriptors.filter((d) => d.role === 'UPR' && d.rating === 'achieved').slice(0, 2).map((d) => d.id);
  const pay = (rating: 'achieved' | 'not-met', recommendation: 'progress' | 'no-progress', note = '') => {
    const { block } = composePay(framework, { careerStageName: 'UPR 1', rating, recommendation, note });
    return { tag: block.tag, title: block.title, text: blockPlainText(block) };
  };
  const of = (r: CheckResult, kind: string) => r.findings.filter((f) => f.kind === kind);

  it('passes a pay recommendation as composed for the review’s rating, whatever the note says', () => {
    const r = checkDocument(framework, doc([rationale('UPR 1', 'achieved', achieved), pay('achieved', 'progress', 'Strong evidence all year.')], 'UPR 1'));
    expect([...of(r, 'edited-pay'), ...of(r, 'pay-rule')]).toEqual([]);
  });

  it('reports its statement edited, with a word diff', () => {
    const p = pay('achieved', 'progress');
    const edited = { ...p, text: p.text.replace('is recommended', 'is strongly recommended') };
    const found = of(checkDocument(framework, doc([rationale('UPR 1', 'achieved', achieved), edited], 'UPR 1')), 'edited-pay');
    expect(found).toHaveLength(1);
    expect(diffToText(found[0]?.diff ?? [])).toContain('{+strongly +}');
  });

  it('reports progression that the rating does not allow', () => {
    const notMet = framework.descriptors.filter((d) => d.role === 'UPR' && d.rating === 'not-met').slice(0, 1).map((d) => d.id);
    const r = checkDocument(framework, doc([rationale('UPR 1', 'not-met', notMet), pay('not-met', 'progress')], 'UPR 1'));
    expect(of(r, 'pay-rule').map((f) => f.severity)).toContain('warning');
  });
});

describe('edited-development', () => {
  const ids = ['TS2.1/ECT2/1'];
  const development = (values: Partial<Record<'evidence' | 'support' | 'review', string>> = {}) => {
    const { block } = composeDevelopment(framework, { careerStageName: 'ECT year 2', descriptorIds: ids, number: 1, values });
    return { tag: block.tag, title: block.title, text: blockPlainText(block) };
  };
  const edits = (r: CheckResult) => r.findings.filter((f) => f.kind === 'edited-development');

  it('passes an area for development as composed, whatever the reviewer wrote in their own fields', () => {
    const a = development({ evidence: 'Two referrals late in the autumn term.', support: 'SENDCO meetings', review: 'By Easter' });
    expect(edits(checkDocument(framework, doc([a], 'ECT year 2')))).toEqual([]);
    const edited = { ...a, text: a.text.replace('By Easter', 'At the end of the spring term') };
    expect(edits(checkDocument(framework, doc([edited], 'ECT year 2')))).toEqual([]);
    // Placeholders left in are the reviewer's to fill, not drift.
    expect(edits(checkDocument(framework, doc([development()], 'ECT year 2')))).toEqual([]);
  });

  it('reports an edit to the expected practice, with a word diff', () => {
    const a = development();
    expect(a.text).toContain('proactive');
    const edited = { ...a, text: a.text.replace(/\b([Bb]e) proactive/, '$1 more proactive') };
    const found = edits(checkDocument(framework, doc([edited], 'ECT year 2')));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'edited-development', severity: 'warning', id: 'TS2.1/ECT2/1' });
    expect(diffToText(found[0]?.diff ?? [])).toContain('{+more +}');
  });

  it('reports the expected practice deleted', () => {
    const a = development();
    const edited = { ...a, text: a.text.split('\n').filter((line) => !line.startsWith('Expected practice')).join('\n') };
    const found = edits(checkDocument(framework, doc([edited], 'ECT year 2')));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('has been deleted');
  });
});
