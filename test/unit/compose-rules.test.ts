import { bundledFramework } from '../../src/core/framework/bundled';
import { validateAgainstSchema } from '../../src/core/framework/validate';
import { blockPlainText } from '../../src/core/compose/block';
import { parseTag } from '../../src/core/tags';
import {
  composeObjective,
  composeObjectiveBlock,
  draftObjective,
  missingSmartParts,
  objectiveHeading,
  objectiveStatement,
  suggestedSuccessMeasures,
} from '../../src/core/compose/objective';
import { composeDevelopment } from '../../src/core/compose/development';
import { draftRationale, routeLabels } from '../../src/core/compose/rationale';
import { composePay } from '../../src/core/compose/pay';
import { descriptorInsertion, descriptorListInsertion } from '../../src/core/compose/reference';
import { stageName, subStandardName, wordCount } from '../../src/core/compose/names';
import { wordingOf } from '../../src/core/compose/wording';
import { RATING_CODES } from '../../src/core/framework/types';
import wording from '../../framework-data/wording.json';

const framework = bundledFramework();
const w = wordingOf(framework);
const text = (paragraphs: { runs: { text: string }[] }[]) => paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');

describe('objective drafts', () => {
  it('fills the heading and statement; the SMART fields start empty with their prompts', () => {
    const draft = draftObjective(framework, { careerStageName: 'ECT year 1', subStandard: '2.1', descriptorIds: ['TS2.1/ECT1/1'], number: 4 });
    expect(draft.stage).toBe('ECT1');
    expect(draft.fields.title.value).toBe('Objective 4: Accountability for pupils’ progress (Teachers’ Standard 2.1)');
    expect(draft.fields.statement.value).toMatch(/^With support, monitor the progress and attainment of all pupils in the class/);
    for (const name of ['successCriteria', 'timescale', 'support', 'evidence'] as const) {
      expect(draft.fields[name].value).toBe('');
      expect(draft.fields[name].prompt).toBe(w.objective.prompts[name]);
    }
    expect(missingSmartParts(draft)).toEqual(['successCriteria', 'timescale', 'support', 'evidence']);
  });

  it('gives every sub-standard a short name of at most twelve words, used in the heading', () => {
    const subs = framework.teachersStandards.standards.flatMap((s) => s.subStandards.map((sub) => sub.number));
    expect(subs).toHaveLength(35);
    for (const n of subs) {
      expect(Object.keys(wording.names.subStandards)).toContain(n);
      expect(wordCount(subStandardName(framework, n))).toBeLessThanOrEqual(12);
    }
    expect(objectiveHeading(framework, '7.1', 1)).toBe('Objective 1: Rules and routines for behaviour (Teachers’ Standard 7.1)');
  });

  it('draws on several sub-standards: the heading names them, the tag cites every descriptor in source order', () => {
    const { block, missing, warnings } = composeObjective(framework, { careerStageName: 'Main pay range', descriptorIds: ['TS6.3/MPR/5', 'TS2.1/MPR/1'], number: 1 });
    expect(blockPlainText(block).split('\n')[0]).toBe('Objective 1: Accountability for pupils’ progress and using data to set targets (Teachers’ Standards 2.1 and 6.3)');
    expect(block.tag).toBe('tso:TS2.1/MPR/1,TS6.3/MPR/5');
    expect(parseTag(block.tag, block.title)).toEqual({ kind: 'objective', ids: ['TS2.1/MPR/1', 'TS6.3/MPR/5'], missing: 0 });
    expect(missing).toHaveLength(4);
    expect(warnings).toEqual([expect.stringMatching(/^Not yet filled in: success criteria, timescale and review date, support and CPD, and evidence\./)]);
  });

  it('keeps too many names to a standard-level name within twelve words', () => {
    const ids = ['TS2.1/MPR/1', 'TS2.2/MPR/1', 'TS2.3/MPR/1', 'TS2.4/MPR/1'];
    const heading = composeObjective(framework, { careerStageName: 'Main pay range', descriptorIds: ids, number: 12 }).block.paragraphs[0]?.runs[0]?.text ?? '';
    expect(heading).toBe('Objective 12: Pupils’ progress and outcomes (Teachers’ Standards 2.1, 2.2, 2.3 and 2.4)');
  });

  it('never quotes a preamble sentence about the guidance’s columns, and keeps ECT 1’s "With support"', () => {
    for (const [stage, id] of [['ECT2', 'TS6.4/ECT2/1'], ['MPR', 'TS2.1/MPR/1'], ['UPR2-3', 'TS2.1/UPR2-3/1'], ['LP', 'TS1.1/LP/1']] as const) {
      const statement = objectiveStatement(framework, stage, [id]);
      expect(statement).not.toMatch(/fulfil the statements|Additionally|colleagues and\b/);
    }
    expect(objectiveStatement(framework, 'UPR2-3', ['TS2.1/UPR2-3/1'])).toBe('Moderate attainment data across the year group/phase/team/dept.');
    expect(objectiveStatement(framework, 'ECT1', ['TS3.5/ECT1/4'])).toBe(
      'With support, plan, teach and assess maths accurately using appropriate strategies to develop children’s accurate understanding of mathematical concepts.',
    );
    expect(objectiveStatement(framework, 'ECT1', ['TS5.2/ECT1/4'])).toBe('With support from the SENDCO, take part in review meetings and contribute towards next steps for learning.');
  });

  it('keeps acronyms capitalised and moves a bracketed remark after the sentences', () => {
    expect(objectiveStatement(framework, 'MPR', ['TS7.4/MPR/3'])).toContain('ECTs');
    expect(objectiveStatement(framework, 'ECT1', ['TS2.2/ECT1/1', 'TS2.2/ECT1/2'])).toMatch(/\. \(It is recognised that you may need guidance on next steps for learning from colleagues\.\)$/);
  });

  it('refuses descriptors of another stage or sub-standard, and stages with no standards column', () => {
    expect(() => draftObjective(framework, { stage: 'ECT1', subStandard: '2.1', descriptorIds: ['TS2.2/ECT1/1'], number: 1 })).toThrow(/not one of Teachers’ Standard 2.1/);
    expect(() => draftObjective(framework, { stage: 'MPR', descriptorIds: ['TS2.1/ECT1/1'], number: 1 })).toThrow(/is for ECT year 1, not Main pay range/);
    expect(() => draftObjective(framework, { stage: 'MPR', descriptorIds: ['CEF/MPR/achieved/1'], number: 1 })).toThrow(/no Teachers’ Standards descriptor/);
    expect(() => draftObjective(framework, { careerStageName: 'Headteacher', descriptorIds: [], number: 1 })).toThrow(/no column/);
    expect(() => draftObjective(framework, { stage: 'MPR', subStandard: '9.9', descriptorIds: [], number: 1 })).toThrow(/no Teachers’ Standard 9.9/);
  });

  it('writes empty SMART fields as placeholder runs, and the reviewer’s edits as given', () => {
    const draft = draftObjective(framework, { stage: 'MPR', descriptorIds: ['TS2.1/MPR/1'], number: 1, values: { timescale: 'By July' } });
    draft.fields.title.value = 'Objective 1: pupil progress';
    const block = composeObjectiveBlock(framework, draft);
    expect(block.paragraphs[0]?.runs).toEqual([{ text: 'Objective 1: pupil progress', bold: true }]);
    const placeholders = block.paragraphs.flatMap((p) => p.runs).filter((r) => r.placeholder);
    expect(placeholders.map((r) => r.text)).toEqual([w.objective.placeholders.successCriteria, w.objective.placeholders.support, w.objective.placeholders.evidence]);
    expect(placeholders.every((r) => /^\[.+\]$/.test(r.text))).toBe(true);
    expect(blockPlainText(block)).toContain('Timescale and review date: By July');
    expect(blockPlainText(block)).not.toContain(w.objective.labels.priority);
  });

  it('suggests success measures per standard from the wording file', () => {
    expect(suggestedSuccessMeasures(framework, ['7.1', '7.4'])).toEqual(wording.objective.successMeasures['7']);
    expect(suggestedSuccessMeasures(framework, ['2.1', '6.3'])).toEqual([...wording.objective.successMeasures['2'], ...wording.objective.successMeasures['6']]);
    for (let s = 1; s <= 8; s += 1) expect(suggestedSuccessMeasures(framework, [`${s}.1`]).length).toBeGreaterThan(0);
  });
});

