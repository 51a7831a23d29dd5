import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../support/run-cli';
import { bundledFramework } from '../../src/core/framework/bundled';
import { makeTempDir } from '../support/temp-dir';

const dataDir = path.join(__dirname, '..', '..', 'framework-data');

function tempEdition(mutate: (files: Record<string, unknown>) => void): string {
  const dir = makeTempDir('sc-edition-');
  const files: Record<string, unknown> = {};
  for (const name of ['edition.json', 'teachers-standards.json', 'career-expectations.json', 'career-stages.json']) {
    files[name] = JSON.parse(fs.readFileSync(path.join(dataDir, name), 'utf8'));
  }
  mutate(files);
  for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), typeof data === 'string' ? data : JSON.stringify(data));
  return dir;
}

describe('cli export', () => {
  it('prints every descriptor of both documents as JSON', async () => {
    const { code, stdout } = await runCli(['export', '--format', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(bundledFramework().descriptors.length);
    expect(rows.find((r) => r.id === 'TS2.1/MPR/2')).toEqual({
      id: 'TS2.1/MPR/2',
      source: 'teachers-standards',
      standard: '2.1',
      stage: 'MPR',
      rating: null,
      text: bundledFramework().byId.get('TS2.1/MPR/2')?.text,
    });
    expect(rows.find((r) => r.id === 'CEF/UPR-TLR/achieved/4')).toMatchObject({ source: 'career-expectations', standard: null, stage: 'UPR-TLR', rating: 'achieved' });
  });

  it('prints CSV that Excel opens cleanly: BOM, quoted fields, CRLF', async () => {
    const { code, stdout } = await runCli(['export', '--format', 'csv']);
    expect(code).toBe(0);
    expect(stdout.startsWith('\uFEFF"id","source","standard","stage","rating","text"\r\n')).toBe(true);
    const lines = stdout.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(bundledFramework().descriptors.length + 1);
    expect(stdout).toContain('"TS2.1/MPR/2","teachers-standards","2.1","MPR",,"Help to oversee');
    // Curly quotes and commas survive inside quoted fields.
    expect(stdout).toContain('pupils’');
  });

  it('rejects a bad format with usage and exit code 2', async () => {
    const { code, stderr } = await runCli(['export', '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format must be json or csv/);
    expect(stderr).toMatch(/Usage:/);
  });
});

describe('cli validate', () => {
  it('accepts the shipped files and folder', async () => {
    expect((await runCli(['validate', path.join(dataDir, 'teachers-standards.json')])).code).toBe(0);
    expect((await runCli(['validate', dataDir])).code).toBe(0);
  });

  it('rejects a broken file, naming the JSON path', async () => {
    const dir = tempEdition((files) => {
      const ts = files['teachers-standards.json'] as { standards: { subStandards: { title: unknown }[] }[] };
      ts.standards[2]!.subStandards[1]!.title = 42;
    });
    const { code, stderr } = await runCli(['validate', path.join(dir, 'teachers-standards.json')]);
    expect(code).toBe(1);
    expect(stderr).toContain('teachers-standards.json: /standards/2/subStandards/1/title: must be string');
  });

  it('reports cross-file problems when the file sits in an edition folder', async () => {
    const dir = tempEdition((files) => {
      (files['career-stages.json'] as { edition: { id: string } }).edition.id = 'st-marys';
    });
    const { code, stderr } = await runCli(['validate', path.join(dir, 'career-stages.json')]);
    expect(code).toBe(1);
    expect(stderr).toContain('career-stages.json: /edition: belongs to edition st-marys@1.0');
  });

  it('rejects malformed JSON with a clear message', async () => {
    const dir = tempEdition((files) => {
      files['career-expectations.json'] = '{ "kind": "career-expectations", ';
    });
    const { code, stderr } = await runCli(['validate', path.join(dir, 'career-expectations.json')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/career-expectations\.json: \/: is not valid JSON/);
  });

  it('needs exactly one argument', async () => {
    expect((await runCli(['validate'])).code).toBe(2);
    expect((await runCli(['validate', 'a', 'b'])).code).toBe(2);
  });
});

describe('cli usage', () => {
  it('exits 2 with usage for an unknown command or none', async () => {
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command "frobnicate"/);
    expect((await runCli([])).code).toBe(2);
    expect((await runCli(['help'])).code).toBe(0);
  });

  it('prints the usage for --help or -h after a command, without running it', async () => {
    for (const args of [['check', '--help'], ['check', '--format', 'json', '-h', 'reviews'], ['compose', 'objective', '--help'], ['export', '--help']]) {
      const run = await runCli(args);
      expect({ args, code: run.code, stderr: run.stderr }).toEqual({ args, code: 0, stderr: '' });
      expect(run.stdout).toMatch(/^Usage: npm run cli -- <command>/);
    }
    // After `--`, "--help" is a file name like any other.
    const file = await runCli(['check', '--', '--help']);
    expect(file.code).toBe(3);
    expect(file.stdout).toMatch(/--help/);
  });
});
