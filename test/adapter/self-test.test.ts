import { runWordSelfTest } from '../../src/document/word/self-test';
import { selfTestText } from '../../src/document/word/self-test-report';
import { createWordFake } from '../support/word-fake';

describe('Word adapter: "Test this copy of Word"', () => {
  it('passes on a Word with every set, removes what it added and proves the document is as it was', async () => {
    const mock = createWordFake({ paragraphs: [{ text: 'Performance review' }, { text: 'Objectives' }, { text: '' }] });
    const before = mock.text();
    const report = await runWordSelfTest(mock.host, { platform: 'PC', version: '16.0.19000.20000' });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.unchanged).toBe(true);
    expect(mock.text()).toBe(before);
    expect(mock.properties.has('StandardsCompanionSelfTest')).toBe(false);
    expect(mock.savedSettings.has('StandardsCompanionSelfTest')).toBe(false);
    const text = selfTestText(report);
    expect(text).toContain('Word: PC 16.0.19000.20000');
    expect(text).toContain('WordApi 1.3');
    expect(text).toMatch(/pass {2}tag and title lengths Word keeps: Word kept 64 of 255 characters of a tag and 64 of 255 of a title/);
    expect(text).toContain('Document as it was: yes');
  });

  it('reports each failure with Word’s code: custom properties that read back empty, content controls refused', async () => {
    const mock = createWordFake({ paragraphs: [{ text: 'Review' }, { text: '' }], customPropertiesReadEmpty: true, refuseContentControls: true });
    const report = await runWordSelfTest(mock.host);
    const failed = report.checks.filter((c) => !c.ok).map((c) => c.name);
    expect(failed).toEqual(expect.arrayContaining(['insert and tag a content control (the add-in’s own insertion)', 'custom document property: write, read back, remove']));
    expect(report.checks.find((c) => c.name.startsWith('custom document property'))?.detail).toContain('read back as missing');
    expect(selfTestText(report)).toContain('FAIL');
  });

  it('on WordApi 1.1 says custom properties are not available, and still tests the rest', async () => {
    const mock = createWordFake({ wordApi13: false, paragraphs: [{ text: 'Review' }, { text: '' }] });
    const report = await runWordSelfTest(mock.host);
    expect(report.requirementSets.find((s) => s.name === 'WordApi 1.3')?.supported).toBe(false);
    expect(report.checks.find((c) => c.name === 'custom document property')?.detail).toContain('not available here');
    expect(report.unchanged).toBe(true);
  });
});
