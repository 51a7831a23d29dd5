import { bundledFramework } from '../../src/core/framework/bundled';
import fc from 'fast-check';
import { detectCareerStage, patternsWithNeedles } from '../../src/core/detect/career-stage';

const framework = bundledFramework();
const detect = (text: string) => detectCareerStage(framework, text)?.careerStage.name ?? null;

describe('detectCareerStage', () => {
  it('reads a labelled line', () => {
    expect(detect("Teacher: [Teacher's name]\nCareer stage: Main pay range\nReviewer: Headteacher")).toBe('Main pay range');
    expect(detect('Pay range - UPR 2')).toBe('UPR 2/3');
    expect(detect('Post: Assistant Headteacher')).toBe('Assistant/deputy headteacher');
    expect(detect('Role: Headteacher')).toBe('Headteacher');
    expect(detect('Role: Head of School')).toBe('Head of school');
  });

  it('picks the TLR stage when a TLR is on the same line', () => {
    expect(detect('Career stage: MPR with TLR 2b')).toBe('Main pay range with TLR');
    expect(detect('Pay scale: Upper pay scale 1 (TLR)')).toBe('UPR 1 with TLR');
    expect(detect('Career stage: UPR 1 with TLR')).toBe('UPR 1 with TLR');
  });

  it('matches the data’s own names and common abbreviations', () => {
    expect(detect('Career stage: ECT year 2')).toBe('ECT year 2');
    expect(detect('Stage: second-year ECT')).toBe('ECT year 2');
    expect(detect('Career stage: Leading Practitioner')).toBe('Leading practitioner');
    expect(detect('Career stage: U3')).toBe('UPR 2/3');
  });

  it('matches a stage name only as whole words', () => {
    const names = framework.careerStages.map((cs) => cs.name);
    expect(names).toContain('ECT year 1');
    // "ECT year 12" is no stage; "ECT year 1" must not be read out of it.
    expect(detect('Career stage: ECT year 12')).toBeNull();
    expect(detect('Career stage: Leading practitionerin')).toBeNull();
    expect(detect('Career stage: (ECT year 1)')).toBe('ECT year 1');
    expect(detect('Career stage: ect YEAR 1 and ECT year 1')).toBe('ECT year 1');
  });

  it('uses unlabelled text only when every mention agrees', () => {
    expect(detect('This review covers the year on the main pay range.\nProgress on the main pay scale was good.')).toBe('Main pay range');
    expect(detect('Moved from the main pay range to UPR 1 this year.')).toBeNull();
  });

  it('ignores leadership titles outside a labelled line (they usually name the reviewer)', () => {
    expect(detect('Signed by the headteacher and the deputy head.')).toBeNull();
    expect(detect('Reviewed with the headteacher. The teacher is on the main pay range.')).toBe('Main pay range');
  });

  it('returns null when nothing is found', () => {
    expect(detect('')).toBeNull();
    expect(detect('Objectives for the coming year.')).toBeNull();
  });

  it('with labelledOnly, answers as without it for a labelled line, and null when only prose names a stage', () => {
    for (const text of ['Career stage: Main Pay Range', 'Notes\nPay range - UPR 2\nShe leads the UPR 1 group', 'Teacher on UPR 1.\nCareer stage: ECT year 2']) {
      expect(detectCareerStage(framework, text, { labelledOnly: true })).toEqual(detectCareerStage(framework, text));
    }
    const prose = 'She has taught on the main pay range for two years.';
    expect(detectCareerStage(framework, prose)).toMatchObject({ labelled: false });
    expect(detectCareerStage(framework, prose, { labelledOnly: true })).toBeNull();
  });

  it('reports the words it matched', () => {
    const found = detectCareerStage(framework, 'Career stage: Main Pay Range');
    expect(found).toMatchObject({ evidence: 'Main Pay Range', labelled: true });
  });
});

describe('the words each stage pattern needs', () => {
  // Pieces of every wording the patterns know, and some they do not; joined with or without spaces, in any case.
  const pieces = [
    'ECT', 'ECTs', 'early', 'career', 'teacher', 'year', 'yr.', 'yr', 'y', '1', 'one', '2', 'two', '3', 'three', '12', 'first', '1st',
    'second', '2nd', 'of', 'induction', 'NQT', 'NQT+1', '+', 'newly', 'qualified', 'Main', 'pay', 'range', 'scale', 'spine', 'MPR',
    'MPS', 'M', 'M1', 'M4', 'M6', 'point', 'pt.', 'Upper', 'UPR', 'UPS', 'U', 'U1', 'U2', 'U3', 'and', 'or', '&', 'post-threshold',
    'post', 'threshold', 'Leading', 'lead', 'practitioner', 'Assistant', 'Deputy', 'vice', 'head', 'headteacher', 'principal',
    'executive', 'AHT', 'DHT', 'school', 'head of school', 'TLR', 'TLRs', 'TLR2b', '2a', '(b)', 'teaching', 'learning', 'responsibility', 'payment',
    'allowance', 'held', 'none', 'n/a', 'Career', 'stage', 'current', 'salary', 'grade', 'band', 'role', 'position', 'job', 'title',
    '-', '–', '—', '/', '(', ')', ':', ',', '\t',
    // Whole phrases, which random pieces seldom make in order.
    'first year of induction', 'second year of induction', 'early career teacher', 'newly qualified teacher', 'main pay range',
    'main pay scale', 'upper pay range', 'upper pay spine', 'leading practitioner', 'deputy headteacher', 'assistant/deputy head',
    'teaching and learning responsibility', 'career stage', 'pay point', 'job title', 'TLR held',
  ];
  const line = fc
    .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', '', '  ', '\t', '-'), fc.constantFrom('as is', 'upper', 'lower')), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.map(([piece, gap, kase]) => (kase === 'upper' ? piece.toUpperCase() : kase === 'lower' ? piece.toLowerCase() : piece) + gap).join(''));

  it('every match of a pattern contains one of its words, so a line with none is rightly not tried', () => {
    const patterns = patternsWithNeedles().map((p) => ({ ...p, once: new RegExp(p.pattern.source, p.pattern.flags.replace('g', '')) }));
    const matched = new Set<number>();
    fc.assert(
      fc.property(line, (text) =>
        patterns.every((p, i) => {
          if (!p.once.test(text)) return true;
          matched.add(i);
          const lower = text.toLowerCase();
          return p.needles.some((n) => lower.includes(n));
        }),
      ),
      { numRuns: 20_000, seed: 20261128 },
    );
    // The lines reached every pattern, so each list was tested.
    expect(patterns.filter((_, i) => !matched.has(i)).map((p) => `${p.label}: ${p.pattern.source.slice(0, 40)}`)).toEqual([]);
  });
});
