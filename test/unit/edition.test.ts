import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../support/run-cli';
import { loadFrameworkFolder, MAX_FRAMEWORK_FILE_BYTES } from '../../src/cli/framework-folder';
import { checkLineage, diffEditions } from '../../src/core/edition/diff';
import { FrameworkError } from '../../src/core/framework/framework';
import { descriptorsForStage } from '../../src/core/query/descriptors';
import { searchDescriptors } from '../../src/core/query/search';
import { makeTempDir } from '../support/temp-dir';

const root = path.join(__dirname, '..', '..');
const hampshireDir = path.join(root, 'framework-data');
const stMarysDir = path.join(root, 'test', 'fixtures', 'editions', 'st-marys-2027');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test fixtures are edited as loose JSON
type Loose = any;

/** Copies the sample edition to a temporary folder and lets a test break it. */
function brokenEdition(mutate: (dir: string, read: (f: string) => Loose, write: (f: string, d: unknown) => void) => void): string {
  const dir = makeTempDir('sc-school-');
  for (const f of fs.readdirSync(stMarysDir)) fs.copyFileSync(path.join(stMarysDir, f), path.join(dir, f));
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  const write = (f: string, d: unknown) => fs.writeFileSync(path.join(dir, f), JSON.stringify(d));
  mutate(dir, read, write);
  return dir;
}

describe('a school edition', () => {
  const hampshire = loadFrameworkFolder(hampshireDir);
  const stMarys = loadFrameworkFolder(stMarysDir);

  it('loads with its own id, version and lineage', () => {
    expect(stMarys.editionKey).toBe('st-marys-2027@1.0');
    expect(stMarys.edition.derivedFrom).toBe('hampshire@1.0');
    expect(checkLineage(hampshire, stMarys)).toEqual([]);
  });

  it('keeps retired descriptors for look-up but leaves them out of the views and search', () => {
    expect(stMarys.byId.get('TS4.3/ECT1/2')?.retired).toBe(true);
    const ect1 = descriptorsForStage(stMarys, 'ECT1').flatMap((s) => s.subStandards).find((s) => s.number === '4.3');
    expect(ect1?.descriptors.map((d) => d.id)).toEqual(['TS4.3/ECT1/1', 'TS4.3/ECT1/3']);
    expect(searchDescriptors(stMarys, 'participate in out of class').map((h) => h.descriptor.id)).not.toContain('TS4.3/ECT1/2');
  });

  it('diffs against Hampshire: changed, added and retired', () => {
    const diff = diffEditions(hampshire, stMarys);
    expect(diff.changed.map((c) => c.id).sort()).toEqual(['CEF/MPR/achieved/7', 'TS1.2/ECT1/2', 'TS2.1/MPR/1']);
    expect(diff.added.map((d) => d.id).sort()).toEqual(['TS2.1/MPR/3', 'TS8.5/AHT-DHT/1']);
    expect(diff.retired.map((d) => d.id).sort()).toEqual(['TS1.1/MPR/3', 'TS4.3/ECT1/2']);
    expect(diff.removed).toEqual([]);
    const change = diff.changed.find((c) => c.id === 'TS1.2/ECT1/2');
    expect(change?.diff).toEqual(
      expect.arrayContaining([
        { op: 'delete', text: 'effect the' },
        { op: 'insert', text: 'make effective' },
      ]),
    );
  });

  it('prints the diff as text and as self-contained HTML', async () => {
    const text = await runCli(['edition', 'diff', hampshireDir, stMarysDir]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('[-effect the-]{+make effective+}');
    const out = path.join(makeTempDir('sc-diff-'), 'diff.html');
    const html = await runCli(['edition', 'diff', hampshireDir, stMarysDir, '--format', 'html', '--out', out]);
    expect(html.code).toBe(0);
    const page = fs.readFileSync(out, 'utf8');
    expect(page).toContain('<del>effect the</del>');
    expect(page).not.toMatch(/<script|https?:\/\//);
  });

  it('rejects bad usage of edition diff', async () => {
    expect((await runCli(['edition', 'diff', hampshireDir])).code).toBe(2);
    expect((await runCli(['edition', 'merge'])).code).toBe(2);
    expect((await runCli(['edition', 'diff', hampshireDir, stMarysDir, '--format', 'pdf'])).code).toBe(2);
  });
});

describe('a broken school edition gets a clear error and changes nothing', () => {
  it('is rejected when it reuses a retired id', () => {
    const dir = brokenEdition((_d, read, write) => {
      const edition = read('edition.json');
      edition.id = 'st-marys-2028';
      edition.derivedFrom = 'st-marys-2027@1.0';
      write('edition.json', edition);
      for (const f of ['teachers-standards.json', 'career-expectations.json', 'career-stages.json']) {
        const data = read(f);
        data.edition.id = 'st-marys-2028';
        if (f === 'teachers-standards.json') {
          delete data.standards[3].subStandards[2].cells.ECT1[1].retired;
          data.standards[3].subStandards[2].cells.ECT1[1].text = 'New wording under an old id.';
        }
        write(f, data);
      }
    });
    const problems = checkLineage(loadFrameworkFolder(stMarysDir), loadFrameworkFolder(dir));
    expect(problems.map((p) => p.message).join('\n')).toMatch(/TS4\.3\/ECT1\/2 was retired in st-marys-2027@1\.0 and cannot be reused/);
  });

  it('is rejected by validate when it removes an id instead of retiring it', async () => {
    const dir = brokenEdition((_d, read, write) => {
      const ts = read('teachers-standards.json');
      ts.standards[0].subStandards[0].cells.ECT1.pop();
      write('teachers-standards.json', ts);
    });
    const result = await runCli(['validate', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/descriptor TS1\.1\/ECT1\/3 has been removed; retire it instead/);
  });

  it('is rejected with the file and path for a duplicate id', async () => {
    const dir = brokenEdition((_d, read, write) => {
      const ts = read('teachers-standards.json');
      ts.standards[1].subStandards[0].cells.MPR[2].id = 'TS2.1/MPR/1';
      write('teachers-standards.json', ts);
    });
    expect(() => loadFrameworkFolder(dir)).toThrow(FrameworkError);
    const result = await runCli(['validate', dir]);
    expect(result.stderr).toMatch(/teachers-standards\.json: \/standards\/1\/subStandards\/0\/cells\/MPR\/2\/id: duplicate descriptor id "TS2\.1\/MPR\/1"/);
  });

  it('is rejected when a file is malformed or far too large', async () => {
    const malformed = brokenEdition((dir) => fs.writeFileSync(path.join(dir, 'career-stages.json'), '{"kind": "career-stages", "edition": '));
    expect((await runCli(['validate', malformed])).stderr).toMatch(/career-stages\.json: \/: is not valid JSON/);
    const huge = brokenEdition((dir) => fs.writeFileSync(path.join(dir, 'teachers-standards.json'), Buffer.alloc(MAX_FRAMEWORK_FILE_BYTES + 1, 32)));
    expect((await runCli(['validate', huge])).stderr).toMatch(/teachers-standards\.json: \/: is \d+ bytes, more than/);
  });

  it('is rejected when it is wrong against the schema', async () => {
    const dir = brokenEdition((_d, read, write) => {
      const cef = read('career-expectations.json');
      cef.roles[2].ratings.exceptional.routes[0].descriptors[0].text = '';
      write('career-expectations.json', cef);
    });
    expect((await runCli(['validate', dir])).stderr).toMatch(/career-expectations\.json: \/roles\/2\/ratings\/exceptional\/routes\/0\/descriptors\/0\/text: must NOT have fewer than 1 characters/);
  });
});
