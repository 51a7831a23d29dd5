import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../support/run-cli';
import { loadBase, writeReviewDocx, type ReviewItem } from '../support/review-docx/write-review';
import { checkEditionFolder, loadEditionsFolder } from '../../src/cli/editions';
import { loadFrameworkFolder } from '../../src/cli/framework-folder';
import { checkWithEditions, editionMap } from '../../src/core/edition/check';
import { descriptorInsertion } from '../../src/core/compose/reference';
import { FrameworkError, type Framework } from '../../src/core/framework/framework';
import type { CheckDocument } from '../../src/core/check/model';
import { makeTempDir } from '../support/temp-dir';

const root = path.join(__dirname, '..', '..');
const hampshireDir = path.join(root, 'framework-data');
const stMarysDir = path.join(root, 'test', 'fixtures', 'editions', 'st-marys-2027');
const base = loadBase(fs.readFileSync(path.join(root, 'test', 'fixtures', 'docx', 'real', 'tbl-having-tables.docx')));
const hampshire = loadFrameworkFolder(hampshireDir);
const stMarys = loadFrameworkFolder(stMarysDir);

interface JsonFinding {
  kind: string;
  severity: string;
  id: string | null;
  message: string;
  currentText?: string;
}
const findingsOf = (stdout: string): JsonFinding[] => (JSON.parse(stdout) as { files: { findings: JsonFinding[] }[] }).files.flatMap((f) => f.findings);

/** A short MPR review whose descriptor blocks are worded as `framework` words them, as the pane inserts them. */
function review(framework: Framework, ids: readonly string[], properties: Record<string, string>): Uint8Array {
  const items: ReviewItem[] = [
    { type: 'heading', text: 'Performance review 2027–28' },
    { type: 'paragraph', text: 'Career stage: Main pay range' },
    ...ids.map((id): ReviewItem => {
      const block = descriptorInsertion(framework, id);
      return { type: 'control', tag: block.tag, title: block.title, text: block.text };
    }),
  ];
  return writeReviewDocx(base, { items, properties: { CareerStage: 'Main pay range', ...properties } });
}

const tmp = makeTempDir('sc-editions-');
const editions = path.join(tmp, 'editions');
fs.mkdirSync(editions);
fs.cpSync(hampshireDir, path.join(editions, 'hampshire-1.0'), { recursive: true });
fs.cpSync(stMarysDir, path.join(editions, 'st-marys-2027'), { recursive: true });
// TS2.1/MPR/1 and CEF/MPR/achieved/7 are reworded by St Mary's; TS2.1/MPR/2 is the same in both; TS2.1/MPR/3 is new.
const stMarysIds = ['TS2.1/MPR/1', 'TS2.1/MPR/2', 'TS2.1/MPR/3', 'CEF/MPR/achieved/7'];
const stMarysDoc = path.join(tmp, 'st-marys-review.docx');
fs.writeFileSync(stMarysDoc, review(stMarys, stMarysIds, { StandardsEdition: 'st-marys-2027@1.0' }));
const unknownDoc = path.join(tmp, 'unknown-edition.docx');
fs.writeFileSync(unknownDoc, review(stMarys, ['TS2.1/MPR/1'], { StandardsEdition: 'oakwood@3.1' }));
const hampshireDoc = path.join(tmp, 'hampshire-review.docx');
fs.writeFileSync(hampshireDoc, review(hampshire, ['TS2.1/MPR/1', 'TS1.1/MPR/3'], { StandardsEdition: 'hampshire@1.0' }));

