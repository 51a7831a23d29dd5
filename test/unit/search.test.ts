import { bundledFramework } from '../../src/core/framework/bundled';
import { matchRanges, searchDescriptors } from '../../src/core/query/search';

const framework = bundledFramework();

describe('searchDescriptors', () => {
  it('finds phonics descriptors first for "phonics"', () => {
    const hits = searchDescriptors(framework, 'phonics', { limit: 5 });
    expect(hits.length).toBe(5);
    for (const hit of hits) expect(hit.descriptor.text.toLowerCase()).toContain('phonics');
  });

  it('ignores case, curly quotes and punctuation', () => {
    const a = searchDescriptors(framework, "PUPILS' PRIOR LEARNING").map((h) => h.descriptor.id);
    const b = searchDescriptors(framework, 'pupils’ prior-learning').map((h) => h.descriptor.id);
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });

  it('requires every word, treating the last as a prefix while typing', () => {
    const hits = searchDescriptors(framework, 'marking and feedb');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.descriptor.text.toLowerCase()).toMatch(/marking[\s\S]*feedb|feedb[\s\S]*marking/);
    expect(searchDescriptors(framework, 'marking and feedb.')).toEqual([]);
  });

  it('ranks an exact phrase above scattered words', () => {
    const [top] = searchDescriptors(framework, 'synthetic phonics');
    expect(top?.descriptor.text.toLowerCase()).toContain('synthetic phonics');
  });

  it('filters by stage and by document', () => {
    const ect1 = searchDescriptors(framework, 'behaviour', { stages: ['ECT1'], sources: ['teachers-standards'] });
    expect(ect1.length).toBeGreaterThan(0);
    expect(ect1.every((h) => h.descriptor.stage === 'ECT1')).toBe(true);
    const cef = searchDescriptors(framework, 'TLR responsibility', { sources: ['career-expectations'], roles: ['UPR-TLR'] });
    expect(cef.length).toBeGreaterThan(0);
    expect(cef.every((h) => h.descriptor.role === 'UPR-TLR')).toBe(true);
  });

  it('finds a sub-standard by its number', () => {
    const hits = searchDescriptors(framework, '2.1', { stages: ['MPR'], sources: ['teachers-standards'] });
    expect(hits.map((h) => h.descriptor.id)).toEqual(['TS2.1/MPR/1', 'TS2.1/MPR/2']);
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(searchDescriptors(framework, '   ')).toEqual([]);
    expect(searchDescriptors(framework, 'zebra crossing')).toEqual([]);
  });
});

describe('matchRanges', () => {
  it('marks the matching words in the original text, curly quotes included', () => {
    const text = 'Understand own pupils’ prior learning';
    const ranges = matchRanges(text, "pupils' prior");
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['pupils', 'prior']);
  });

  it('marks a prefix of the last word', () => {
    const text = 'Follow the school marking and feedback policy.';
    expect(matchRanges(text, 'feed').map(([s, e]) => text.slice(s, e))).toEqual(['feedback']);
  });
});