describe('areas for development', () => {
  it('keeps a sub-standard’s own name in the heading where the pair is too long, naming the other by its standard', () => {
    const { block } = composeDevelopment(framework, { careerStageName: 'Main pay range', descriptorIds: ['TS2.1/MPR/1', 'TS6.3/MPR/1'], number: 1 });
    expect(block.paragraphs[0]?.runs[0]?.text).toBe('Area for development: Accountability for pupils’ progress and assessment (Teachers’ Standards 2.1 and 6.3)');
  });

  it('states the expected practice from the stage’s descriptors, with placeholders for what is missing', () => {
    const { block, missing, warnings, blocked } = composeDevelopment(framework, { careerStageName: 'ECT year 2', descriptorIds: ['TS6.4/ECT2/1'], number: 2 });
    expect(block.kind).toBe('tsa');
    expect(block.tag).toBe('tsa:TS6.4/ECT2/1');
    expect(parseTag(block.tag, block.title)).toEqual({ kind: 'development', ids: ['TS6.4/ECT2/1'], missing: 0 });
    expect(blockPlainText(block)).toMatch(/^Area for development: Feedback to pupils \(Teachers’ Standard 6\.4\)\nExpected practice: Use differentiated questioning/);
    expect(missing).toEqual(['evidence', 'support', 'review']);
    expect(warnings).toHaveLength(1);
    expect(blocked).toBeNull();
  });

  it('refuses a descriptor of another stage', () => {
    expect(() => composeDevelopment(framework, { careerStageName: 'ECT year 2', descriptorIds: ['TS6.4/ECT1/1'], number: 1 })).toThrow(/is for ECT year 1/);
  });
});

