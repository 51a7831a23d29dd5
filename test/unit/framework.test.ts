import { loadFramework } from '../../src/core/framework/load';
import { bundledFramework } from '../../src/core/framework/bundled';
import { buildFramework, FrameworkError, type CheckedFrameworkFiles, type FrameworkFiles } from '../../src/core/framework/framework';
import { validateAgainstSchema } from '../../src/core/framework/validate';
import { STAGE_CODES, ROLE_CODES } from '../../src/core/framework/types';
import edition from '../../framework-data/edition.json';
import teachersStandards from '../../framework-data/teachers-standards.json';
import careerExpectations from '../../framework-data/career-expectations.json';
import careerStages from '../../framework-data/career-stages.json';
import wording from '../../framework-data/wording.json';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const files = (): FrameworkFiles => clone({ edition, teachersStandards, careerExpectations, careerStages, wording });

describe('the shipped framework files', () => {
  it.each([
    ['edition.json', edition],
    ['teachers-standards.json', teachersStandards],
    ['career-expectations.json', careerExpectations],
    ['career-stages.json', careerStages],
    ['wording.json', wording],
  ])('%s is valid against the JSON Schema', (name, data) => {
    expect(validateAgainstSchema(data, name)).toEqual([]);
  });

  it('loads as one edition with unique, well-placed ids (JSON Schema and cross-checks)', () => {
    const framework = loadFramework(files());
    expect(framework.editionKey).toBe('hampshire@1.0');
    expect(framework.byId.size).toBe(framework.descriptors.length);
    expect(framework.teachersStandards.standards).toHaveLength(8);
    expect(framework.teachersStandards.standards.flatMap((s) => s.subStandards)).toHaveLength(35);
    expect(framework.teachersStandards.stages.map((s) => s.code)).toEqual(STAGE_CODES);
    expect(framework.careerExpectations.roles.map((r) => r.code)).toEqual(ROLE_CODES);
    expect(framework.careerStages).toHaveLength(12);
  });

  it('is what the pane indexes: the bundled edition, indexed without the cross-checks the build has run', () => {
    const bundled = bundledFramework();
    const checked = loadFramework(files());
    expect(bundled.editionKey).toBe(checked.editionKey);
    expect(bundled.descriptors).toEqual(checked.descriptors);
    expect([...bundled.byId.keys()]).toEqual([...checked.byId.keys()]);
  });

  it('skips the cross-checks only when told they were run at build time', () => {
    const f = files();
    (f.teachersStandards as typeof teachersStandards).standards[1]!.subStandards[0]!.cells.MPR[1]!.id = 'TS2.1/MPR/1';
    expect(() => buildFramework(f as unknown as CheckedFrameworkFiles)).toThrow(/duplicate descriptor id "TS2\.1\/MPR\/1"/);
    expect(() => buildFramework(f as unknown as CheckedFrameworkFiles, { crossChecked: true })).not.toThrow();
  });

  it('keeps empty cells empty rather than inventing content', () => {
    const sub85 = bundledFramework().teachersStandards.standards[7]?.subStandards.find((s) => s.number === '8.5');
    expect(sub85?.cells['AHT-DHT']).toEqual([]);
  });
});

