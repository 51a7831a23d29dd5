/**
 * The compiled CLI trusts the shipped framework-data/ by its digest: the CLI's build (scripts/ts-build.js) validates
 * it in full once (the JSON Schema and the cross-checks) and records the SHA-256 of its files in
 * build/cli/framework-data.validated.json, and a folder with exactly those files is then only indexed, without
 * compiling the schema (ajv is not even loaded). Any other folder, including a copy of the shipped one with a single
 * byte changed, is still validated in full. jest's global setup has compiled build/cli
 * (test/support/jest-global-setup.js).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { makeTempDir } from '../support/temp-dir';

const root = path.join(__dirname, '..', '..');
const compiled = path.join(root, 'build', 'cli', 'src', 'cli', 'framework-folder.js');
const record = path.join(root, 'build', 'cli', 'framework-data.validated.json');
const tmp = makeTempDir('sc-trusted-');

/** Loads `folder` with the compiled CLI in a fresh process: whether it loaded, the problems, and whether ajv was loaded. */
function load(folder: string): { ok: boolean; problems: string[]; ajvLoaded: boolean } {
  const script = `
    const { loadFrameworkFolder } = require(${JSON.stringify(compiled)});
    let ok = true, problems = [];
    try { loadFrameworkFolder(${JSON.stringify(folder)}); } catch (e) { ok = false; problems = (e.problems || []).map((p) => p.file + ' ' + p.path + ' ' + p.message); }
    const ajvLoaded = Object.keys(require.cache).some((k) => k.includes(require('path').sep + 'ajv' + require('path').sep));
    process.stdout.write(JSON.stringify({ ok, problems, ajvLoaded }));`;
  const result = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { ok: boolean; problems: string[]; ajvLoaded: boolean };
}

function copyShipped(name: string): string {
  const dir = path.join(tmp, name);
  fs.cpSync(path.join(root, 'framework-data'), dir, { recursive: true });
  return dir;
}

describe('the shipped framework-data, validated at build time', () => {
  it('is recorded by the build, and loads without the schema validator', () => {
    expect(JSON.parse(fs.readFileSync(record, 'utf8')).sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(load(path.join(root, 'framework-data'))).toEqual({ ok: true, problems: [], ajvLoaded: false });
  });

  it('trusts a copy with the same bytes wherever it is', () => {
    expect(load(copyShipped('same'))).toEqual({ ok: true, problems: [], ajvLoaded: false });
  });

  it('validates a folder whose files differ, and reports what the schema finds', () => {
    const dir = copyShipped('edited');
    const file = path.join(dir, 'edition.json');
    const edition = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    // Not a property the schema allows, and nothing the cross-checks look at: only the schema can catch it.
    fs.writeFileSync(file, JSON.stringify({ ...edition, colour: 'blue' }, null, 2));
    const loaded = load(dir);
    expect(loaded.ok).toBe(false);
    expect(loaded.ajvLoaded).toBe(true);
    expect(loaded.problems.join('\n')).toMatch(/edition\.json \/ has a property that is not allowed: "colour"/);
  });
});
