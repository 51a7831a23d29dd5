import { bundledFramework } from '../../src/core/framework/bundled';
import {
  cumulativeForStage,
  descriptorById,
  descriptorsForStage,
  nextStageAdditions,
  ratingForRole,
  ratingsForRole,
} from '../../src/core/query/descriptors';
import { earlierStages, findCareerStage, nextStages, stageIncludes } from '../../src/core/query/stages';

const framework = bundledFramework();

describe('career stages', () => {
  it.each([
    ['ECT year 1', 'ECT1', 'ECT'],
    ['ECT year 2', 'ECT2', 'ECT'],
    ['Main pay range', 'MPR', 'MPR'],
    ['Main pay range with TLR', 'MPR', 'MPR-TLR'],
    ['UPR 1', 'UPR1', 'UPR'],
    ['UPR 2/3', 'UPR2-3', 'UPR'],
    ['UPR 1 with TLR', 'UPR1', 'UPR-TLR'],
    ['UPR 2/3 with TLR', 'UPR2-3', 'UPR-TLR'],
    ['Leading practitioner', 'LP', 'LP'],
    ['Assistant/deputy headteacher', 'AHT-DHT', 'AHT-DHT'],
    ['Head of school', null, 'HOS'],
    ['Headteacher', null, 'HT'],
  ])('%s maps to stage %s and role %s', (name, stage, role) => {
    expect(findCareerStage(framework, name)).toEqual({ name, stage, role });
  });

  it('matches names regardless of case and spacing', () => {
    expect(findCareerStage(framework, '  main  PAY range ')?.name).toBe('Main pay range');
    expect(findCareerStage(framework, 'Main pay')).toBeUndefined();
  });
});

describe('stage chains follow the preambles, not the column order', () => {
  it.each([
    ['ECT1', []],
    ['ECT2', ['ECT1']],
    ['MPR', ['ECT1', 'ECT2']],
    ['UPR1', ['ECT1', 'ECT2', 'MPR']],
    ['UPR2-3', ['ECT1', 'ECT2', 'MPR', 'UPR1']],
    ['LP', ['ECT1', 'ECT2', 'MPR', 'UPR1', 'UPR2-3']],
    ['AHT-DHT', ['ECT1', 'ECT2', 'MPR', 'UPR1', 'UPR2-3']],
  ] as const)('%s builds on %j', (stage, expected) => {
    expect(earlierStages(framework, stage)).toEqual(expected);
  });

  it('does not treat LP and AHT-DHT as building on each other', () => {
    expect(stageIncludes(framework, 'AHT-DHT', 'LP')).toBe(false);
    expect(stageIncludes(framework, 'LP', 'AHT-DHT')).toBe(false);
    expect(stageIncludes(framework, 'UPR1', 'ECT2')).toBe(true);
    expect(stageIncludes(framework, 'ECT2', 'MPR')).toBe(false);
  });

  it('knows what comes next', () => {
    expect(nextStages(framework, 'ECT1')).toEqual(['ECT2', 'MPR']);
    expect(nextStages(framework, 'UPR2-3')).toEqual(['LP', 'AHT-DHT']);
    expect(nextStages(framework, 'LP')).toEqual([]);
  });
});

describe('descriptor queries', () => {
  it('gives a stage its own descriptors by standard, in source order', () => {
    const view = descriptorsForStage(framework, 'MPR');
    expect(view.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    const s21 = view[1]?.subStandards[0];
    expect(s21?.number).toBe('2.1');
    expect(s21?.descriptors.map((d) => d.id)).toEqual(['TS2.1/MPR/1', 'TS2.1/MPR/2']);
    expect(view.flatMap((s) => s.subStandards).flatMap((u) => u.descriptors).every((d) => d.stage === 'MPR')).toBe(true);
    expect(view[0]?.preamble).toMatch(/^Confidently fulfil the statements for ECT 1 and 2/);
  });

  it('gives the cumulative view grouped by earlier stage with that stage’s preamble', () => {
    const view = cumulativeForStage(framework, 'MPR');
    const s11 = view[0]?.subStandards[0];
    expect(s11?.inherited.map((g) => g.stage)).toEqual(['ECT1', 'ECT2']);
    expect(s11?.inherited[0]?.preamble).toBe('With support:');
    expect(s11?.inherited[0]?.descriptors[0]?.id).toBe('TS1.1/ECT1/1');
  });

  it('shows what the next stage adds', () => {
    const additions = nextStageAdditions(framework, 'UPR2-3');
    expect(additions.map((a) => a.stage)).toEqual(['LP', 'AHT-DHT']);
    expect(additions[0]?.standards[0]?.subStandards[0]?.descriptors[0]?.stage).toBe('LP');
  });

  it('gives a role’s rating descriptors with the official label and notes', () => {
    const notMet = ratingForRole(framework, 'MPR', 'not-met');
    expect(notMet.label).toBe('Not meeting expectations');
    expect(notMet.note).toMatch(/^Where an individual has potential to be rated against this rating/);
    const achieved = ratingForRole(framework, 'UPR-TLR', 'achieved');
    expect(achieved.routes).toHaveLength(1);
    expect(achieved.routes[0]?.descriptors[3]?.id).toBe('CEF/UPR-TLR/achieved/4');
    expect(ratingsForRole(framework, 'ECT').map((r) => r.label)).toEqual(['Not meeting expectations', 'Achieved expectations', 'Exceptional performance']);
  });

  it('keeps the Headteacher’s two routes to exceptional apart, with unique ids', () => {
    const exceptional = ratingForRole(framework, 'HT', 'exceptional');
    expect(exceptional.routes).toHaveLength(2);
    expect(exceptional.routes.map((r) => r.intro)).toEqual(['Meets Achieved expectations plus:', 'Meets Achieved expectations plus:']);
    const ids = exceptional.routes.flatMap((r) => r.descriptors.map((d) => d.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(exceptional.routes[1]?.descriptors.every((d) => d.route === 2)).toBe(true);
  });

  it('looks descriptors up by id', () => {
    expect(descriptorById(framework, 'TS2.1/MPR/2')?.text).toMatch(/^Help to oversee that all teachers in the team/);
    expect(descriptorById(framework, 'TS9.9/MPR/1')).toBeUndefined();
  });
});
