import fc from 'fast-check';
import {
  MAX_TAG_LENGTH,
  compactIds,
  fitTitle,
  PAY_RECOMMENDATIONS,
  descriptorTag,
  idListTagAndTitle,
  isPayRecommendation,
  isProjectTag,
  parseTag,
  payTag,
  rationaleTag,
  tagKindOf,
  type IdListTagKind,
} from '../../src/core/tags';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `TS8.5/AHT-DHT/${i + 10}`);

describe('building and reading back every kind of tag', () => {
  it('descriptor: tsd:<id>', () => {
    expect(descriptorTag('TS2.1/MPR/2')).toBe('tsd:TS2.1/MPR/2');
    expect(parseTag(descriptorTag('CEF/UPR-TLR/achieved/4'))).toEqual({ kind: 'descriptor', id: 'CEF/UPR-TLR/achieved/4' });
  });

  it('rationale: tsr:<role>/<rating>, role and rating as written', () => {
    expect(rationaleTag('MPR-TLR', 'achieved')).toBe('tsr:MPR-TLR/achieved');
    expect(parseTag('tsr:AHT-DHT/not-met')).toEqual({ kind: 'rationale', role: 'AHT-DHT', rating: 'not-met' });
    // The framework decides whether these exist; the tag's shape is fine.
    expect(parseTag('tsr:XYZ/brilliant')).toEqual({ kind: 'rationale', role: 'XYZ', rating: 'brilliant' });
  });

  it.each(PAY_RECOMMENDATIONS)('pay: tsp:<role>/%s', (recommendation) => {
    const tag = payTag('UPR', recommendation);
    expect(tag).toBe(`tsp:UPR/${recommendation}`);
    expect(parseTag(tag)).toEqual({ kind: 'pay', role: 'UPR', recommendation });
    expect(isPayRecommendation(recommendation)).toBe(true);
  });

  it('pay: an unknown recommendation is read as written, and is not a recommendation', () => {
    expect(parseTag('tsp:UPR/maybe')).toEqual({ kind: 'pay', role: 'UPR', recommendation: 'maybe' });
    expect(isPayRecommendation('maybe')).toBe(false);
  });

  it.each<[IdListTagKind, string]>([
    ['objective', 'tso'],
    ['development', 'tsa'],
  ])('%s: %s:<id>,<id>,… keeps a short list whole', (kind, prefix) => {
    const { tag, title } = idListTagAndTitle(kind, ['TS2.1/MPR/1', 'TS2.1/MPR/2'], 'Objective 1 · TS 2.1 · MPR');
    expect(tag).toBe(`${prefix}:TS2.1/MPR/1,TS2.1/MPR/2`);
    expect(title).toBe('Objective 1 · TS 2.1 · MPR');
    expect(parseTag(tag, title)).toEqual({ kind, ids: ['TS2.1/MPR/1', 'TS2.1/MPR/2'], missing: 0 });
  });

  it.each([5, 6, 16, 17, 22, 27, 60])('writes %i ids of one cell within 64 characters and reads them back in order', (n) => {
    for (const kind of ['objective', 'development'] as const) {
      const list = ids(n);
      const { tag, title } = idListTagAndTitle(kind, list, 'Objective 12 · TS 8.5 · Assistant/Deputy Head');
      expect(tag.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
      expect(MAX_TAG_LENGTH).toBe(64);
      expect(title).toBe('Objective 12 · TS 8.5 · Assistant/Deputy Head');
      expect(parseTag(tag, '')).toEqual({ kind, ids: list, missing: 0 });
      if (`tso:${list.join(',')}`.length > MAX_TAG_LENGTH) expect(tag).toMatch(/^ts[oa]:TS8\.5\/AHT-DHT\/(x[0-9a-f]+|[\d+-]+)$/);
    }
  });

  it('writes runs of numbers with ranges, and a scattered selection as a bit set when that is shorter', () => {
    expect(compactIds(['TS2.1/MPR/40', 'TS2.1/MPR/41', 'TS2.1/MPR/42', 'TS2.1/MPR/44'])).toBe('TS2.1/MPR/40-42+44');
    expect(compactIds(['TS2.1/MPR/1', 'TS2.1/MPR/2', 'TS2.1/MPR/3', 'TS2.1/MPR/5'])).toBe('TS2.1/MPR/x17');
    const scattered = Array.from({ length: 15 }, (_, i) => `TS2.1/MPR/${2 * i + 1}`);
    expect(compactIds(scattered)).toBe('TS2.1/MPR/x15555555');
    expect(parseTag(`tso:${compactIds(scattered)}`)).toEqual({ kind: 'objective', ids: scattered, missing: 0 });
    // Ids of several cells, and ids that do not end in a number, keep their order.
    const mixed = ['TS2.1/MPR/1', 'TS2.1/MPR/2', 'CEF/UPR/achieved/3', 'odd-id', 'TS2.1/MPR/3'];
    expect(compactIds(mixed)).toBe('TS2.1/MPR/x3,CEF/UPR/achieved/3,odd-id,TS2.1/MPR/3');
    expect(parseTag(`tsa:${compactIds(mixed)}`)).toEqual({ kind: 'development', ids: mixed, missing: 0 });
  });

  it('still reads a tag written by an earlier version, with the ids that did not fit at the end of the title', () => {
    const tag = 'tso:TS8.5/AHT-DHT/10,TS8.5/AHT-DHT/11,…+2';
    const title = 'Objective 12 · TS 8.5 [+TS8.5/AHT-DHT/12,TS8.5/AHT-DHT/13]';
    expect(parseTag(tag, title)).toEqual({ kind: 'objective', ids: ids(4), missing: 0 });
    expect(parseTag(tag, 'Objective 12')).toEqual({ kind: 'objective', ids: ids(2), missing: 2 });
  });

  it('fits a long title within 64 characters by dropping words from its wordiest part, keeping the names given', () => {
    expect(fitTitle('Rating rationale · Main pay range with TLR · Achieved expectations', ['Main pay range with TLR'])).toBe(
      'Rating rationale · Main pay range with TLR · Achieved',
    );
    expect(fitTitle('Rating rationale · Headteacher · Exceptional performance · route 1', ['Headteacher'])).toBe('Rating rationale · Headteacher · Exceptional · route 1');
    expect(fitTitle('Rating rationale · Assistant/deputy headteacher · Not meeting expectations', ['Assistant/deputy headteacher'])).toBe(
      'Rating rationale · Assistant/deputy headteacher · Not meeting',
    );
    expect(fitTitle('x'.repeat(250))).toBe(`${'x'.repeat(63)}…`);
    expect(fitTitle('TS 2.1 · MPR')).toBe('TS 2.1 · MPR');
  });

  it('beyond what even the compact form holds (ids from many cells), keeps the rest at the end of the title', () => {
    const many = Array.from({ length: 12 }, (_, i) => `TS${i + 1}.1/MPR/1`);
    const { tag, title } = idListTagAndTitle('objective', many, 'Objective 1 · TS 1.1 and more · Main pay range');
    expect(tag.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
    expect(tag).toMatch(/,…\+\d+$/);
    expect(title.startsWith('Objective 1 · TS 1.1 and more · Main pay range [+')).toBe(true);
    expect(parseTag(tag, title)).toEqual({ kind: 'objective', ids: many, missing: 0 });
  });

  it('round-trips any list of one cell’s descriptors in source order through the tag, within 64 characters', () => {
    const cell = fc.record({ standard: fc.constantFrom('1.1', '2.4', '8.5'), stage: fc.constantFrom('ECT1', 'MPR', 'UPR2-3', 'AHT-DHT') });
    fc.assert(
      fc.property(cell, fc.uniqueArray(fc.integer({ min: 1, max: 150 }), { minLength: 1, maxLength: 60 }), fc.constantFrom<IdListTagKind>('objective', 'development'), (c, numbers, kind) => {
        const list = [...numbers].sort((a, b) => a - b).map((n) => `TS${c.standard}/${c.stage}/${n}`);
        const { tag, title } = idListTagAndTitle(kind, list, 'Objective');
        expect(tag.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
        expect(parseTag(tag, title)).toEqual({ kind, ids: list, missing: 0 });
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe('tags that cannot be read', () => {
  it.each([
    ['tsd:', 'descriptor', 'empty'],
    ['tso:  ', 'objective', 'empty'],
    ['tsp:', 'pay', 'empty'],
    ['tsd:TS2.1/MPR/1,TS2.1/MPR/2', 'descriptor', 'shape'],
    ['tso:a,,b', 'objective', 'shape'],
    ['tso:,…+2', 'objective', 'shape'],
    ['tsa:a,', 'development', 'shape'],
    ['tsr:MPR', 'rationale', 'shape'],
    ['tsr:MPR/achieved/extra', 'rationale', 'shape'],
    ['tsr:/achieved', 'rationale', 'shape'],
    ['tsp:UPR/', 'pay', 'shape'],
  ])('%j is malformed', (tag, of, problem) => {
    expect(isProjectTag(tag)).toBe(true);
    expect(parseTag(tag)).toEqual({ kind: 'malformed', of, problem });
  });

  it.each(['', 'other-addin:123', 'tsx:1', 'TSD:TS2.1/MPR/1', 'tsd', 'ts:'])('%j is another add-in’s tag (or none)', (tag) => {
    expect(isProjectTag(tag)).toBe(false);
    expect(tagKindOf(tag)).toBeNull();
    expect(parseTag(tag)).toEqual({ kind: 'other' });
  });

  it('ignores spaces around a tag', () => {
    expect(parseTag('  tsd:TS2.1/MPR/2 ')).toEqual({ kind: 'descriptor', id: 'TS2.1/MPR/2' });
  });

  it('never throws, whatever the tag and title', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom('', 'tsd:', 'tso:', 'tsa:', 'tsr:', 'tsp:'), (body, title, prefix) => {
        const parsed = parseTag(prefix + body, title);
        expect(parsed.kind === 'other').toBe(!isProjectTag(prefix + body));
      }),
      { seed: 12, numRuns: 300 },
    );
  });
});

describe('ids from several cells of one stage', () => {
  it('are grouped by their stage, so an objective across five sub-standards fits in 64 characters', () => {
    const ids = ['TS1.1/ECT1/1', 'TS2.4/ECT1/3', 'TS6.4/ECT1/1', 'TS4.2/ECT1/5', 'TS1.2/ECT1/1'];
    const { tag, title } = idListTagAndTitle('objective', ids, 'Objective 1 · TS 1.1, 1.2, 2.4, 4.2, 6.4 · ECT year 1', ['ECT year 1']);
    expect(tag).toBe('tso:{ECT1}:TS1.1/1;TS2.4/3;TS6.4/1;TS4.2/5;TS1.2/1');
    expect(title.length).toBeLessThanOrEqual(64);
    expect(parseTag(tag, title)).toEqual({ kind: 'objective', ids, missing: 0 });
  });
});