describe('check --editions', () => {
  it('checks a document against the edition it was written under and names the descriptors reworded since', async () => {
    const { code, stdout } = await runCli(['check', '--format', 'json', '--editions', editions, stMarysDoc]);
    const findings = findingsOf(stdout);
    expect(findings.filter((f) => f.kind === 'edited-descriptor' || f.kind === 'unknown-descriptor')).toEqual([]);
    const outdated = findings.filter((f) => f.kind === 'outdated-wording');
    expect(outdated.map((f) => f.id).sort()).toEqual(['CEF/MPR/achieved/7', 'TS2.1/MPR/1']);
    expect(outdated.every((f) => f.severity === 'info')).toBe(true);
    const ts21 = outdated.find((f) => f.id === 'TS2.1/MPR/1');
    expect(ts21?.currentText).toBe(hampshire.byId.get('TS2.1/MPR/1')?.text);
    expect(ts21?.message).toMatch(/worded as in st-marys-2027@1\.0, the edition the document was written under; the current edition, hampshire@1\.0, words it differently/);
    expect(code).toBe(0);
  });

  it('without the document’s edition, says so and checks against the current edition', async () => {
    const { code, stdout } = await runCli(['check', '--format', 'json', '--editions', editions, unknownDoc]);
    const findings = findingsOf(stdout);
    const unavailable = findings.filter((f) => f.kind === 'edition-unavailable');
    expect(unavailable).toHaveLength(1);
    expect(unavailable[0]).toMatchObject({ severity: 'info', id: null });
    expect(unavailable[0]?.message).toMatch(/oakwood@3\.1, which is not available here \(available: hampshire@1\.0, st-marys-2027@1\.0\).*checked against the current edition, hampshire@1\.0/);
    // St Mary's wording, checked against Hampshire, is an edit.
    expect(findings.filter((f) => f.kind === 'edited-descriptor').map((f) => f.id)).toEqual(['TS2.1/MPR/1']);
    expect(code).toBe(1);
  });

  it('without --editions, a document naming another edition is checked against the current one, with a note', async () => {
    const findings = findingsOf((await runCli(['check', '--format', 'json', stMarysDoc])).stdout);
    expect(findings.filter((f) => f.kind === 'edition-unavailable')).toHaveLength(1);
    expect(findings.filter((f) => f.kind === 'unknown-descriptor').map((f) => f.id)).toEqual(['TS2.1/MPR/3']);
  });

  it('with a school edition as the current one, a Hampshire document gets the school’s wording and retirements', async () => {
    const { stdout } = await runCli(['check', '--format', 'json', '--framework', stMarysDir, '--editions', editions, hampshireDoc]);
    const findings = findingsOf(stdout);
    expect(findings.filter((f) => f.kind === 'edited-descriptor' || f.kind === 'unknown-descriptor')).toEqual([]);
    const outdated = findings.filter((f) => f.kind === 'outdated-wording');
    expect(outdated.map((f) => f.id)).toEqual(['TS2.1/MPR/1', 'TS1.1/MPR/3']);
    expect(outdated[0]?.currentText).toBe(stMarys.byId.get('TS2.1/MPR/1')?.text);
    expect(outdated[1]?.currentText).toBeUndefined();
    expect(outdated[1]?.message).toMatch(/has retired it/);
  });

  it('prints the new finding kinds in the text report', async () => {
    const { stdout } = await runCli(['check', '--editions', editions, stMarysDoc, unknownDoc]);
    expect(stdout).toMatch(/info +outdated-wording/);
    expect(stdout).toMatch(/info +edition-unavailable/);
  });

  it('stops with the file and path when an edition in the folder is broken', async () => {
    const broken = path.join(tmp, 'broken-editions');
    fs.cpSync(editions, broken, { recursive: true });
    fs.writeFileSync(path.join(broken, 'st-marys-2027', 'career-stages.json'), '{"kind": ');
    const { code, stderr } = await runCli(['check', '--editions', broken, stMarysDoc]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/st-marys-2027\/career-stages\.json: \/: is not valid JSON/);
    expect(() => loadEditionsFolder(path.join(tmp, 'no-such-folder'))).toThrow(FrameworkError);
  });

  it('refuses two folders with the same id@version', () => {
    const twice = path.join(tmp, 'twice');
    fs.cpSync(stMarysDir, path.join(twice, 'a'), { recursive: true });
    fs.cpSync(stMarysDir, path.join(twice, 'b'), { recursive: true });
    expect(() => loadEditionsFolder(twice)).toThrow(/st-marys-2027@1\.0 is also in/);
  });
});

describe('checkWithEditions', () => {
  const doc = (properties: Record<string, string>): CheckDocument => ({ paragraphs: [{ text: 'Career stage: Main pay range', blocks: [] }], blocks: [], properties });
  const available = editionMap([hampshire, stMarys]);

  it('uses the current edition, silently, for a document with no StandardsEdition or the current one', () => {
    expect(checkWithEditions(hampshire, available, doc({})).edition).toBe('hampshire@1.0');
    expect(checkWithEditions(hampshire, available, doc({ StandardsEdition: ' hampshire@1.0 ' })).findings.map((f) => f.kind)).not.toContain('edition-unavailable');
  });

  it('uses the document’s edition when it is available', () => {
    expect(checkWithEditions(hampshire, available, doc({ StandardsEdition: 'st-marys-2027@1.0' })).edition).toBe('st-marys-2027@1.0');
  });
});

describe('an edition folder checked for a build', () => {
  it('accepts the sample school edition', () => {
    expect(checkEditionFolder(stMarysDir, hampshireDir)).toEqual({ editionKey: 'st-marys-2027@1.0', title: stMarys.edition.title, problems: [] });
  });

  it('rejects a copy of Hampshire that was edited but kept its id and version', () => {
    const dir = path.join(tmp, 'edited-copy');
    fs.cpSync(hampshireDir, dir, { recursive: true });
    const file = path.join(dir, 'teachers-standards.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Consistently', 'Always'));
    const { problems } = checkEditionFolder(dir, hampshireDir);
    expect(problems).toEqual([expect.objectContaining({ file: 'edition.json', path: '/id', message: expect.stringMatching(/id and version of hampshire@1\.0, an edition already in use.*differ/) })]);
  });

  it('names the file and JSON path of a descriptor removed instead of retired', () => {
    const dir = path.join(tmp, 'removed');
    fs.cpSync(stMarysDir, dir, { recursive: true });
    const file = path.join(dir, 'teachers-standards.json');
    const ts = JSON.parse(fs.readFileSync(file, 'utf8'));
    ts.standards[0].subStandards[0].cells.ECT1.pop();
    fs.writeFileSync(file, JSON.stringify(ts));
    const { problems } = checkEditionFolder(dir, hampshireDir);
    expect(problems).toEqual([
      { file: 'teachers-standards.json', path: '/standards/0/subStandards/0/cells/ECT1/2', message: expect.stringMatching(/TS1\.1\/ECT1\/3 has been removed; retire it instead.*hampshire@1\.0 has it at this path/) },
    ]);
  });
});
