import fc from 'fast-check';
import {
  MAX_TAG_LENGTH,
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

  it.each([16, 17, 22, 27])('overflows %i ids into the title, within Word’s limits, and reads them back', (n) => {
    for (const kind of ['objective', 'development'] as const) {
      const list = ids(n);
      const { tag, title } = idListTagAndTitle(kind, list, 'Objective 12 · TS 8.5 · Assistant/Deputy Head');
      expect(tag.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
      expect(title.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
      expect(parseTag(tag, title)).toEqual({ kind, ids: list, missing: 0 });
      if (`tso:${list.join(',')}`.length > MAX_TAG_LENGTH) {
        expect(tag).toMatch(/,…\+\d+$/);
        expect(title).toMatch(/^Objective 12 .* \[\+TS8\.5\/AHT-DHT\/\d+(,TS8\.5\/AHT-DHT\/\d+)*\]$/);
        // Without the title, the parse says how many ids are missing.
        const missing = Number(/\+(\d+)$/.exec(tag)?.[1]);
        expect(parseTag(tag, 'Objective 12')).toMatchObject({ kind, missing });
      }
    }
  });

  it('shortens a long human title to make room for the overflow list, and refuses a list that cannot fit', () => {
    const { title } = idListTagAndTitle('objective', ids(26), 'x'.repeat(250));
    expect(title.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
    expect(title).toMatch(/^x+… \[\+/);
    expect(() => idListTagAndTitle('objective', ids(60), 'Objective')).toThrow(RangeError);
  });

  it('round-trips any id list (ids without commas) through tag and title', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9./-]{1,20}$/);
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 20 }), fc.constantFrom<IdListTagKind>('objective', 'development'), (list, kind) => {
        const { tag, title } = idListTagAndTitle(kind, list, 'Objective');
        expect(tag.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
        expect(parseTag(tag, title)).toEqual({ kind, ids: list, missing: 0 });
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});

describe('tags that cannot be read', () => {
  it.each([
    ['tsd:', 'descriptor', 'the tag names nothing after the colon'],
    ['tso:  ', 'objective', 'the tag names nothing after the colon'],
    ['tsd:TS2.1/MPR/1,TS2.1/MPR/2', 'descriptor', 'a descriptor tag names exactly one descriptor id'],
    ['tso:a,,b', 'objective', 'an objective tag should list descriptor ids separated by commas'],
    ['tso:,…+2', 'objective', 'an objective tag should list descriptor ids separated by commas'],
    ['tsa:a,', 'development', 'an area-for-development tag should list descriptor ids separated by commas'],
    ['tsr:MPR', 'rationale', 'a rationale tag should read tsr:<role>/<rating>'],
    ['tsr:MPR/achieved/extra', 'rationale', 'a rationale tag should read tsr:<role>/<rating>'],
    ['tsr:/achieved', 'rationale', 'a rationale tag should read tsr:<role>/<rating>'],
    ['tsp:UPR/', 'pay', 'a pay recommendation tag should read tsp:<role>/<recommendation>'],
  ])('%j is malformed', (tag, of, reason) => {
    expect(isProjectTag(tag)).toBe(true);
    expect(parseTag(tag)).toEqual({ kind: 'malformed', of, reason });
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
