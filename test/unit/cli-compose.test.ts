/**
 * `compose` in the CLI: the same text as the core composes (the pane's path), as text or JSON, with exit 0 when
 * composed, 1 when a rule blocks it and 2 for bad arguments that name what is wrong.
 */
import { runCli } from '../support/run-cli';
import { bundledFramework } from '../../src/core/framework/bundled';
import { blockPlainText } from '../../src/core/compose/block';
import { composeObjective } from '../../src/core/compose/objective';
import { composeDevelopment } from '../../src/core/compose/development';
import { draftRationale } from '../../src/core/compose/rationale';
import { composePay } from '../../src/core/compose/pay';
import type { ComposeJson } from '../../src/cli/commands/compose';

const framework = bundledFramework();

describe('compose objective', () => {
  it('prints the same text as the core, across two sub-standards, with placeholders and a warning on stderr', async () => {
    const { code, stdout, stderr } = await runCli(['compose', 'objective', '--stage', 'Main pay range', '--descriptor', 'TS2.1/MPR/1', '--descriptor', 'TS6.3/MPR/5', '--success', 'Every pupil tracked each half term.']);
    const core = composeObjective(framework, { careerStageName: 'Main pay range', descriptorIds: ['TS2.1/MPR/1', 'TS6.3/MPR/5'], number: 1, values: { successCriteria: 'Every pupil tracked each half term.' } });
    expect(code).toBe(0);
    expect(stdout).toBe(`${blockPlainText(core.block)}\n`);
    expect(stdout).toContain('Success criteria: Every pupil tracked each half term.\nTimescale and review date: [');
    expect(stderr).toMatch(/^Warning: Not yet filled in: timescale and review date, support and CPD, and evidence\./);
  });

  it('gives JSON with text, title, tag, cites, warnings and blocked', async () => {
    const { code, stdout } = await runCli([
      'compose', 'objective', '--stage', 'ECT year 1', '--descriptor', 'TS1.1/ECT1/1',
      '--success', 'a', '--timescale', 'b', '--support', 'c', '--evidence', 'd', '--format', 'json',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as ComposeJson;
    expect(Object.keys(json)).toEqual(['text', 'title', 'tag', 'cites', 'warnings', 'blocked']);
    expect(json).toMatchObject({ tag: 'tso:TS1.1/ECT1/1', title: 'Objective 1 · TS 1.1 · ECT year 1', cites: ['TS1.1/ECT1/1'], warnings: [], blocked: null });
    expect(json.text.split('\n')[0]).toBe('Objective 1: A safe and stimulating environment (Teachers’ Standard 1.1)');
  });
});

describe('compose development', () => {
  it('prints the area for development as the core composes it', async () => {
    const args = ['--stage', 'ECT year 2', '--descriptor', 'TS6.4/ECT2/1', '--evidence', 'Two lessons of five.', '--support', 'Coaching', '--review', '12 December'];
    const { code, stdout, stderr } = await runCli(['compose', 'development', ...args]);
    const core = composeDevelopment(framework, { careerStageName: 'ECT year 2', descriptorIds: ['TS6.4/ECT2/1'], number: 1, values: { evidence: 'Two lessons of five.', support: 'Coaching', review: '12 December' } });
    expect([code, stdout, stderr]).toEqual([0, `${blockPlainText(core.block)}\n`, '']);
    const json = JSON.parse((await runCli(['compose', 'development', ...args, '--format', 'json'])).stdout) as ComposeJson;
    expect(json.tag).toBe('tsa:TS6.4/ECT2/1');
  });
});

describe('compose rationale', () => {
  it('composes an exceptional rationale with achieved and exceptional descriptors ticked', async () => {
    const ids = ['CEF/UPR-TLR/achieved/1', 'CEF/UPR-TLR/exceptional/6'];
    const { code, stdout } = await runCli(['compose', 'rationale', '--stage', 'UPR 2/3 with TLR', '--rating', 'exceptional', ...ids.flatMap((id) => ['--descriptor', id]), '--note', 'A strong year.']);
    const core = draftRationale(framework, { careerStageName: 'UPR 2/3 with TLR', rating: 'exceptional', tickedIds: ids, overallNote: 'A strong year.' });
    expect(code).toBe(0);
    expect(stdout).toBe(`${blockPlainText(core.block)}\n`);
    expect(stdout).toContain('Comments: A strong year.');
  });

  it('exits 1 when Exceptional performance lacks an achieved descriptor: nothing on stdout, the reason on stderr and in JSON', async () => {
    const args = ['compose', 'rationale', '--stage', 'Main pay range', '--rating', 'exceptional', '--descriptor', 'CEF/MPR/exceptional/1'];
    const text = await runCli(args);
    expect(text.code).toBe(1);
    expect(text.stdout).toBe('');
    expect(text.stderr).toMatch(/Not composed: Exceptional performance can be given only with/);
    const json = await runCli([...args, '--format', 'json']);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as ComposeJson).blocked).toMatch(/^Exceptional performance can be given only with/);
  });

  it('takes the Headteacher’s route, and refuses a route the rating does not have', async () => {
    const ok = await runCli(['compose', 'rationale', '--stage', 'Headteacher', '--rating', 'exceptional', '--route', '2', '--descriptor', 'CEF/HT/achieved/1', '--descriptor', 'CEF/HT/exceptional/8', '--format', 'json']);
    expect(ok.code).toBe(0);
    const json = JSON.parse(ok.stdout) as ComposeJson;
    expect(json.cites).toEqual(['CEF/HT/achieved/1', 'CEF/HT/exceptional/5', 'CEF/HT/exceptional/8']);
    expect(json.text).toContain('Route to Exceptional performance: Objectives met, with exceptional performance in additional ways.');
    const bad = await runCli(['compose', 'rationale', '--stage', 'Main pay range', '--rating', 'achieved', '--route', '2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^--route must be 1 for Main pay range, achieved; not "2"\./);
  });
});

describe('compose pay', () => {
  it('composes each recommendation; refuses progression with Not meeting expectations (exit 1); warns on no progression with Achieved', async () => {
    const ok = await runCli(['compose', 'pay', '--stage', 'UPR 2/3 with TLR', '--rating', 'exceptional', '--recommendation', 'progress', '--note', 'Eligible for UPR 3.']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe(`${blockPlainText(composePay(framework, { careerStageName: 'UPR 2/3 with TLR', rating: 'exceptional', recommendation: 'progress', note: 'Eligible for UPR 3.' }).block)}\n`);
    const refused = await runCli(['compose', 'pay', '--stage', 'Main pay range', '--rating', 'not-met', '--recommendation', 'progress', '--format', 'json']);
    expect(refused.code).toBe(1);
    expect((JSON.parse(refused.stdout) as ComposeJson)).toMatchObject({ tag: 'tsp:MPR/progress', blocked: expect.stringMatching(/cannot be recommended/) });
    const warned = await runCli(['compose', 'pay', '--stage', 'Main pay range', '--rating', 'achieved', '--recommendation', 'no-progress', '--format', 'json']);
    expect(warned.code).toBe(0);
    expect((JSON.parse(warned.stdout) as ComposeJson).warnings).toEqual([expect.stringContaining('2024 School Teachers’ Pay and Conditions Document')]);
  });
});

describe('bad arguments exit 2 and say which', () => {
  it.each([
    [['compose'], /compose needs one of objective, development, rationale, pay/],
    [['compose', 'memo'], /not "memo"/],
    [['compose', 'objective', '--descriptor', 'TS2.1/MPR/1'], /--stage is required/],
    [['compose', 'objective', '--stage', 'Main pay rnage', '--descriptor', 'TS2.1/MPR/1'], /There is no career stage "Main pay rnage"\. The career stages are: "ECT year 1"/],
    [['compose', 'objective', '--stage', 'Main pay range', '--descriptor', 'TS2.1/MPR/99'], /There is no descriptor "TS2\.1\/MPR\/99"/],
    [['compose', 'objective', '--stage', 'Main pay range'], /At least one --descriptor/],
    [['compose', 'objective', '--stage', 'Main pay range', '--descriptor', 'TS2.1/ECT1/1'], /"TS2\.1\/ECT1\/1" is for ECT year 1, not Main pay range/],
    [['compose', 'objective', '--stage', 'Headteacher', '--descriptor', 'TS2.1/ECT1/1'], /"Headteacher" has no column in the Teachers’ Standards descriptors/],
    [['compose', 'objective', '--stage', 'Main pay range', '--descriptor', 'TS2.1/MPR/1', '--format', 'xml'], /--format must be text or json, not "xml"/],
    [['compose', 'objective', '--stage', 'Main pay range', '--descriptor', 'TS2.1/MPR/1', '--rating', 'achieved'], /Unknown option '--rating'/],
    [['compose', 'rationale', '--stage', 'Main pay range', '--rating', 'good'], /--rating must be one of not-met, achieved, exceptional, not "good"/],
    [['compose', 'rationale', '--stage', 'Main pay range'], /--rating is required/],
    [['compose', 'pay', '--stage', 'Main pay range', '--rating', 'achieved', '--recommendation', 'maybe'], /--recommendation must be one of progress, no-progress, not-eligible, not-applicable, not "maybe"/],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});
