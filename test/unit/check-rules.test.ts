/**
 * The checker's rules as data: their messages come from the edition's wording (`findings`), which is optional (an
 * edition without it uses the bundled messages); and the career stage comes from core/stage.ts.
 */
import edition from '../../framework-data/edition.json';
import teachersStandards from '../../framework-data/teachers-standards.json';
import careerExpectations from '../../framework-data/career-expectations.json';
import careerStages from '../../framework-data/career-stages.json';
import wording from '../../framework-data/wording.json';
import { checkDocument } from '../../src/core/check/checker';
import type { CheckDocument } from '../../src/core/check/model';
import { findingMessages } from '../../src/core/check/rules/context';
import { bundledFramework } from '../../src/core/framework/bundled';
import type { FrameworkFiles } from '../../src/core/framework/framework';
import { loadFramework } from '../../src/core/framework/load';
import { validateAgainstSchema } from '../../src/core/framework/validate';
import { CAREER_STAGE_PROPERTY, resolveCareerStage } from '../../src/core/stage';
import { loadFrameworkFolder } from '../../src/cli/framework-folder';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const framework = bundledFramework();

const doc = (text: string[], tag?: string, properties: Record<string, string> = {}): CheckDocument => ({
  paragraphs: text.map((t, i) => ({ text: t, blocks: tag && i === text.length - 1 ? [0] : [] })),
  blocks: tag ? [{ tag, title: '', text: text[text.length - 1] ?? '', level: 'block', paragraphs: { start: text.length - 1, end: text.length }, parent: null }] : [],
  properties,
});

describe('finding messages in the wording data', () => {
  it('a wording file without finding messages is still valid, and uses the bundled ones', () => {
    const { findings: _, ...without } = clone(wording);
    expect(validateAgainstSchema(without, 'wording.json')).toEqual([]);
    const school = loadFramework({ edition, teachersStandards, careerExpectations, careerStages, wording: without } as unknown as FrameworkFiles);
    expect(findingMessages(school)).toEqual(wording.findings);
  });

  it('the sample school edition (no wording file) validates and checks with the bundled messages', () => {
    const stMarys = loadFrameworkFolder('test/fixtures/editions/st-marys-2027');
    const r = checkDocument(stMarys, doc(['Review', 'x'], 'tsd:', { CareerStage: 'Main pay range' }));
    expect(r.findings.map((f) => f.message)).toEqual(['A content control has the tag “tsd:”, which this add-in cannot read: the tag names nothing after the colon.']);
  });

  it('a school can reword a message, and a finding then reads as the school words it', () => {
    const reworded = clone(wording);
    reworded.findings.unreadableTag = 'Tag {tag} is not one of ours ({reason}).';
    reworded.findings.tagProblems.descriptor = 'one id only, please';
    expect(validateAgainstSchema(reworded, 'wording.json')).toEqual([]);
    const school = loadFramework({ edition, teachersStandards, careerExpectations, careerStages, wording: reworded } as unknown as FrameworkFiles);
    const r = checkDocument(school, doc(['Review', 'x'], 'tsd:a,b', { CareerStage: 'Main pay range' }));
    expect(r.findings.map((f) => f.message)).toEqual(['Tag tsd:a,b is not one of ours (one id only, please).']);
  });

  it('a findings section missing a message, or with an unknown one, is refused with its JSON path', () => {
    const missing = clone(wording) as { findings: Record<string, unknown> };
    delete missing.findings.pastedExact;
    expect(validateAgainstSchema(missing, 'wording.json').map((p) => p.path).join(' ')).toContain('/findings');
    const extra = clone(wording) as { findings: Record<string, unknown> };
    extra.findings.somethingElse = 'x';
    expect(validateAgainstSchema(extra, 'wording.json')).not.toEqual([]);
  });
});

describe('career-stage resolution (core/stage.ts)', () => {
  it('takes the recorded stage first, then a choice, then the text; an unknown record is passed over and named', () => {
    const text = 'Career stage: UPR 1';
    expect(resolveCareerStage(framework, { recorded: { name: 'Main pay range', source: 'property' }, chosen: 'UPR 1', text }).resolved).toMatchObject({
      careerStage: { name: 'Main pay range' },
      source: 'property',
    });
    expect(resolveCareerStage(framework, { recorded: { name: ' Main pay range ', source: 'settings' } }).resolved?.source).toBe('settings');
    const unknown = resolveCareerStage(framework, { recorded: { name: 'Grade 9', source: 'property' }, chosen: 'ECT year 1', text });
    expect(unknown).toMatchObject({ resolved: { careerStage: { name: 'ECT year 1' }, source: 'chosen' }, unknownName: 'Grade 9' });
    expect(resolveCareerStage(framework, { chosen: 'nonsense', text })).toMatchObject({ resolved: { source: 'detected', evidence: 'UPR 1' }, unknownName: null });
    expect(resolveCareerStage(framework, { text: 'Nothing here.' })).toEqual({ resolved: null, unknownName: null });
    // Without the text, nothing is detected.
    expect(resolveCareerStage(framework, {}).resolved).toBeNull();
  });

  it('the checker reports the same source words as the pane', () => {
    expect(checkDocument(framework, doc(['Hello'], undefined, { [CAREER_STAGE_PROPERTY]: 'UPR 1' })).careerStage?.source).toBe('property');
    expect(checkDocument(framework, doc(['Hello']), { careerStage: 'UPR 1' }).careerStage?.source).toBe('chosen');
    expect(checkDocument(framework, doc(['Career stage: UPR 1'])).careerStage?.source).toBe('detected');
  });
});