describe('rating rationale rules', () => {
  const base = { careerStageName: 'Main pay range', tickedIds: ['CEF/MPR/achieved/1'] } as const;

  it('uses the framework’s three rating labels and the career stage name', () => {
    for (const rating of RATING_CODES) {
      const { block } = draftRationale(framework, { careerStageName: 'UPR 1 with TLR', rating, tickedIds: [] });
      const label = framework.careerExpectations.ratings.find((r) => r.code === rating)?.label;
      expect(text(block.paragraphs).split('\n')[0]).toBe(`Overall rating: ${label} (UPR 1 with TLR).`);
      expect(block.tag).toBe(`tsr:UPR-TLR/${rating}`);
    }
  });

  it('leaves the framework’s support/HR note out by default; asked for, it is labelled as guidance for the reviewer', () => {
    const note = framework.careerExpectations.roles.find((r) => r.code === 'MPR')?.ratings['not-met'].note ?? '';
    const off = draftRationale(framework, { careerStageName: 'Main pay range', rating: 'not-met', tickedIds: ['CEF/MPR/not-met/2'] });
    expect(text(off.block.paragraphs)).not.toContain('HR support');
    const on = draftRationale(framework, { careerStageName: 'Main pay range', rating: 'not-met', tickedIds: ['CEF/MPR/not-met/2'], includeNotMetNote: true });
    expect(text(on.block.paragraphs)).toContain(`${w.rationale.notMetNoteLabel} ${note.replace(/\s+/g, ' ')}`);
    expect(w.rationale.notMetNoteLabel).toMatch(/guidance for the reviewer/i);
  });

  it('blocks Exceptional performance unless an achieved and an exceptional descriptor are ticked', () => {
    const none = draftRationale(framework, { careerStageName: 'Main pay range', rating: 'exceptional', tickedIds: [] });
    const onlyExceptional = draftRationale(framework, { careerStageName: 'Main pay range', rating: 'exceptional', tickedIds: ['CEF/MPR/exceptional/1'] });
    const onlyAchieved = draftRationale(framework, { careerStageName: 'Main pay range', rating: 'exceptional', tickedIds: ['CEF/MPR/achieved/2'] });
    for (const r of [none, onlyExceptional, onlyAchieved]) expect(r.blocked).toMatch(/^Exceptional performance can be given only with/);
    expect(onlyExceptional.block.citedIds).toEqual(['CEF/MPR/exceptional/1']);
    const both = draftRationale(framework, { careerStageName: 'Main pay range', rating: 'exceptional', tickedIds: ['CEF/MPR/exceptional/1', 'CEF/MPR/achieved/2'] });
    expect(both.blocked).toBeNull();
    expect(both.warnings).toEqual([]);
    expect(text(both.block.paragraphs)).toContain('For Achieved expectations, the teacher consistently demonstrates expected performance');
    for (const rating of ['not-met', 'achieved'] as const) expect(draftRationale(framework, { ...base, rating }).blocked).toBeNull();
  });

  it('labels the Headteacher’s routes in plain words from the framework, and states the chosen one', () => {
    expect(routeLabels(framework, 'HT', 'exceptional')).toEqual(wording.rationale.routes.HT.exceptional);
    expect(routeLabels(framework, 'MPR', 'exceptional')).toHaveLength(1);
    const ticks = ['CEF/HT/achieved/2', 'CEF/HT/exceptional/3'];
    const two = draftRationale(framework, { careerStageName: 'Headteacher', rating: 'exceptional', route: 2, tickedIds: ticks });
    expect(two.warnings).toEqual([]);
    expect(text(two.block.paragraphs).split('\n')[1]).toBe(`Route to Exceptional performance: ${wording.rationale.routes.HT.exceptional[1]}.`);
    expect(two.block.title).toContain('route 2');
    const unchosen = draftRationale(framework, { careerStageName: 'Headteacher', rating: 'exceptional', tickedIds: ticks });
    expect(unchosen.warnings).toEqual([expect.stringContaining('Choose one; route 2 is used')]);
    const mixed = draftRationale(framework, { careerStageName: 'Headteacher', rating: 'exceptional', route: 1, tickedIds: [...ticks, 'CEF/HT/exceptional/1'] });
    expect(mixed.block.citedIds).toEqual(['CEF/HT/achieved/2', 'CEF/HT/exceptional/1']);
    expect(mixed.warnings).toEqual([expect.stringContaining('Exceeds all headteacher standards')]);
  });

  it('states route 2’s lead-in only with an example, citing it then even if not ticked', () => {
    const alone = draftRationale(framework, { careerStageName: 'Headteacher', rating: 'exceptional', route: 2, tickedIds: ['CEF/HT/achieved/1', 'CEF/HT/exceptional/5'] });
    expect(alone.block.citedIds).toEqual(['CEF/HT/achieved/1']);
    // The findings (after the overall rating and the route) do not state the lead-in.
    expect(text(alone.block.paragraphs.slice(2))).not.toContain('has demonstrated exceptional performance in additional ways');
    expect(alone.warnings).toEqual([expect.stringContaining('introduces examples')]);
    expect(alone.blocked).not.toBeNull();
    const example = draftRationale(framework, { careerStageName: 'Headteacher', rating: 'exceptional', route: 2, tickedIds: ['CEF/HT/achieved/1', 'CEF/HT/exceptional/8'] });
    expect(example.block.citedIds).toEqual(['CEF/HT/achieved/1', 'CEF/HT/exceptional/5', 'CEF/HT/exceptional/8']);
    expect(example.blocked).toBeNull();
    expect(text(example.block.paragraphs)).toContain('has demonstrated exceptional performance in additional ways. In particular, the evidence shows that the headteacher provides significant');
  });

  it('states a clause the framework repeats across ratings once ("… to an appropriate and acceptable level")', () => {
    const { block } = draftRationale(framework, { careerStageName: 'Headteacher', rating: 'exceptional', route: 2, tickedIds: ['CEF/HT/achieved/2', 'CEF/HT/exceptional/3', 'CEF/HT/exceptional/4'] });
    expect(text(block.paragraphs).match(/acceptable level/g)).toHaveLength(1);
    expect(block.citedIds).toEqual(['CEF/HT/achieved/2', 'CEF/HT/exceptional/3', 'CEF/HT/exceptional/4']);
  });

  it('adds the pay line only when asked, worded for the rating', () => {
    expect(text(draftRationale(framework, { ...base, rating: 'achieved' }).block.paragraphs)).not.toContain('pay progression');
    for (const rating of RATING_CODES) {
      const { block } = draftRationale(framework, { ...base, rating, includePayLine: true });
      expect(text(block.paragraphs).split('\n').pop()).toBe(w.rationale.payLine[rating]);
    }
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

describe('pay recommendations', () => {
  it('tags each recommendation with the role, and states it with the rating', () => {
    for (const recommendation of ['progress', 'no-progress', 'not-eligible', 'not-applicable'] as const) {
      const { block } = composePay(framework, { careerStageName: 'UPR 1 with TLR', rating: 'achieved', recommendation });
      expect(block.kind).toBe('tsp');
      expect(parseTag(block.tag)).toEqual({ kind: 'pay', role: 'UPR-TLR', recommendation });
      expect(text(block.paragraphs).split('\n')[0]).toBe(`Pay recommendation: ${w.pay.recommendations[recommendation].label}.`);
    }
  });

  it('refuses progression with Not meeting expectations; warns on no progression with Achieved or Exceptional, citing the 2024 STPCD', () => {
    expect(composePay(framework, { careerStageName: 'Main pay range', rating: 'not-met', recommendation: 'progress' }).blocked).toMatch(/cannot be recommended/);
    for (const rating of ['achieved', 'exceptional'] as const) {
      const r = composePay(framework, { careerStageName: 'Main pay range', rating, recommendation: 'no-progress' });
      expect(r.blocked).toBeNull();
      expect(r.warnings).toEqual([expect.stringMatching(/2024 School Teachers’ Pay and Conditions Document.*poor performance.*capability proceedings/)]);
    }
    for (const recommendation of ['not-eligible', 'not-applicable'] as const) {
      for (const rating of RATING_CODES) {
        const r = composePay(framework, { careerStageName: 'ECT year 1', rating, recommendation });
        expect([r.blocked, r.warnings]).toEqual([null, []]);
      }
    }
  });

  it('follows the school’s rules in the wording file', () => {
    const strict = JSON.parse(JSON.stringify(wording)) as typeof wording;
    strict.pay.rules = [{ recommendation: 'no-progress', ratings: ['exceptional'], effect: 'block', message: 'Not with {rating}.' }];
    const edition = { ...framework, wording: strict };
    expect(composePay(edition, { careerStageName: 'Main pay range', rating: 'exceptional', recommendation: 'no-progress' }).blocked).toBe('Not with Exceptional performance.');
    expect(composePay(edition, { careerStageName: 'Main pay range', rating: 'not-met', recommendation: 'progress' }).blocked).toBeNull();
  });
});

describe('typography and references', () => {
  it('uses the source’s curly apostrophe and the picker’s stage names in references and titles', () => {
    const one = descriptorInsertion(framework, 'TS1.1/LP/1');
    expect(one.reference).toBe('(Teachers’ Standard 1.1, Leading practitioner)');
    expect(one.title).toBe('TS 1.1 · Leading practitioner');
    for (const cs of framework.careerStages) if (cs.stage) expect(framework.careerStages.map((c) => c.name)).toContain(stageName(framework, cs.stage));
    expect(JSON.stringify(wording)).not.toMatch(/\w'\w/);
  });

  it('"Insert all" is one list of verbatim descriptors with one reference', () => {
    const list = descriptorListInsertion(framework, ['TS2.1/MPR/2', 'TS2.1/MPR/1', 'TS2.1/MPR/1']);
    expect(list.items.map((i) => i.tag)).toEqual(['tsd:TS2.1/MPR/1', 'tsd:TS2.1/MPR/2']);
    expect(list.items.map((i) => i.text)).toEqual(['TS2.1/MPR/1', 'TS2.1/MPR/2'].map((id) => framework.byId.get(id)?.text));
    expect(list.text.match(/Teachers’ Standard/g)).toHaveLength(1);
    expect(list.text.endsWith('\n(Teachers’ Standard 2.1, Main pay range)')).toBe(true);
    expect(() => descriptorListInsertion(framework, ['TS2.1/MPR/1', 'TS2.2/MPR/1'])).toThrow(/share one standard/);
  });
});

describe('the wording file', () => {
  it('names only descriptors that exist, as clauses, in-sentence forms or sentence forms', () => {
    const ids = [...wording.rationale.clauseDescriptors, ...Object.keys(wording.rationale.inSentence), ...Object.keys(wording.statement.sentenceForms)];
    expect(ids.filter((id) => !framework.byId.has(id))).toEqual([]);
  });

  it('splits every descriptor too long for one sentence', () => {
    const max = wording.statement.maxSentenceWords;
    const forms = wording.statement.sentenceForms as Record<string, string[]>;
    const long = framework.descriptors.filter((d) => d.source === 'teachers-standards' && d.text.split(/(?<=[.!?])\s+/).some((s) => wordCount(s) > max - 2));
    expect(long.map((d) => d.id).filter((id) => !forms[id])).toEqual([]);
    for (const [id, parts] of Object.entries(forms)) {
      // A split keeps every word of the descriptor but a participle made a verb ("ensuring" → "Ensure").
      const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\s]/gu, '').split(/\s+/).filter(Boolean);
      expect(words(parts.join(' ')).length).toBe(words(framework.byId.get(id)?.text ?? '').length);
      for (const p of parts) expect(wordCount(p)).toBeLessThanOrEqual(max);
    }
  });

  it('is checked by the schema: a missing label, a broken placeholder, a long name or a bad pay rule is reported with its path', () => {
    const broken = JSON.parse(JSON.stringify(wording)) as {
      objective: { labels: Record<string, string> };
      rationale: { findings: string };
      names: { subStandards: Record<string, string> };
      pay: { rules: { effect: string }[] };
    };
    delete broken.objective.labels.evidence;
    broken.rationale.findings = 'Against {role, the evidence';
    broken.names.subStandards['7.1'] = 'one two three four five six seven eight nine ten eleven twelve thirteen';
    broken.pay.rules[0]!.effect = 'maybe';
    const paths = validateAgainstSchema(broken, 'wording.json').map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['/objective/labels', '/rationale/findings', '/names/subStandards/7.1', '/pay/rules/0/effect']));
  });
});
