/**
 * The text's career stage against the saved one (`stage-conflict`), documents that are not reviews (`not-a-review`),
 * and the real Word files in the fixtures, which are not reviews and must give no warnings.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readDocx } from '../../src/cli/docx/read-docx';
import { checkDocument } from '../../src/core/check/checker';
import type { CheckDocument } from '../../src/core/check/model';
import { bundledFramework } from '../../src/core/framework/bundled';

const framework = bundledFramework();
const doc = (lines: string[], careerStage?: string): CheckDocument => ({
  paragraphs: lines.map((text) => ({ text, blocks: [] })),
  blocks: [],
  properties: careerStage ? { CareerStage: careerStage } : {},
});
const kinds = (d: CheckDocument) => checkDocument(framework, d).findings.map((f) => `${f.kind}:${f.severity}`);

describe('stage-conflict', () => {
  it.each([
    ['Career stage: Main pay range', 'ECT year 1'],
    ['Career stage: Upper pay range, UPR 3', 'UPR 1'],
    ['Pay point: U2', 'Main pay range'],
    ['Career stage: ECT year 2', 'ECT year 1'],
    ['Role: Deputy Headteacher', 'Headteacher'],
  ])('%j in a review saved as %s is a conflict', (line, saved) => {
    const found = checkDocument(framework, doc(['Performance review', line], saved)).findings.filter((f) => f.kind === 'stage-conflict');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toContain(`the document records ${saved}`);
  });

  it.each([
    ['Career stage: Main pay range', 'Main pay range with TLR'],
    ['Career stage: Upper pay range', 'UPR 2/3'],
    ['Career stage: UPR 3, TLR 2b', 'UPR 2/3'],
    ['Career stage: ECT', 'ECT year 2'],
    ['She hopes to move to the upper pay range next year.', 'Main pay range'],
    ['Career stage: M4', 'Main pay range'],
  ])('%j in a review saved as %s is not', (line, saved) => {
    expect(kinds(doc(['Performance review', line], saved)).filter((k) => k.startsWith('stage-conflict'))).toEqual([]);
  });
});

describe('not-a-review', () => {
  it('gives a document with no stage, no tags, no rating and nothing descriptor-like one note and nothing else', () => {
    expect(kinds(doc(['Minutes of the staff meeting', 'Present: all staff. The car park will be resurfaced in August.']))).toEqual(['not-a-review:info']);
  });

  it('checks a document that names a stage, states a rating or quotes a descriptor as a review', () => {
    expect(kinds(doc(['Career stage: Main pay range']))).not.toContain('not-a-review:info');
    expect(kinds(doc(['Overall rating: Achieved expectations.']))).toContain('missing-stage:warning');
    const descriptor = framework.descriptors.find((d) => d.stage === 'MPR' && d.text.split(' ').length > 12)?.text ?? '';
    expect(kinds(doc([descriptor]))).toContain('missing-stage:warning');
  });
});

describe('the real Word files in the fixtures', () => {
  const folder = path.join(__dirname, '..', 'fixtures', 'docx', 'real');
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.docx'));

  it('are not reviews, and give no warnings or errors', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
    for (const file of files) {
      const findings = checkDocument(framework, readDocx(fs.readFileSync(path.join(folder, file)), { fileName: file })).findings;
      expect([file, findings.filter((f) => f.severity !== 'info').map((f) => f.kind)]).toEqual([file, []]);
    }
  });
});

describe('ratings stated inside a paragraph', () => {
  it('sees “Overall rating: Outstanding.” inside a paragraph as it does on its own line', () => {
    const inside = doc(['Career stage: Main pay range', 'Jo has had a strong year. Overall rating: Outstanding. Next year Jo will lead phonics.'], 'Main pay range');
    const alone = doc(['Career stage: Main pay range', 'Overall rating: Outstanding.'], 'Main pay range');
    expect(kinds(inside)).toEqual(kinds(alone));
    expect(kinds(inside)).toContain('non-standard-rating:warning');
  });

  it('does not read the word “rating” in ordinary prose as a stated rating', () => {
    expect(kinds(doc(['We discussed the rating. The overall rating was agreed at the meeting.'], 'Main pay range'))).toEqual([]);
  });

  it('reports two different ratings when one is inside a paragraph', () => {
    const d = doc(['Overall rating: Achieved expectations.', 'A good year. Overall rating: Exceptional performance.'], 'Main pay range');
    expect(kinds(d)).toContain('rating-rule:warning');
  });
});