describe('loadFramework rejects broken files with the file and JSON path', () => {
  function problemsFor(mutate: (f: FrameworkFiles) => void) {
    const f = files();
    mutate(f);
    try {
      loadFramework(f);
    } catch (error) {
      expect(error).toBeInstanceOf(FrameworkError);
      return (error as FrameworkError).problems;
    }
    throw new Error('expected the framework to be rejected');
  }

  it('names the path of a missing descriptor text', () => {
    const problems = problemsFor((f) => {
      const ts = f.teachersStandards as typeof teachersStandards;
      delete (ts.standards[1]!.subStandards[0]!.cells.MPR[1] as { text?: string }).text;
    });
    expect(problems).toContainEqual({
      file: 'teachers-standards.json',
      path: '/standards/1/subStandards/0/cells/MPR/1',
      message: 'is missing the required property "text"',
    });
  });

  it('rejects a malformed id', () => {
    const problems = problemsFor((f) => {
      (f.careerExpectations as typeof careerExpectations).roles[0]!.ratings.achieved.routes[0]!.descriptors[0]!.id = 'CEF/ECT/met/1';
    });
    expect(problems[0]).toMatchObject({ file: 'career-expectations.json', path: '/roles/0/ratings/achieved/routes/0/descriptors/0/id' });
  });

  it('rejects a duplicate id', () => {
    const problems = problemsFor((f) => {
      const cell = (f.teachersStandards as typeof teachersStandards).standards[0]!.subStandards[0]!.cells.ECT1;
      cell[1]!.id = cell[0]!.id;
    });
    expect(problems.map((p) => p.message).join('\n')).toMatch(/duplicate descriptor id "TS1\.1\/ECT1\/1"/);
    // Both places are named in full: the duplicate's, and the first's in the message.
    expect(problems).toContainEqual({
      file: 'teachers-standards.json',
      path: '/standards/0/subStandards/0/cells/ECT1/1/id',
      message: 'duplicate descriptor id "TS1.1/ECT1/1" (also at teachers-standards.json /standards/0/subStandards/0/cells/ECT1/0/id)',
    });
  });

  it('names both places of an id used in both documents (the cross-checks alone, past the schema)', () => {
    const files = structuredClone({ edition, teachersStandards, careerExpectations, careerStages, wording });
    const first = files.teachersStandards.standards[0]!.subStandards[0]!.cells.ECT1[0]!;
    files.careerExpectations.roles[0]!.ratings.achieved.routes[0]!.descriptors[0]!.id = first.id;
    let problems: readonly unknown[] = [];
    try {
      buildFramework(files as unknown as CheckedFrameworkFiles);
    } catch (e) {
      problems = (e as FrameworkError).problems;
    }
    expect(problems).toContainEqual({
      file: 'career-expectations.json',
      path: '/roles/0/ratings/achieved/routes/0/descriptors/0/id',
      message: 'duplicate descriptor id "TS1.1/ECT1/1" (also at teachers-standards.json /standards/0/subStandards/0/cells/ECT1/0/id)',
    });
  });

  it('rejects an id filed in the wrong cell', () => {
    const problems = problemsFor((f) => {
      (f.teachersStandards as typeof teachersStandards).standards[0]!.subStandards[0]!.cells.ECT1[0]!.id = 'TS1.2/ECT1/9';
    });
    expect(problems[0]?.message).toMatch(/should start with "TS1\.1\/ECT1\/"/);
  });

  it('rejects files from different editions', () => {
    const problems = problemsFor((f) => {
      (f.careerStages as typeof careerStages).edition.version = '2.0';
    });
    expect(problems[0]).toMatchObject({ file: 'career-stages.json', path: '/edition' });
  });

  it('rejects a career stage naming an unknown role', () => {
    const problems = problemsFor((f) => {
      (f.careerStages as { careerStages: { role: string }[] }).careerStages[0]!.role = 'XYZ';
    });
    expect(problems[0]).toMatchObject({ file: 'career-stages.json', path: '/careerStages/0/role' });
  });

  it('rejects text with leading or trailing spaces', () => {
    const problems = problemsFor((f) => {
      (f.teachersStandards as typeof teachersStandards).standards[0]!.subStandards[0]!.cells.ECT1[0]!.text = ' padded ';
    });
    expect(problems[0]).toMatchObject({ path: '/standards/0/subStandards/0/cells/ECT1/0/text' });
  });

  it('rejects a file that is not an object at all', () => {
    const problems = problemsFor((f) => {
      f.careerExpectations = [1, 2, 3];
    });
    expect(problems[0]).toMatchObject({ file: 'career-expectations.json', path: '/' });
  });
});
