import * as fs from 'fs';
import * as path from 'path';
import { checkSchoolEdition, checkShippedEdition, editionFolderFrom, writePrecompiledAjv } from '../../scripts/build-support';
import { editionFolderReport } from '../../src/cli/editions';
import { loadFrameworkFolder } from '../../src/cli/framework-folder';
import { makeTempDir } from '../support/temp-dir';

const root = path.join(__dirname, '..', '..');
const stMarysDir = path.join(root, 'test', 'fixtures', 'editions', 'st-marys-2027');
const tmp = makeTempDir('sc-edition-build-');

/** A copy of an edition folder (the sample school edition unless told) with one thing broken. */
function brokenCopy(name: string, mutate: (ts: { standards: { subStandards: { cells: Record<string, { id: string; text: string }[]> }[] }[] }) => void, from = stMarysDir): string {
  const dir = path.join(tmp, name);
  fs.cpSync(from, dir, { recursive: true });
  const file = path.join(dir, 'teachers-standards.json');
  const ts = JSON.parse(fs.readFileSync(file, 'utf8'));
  mutate(ts);
  fs.writeFileSync(file, JSON.stringify(ts, null, 2));
  return dir;
}

describe('building with the shipped edition (framework-data/)', () => {
  const shipped = path.join(root, 'framework-data');

  it('accepts framework-data/ as it is, with the compiled CLI as webpack.config.js runs it', () => {
    expect(() => checkShippedEdition(shipped, root)).not.toThrow();
  });

  // The pane indexes its bundled edition without the cross-checks (bundled.ts), so the build must run them.
  it('stops on what only the cross-checks find, a duplicate id, with the file and JSON path', () => {
    const duplicate = brokenCopy(
      'shipped-duplicate',
      (ts) => {
        ts.standards[1]!.subStandards[0]!.cells.MPR![1]!.id = 'TS2.1/MPR/1';
      },
      shipped,
    );
    const message = /cannot be built:\n\S*teachers-standards\.json: \/standards\/1\/subStandards\/0\/cells\/MPR\/1\/id: duplicate descriptor id "TS2\.1\/MPR\/1"/;
    expect(() => checkShippedEdition(duplicate, root, { load: loadFrameworkFolder })).toThrow(message);
    expect(() => checkShippedEdition(duplicate, root)).toThrow(message);
  });

  it('stops on a schema problem too', () => {
    const empty = brokenCopy(
      'shipped-empty',
      (ts) => {
        ts.standards[0]!.subStandards[0]!.cells.ECT1![0]!.text = '';
      },
      shipped,
    );
    expect(() => checkShippedEdition(empty, root)).toThrow(/teachers-standards\.json: \/standards\/0\/subStandards\/0\/cells\/ECT1\/0\/text: must NOT have fewer than 1 characters/);
  });
});

describe('building with a school edition', () => {
  it('takes the folder from --env edition, then STANDARDS_EDITION, relative to where the command was typed', () => {
    expect(editionFolderFrom({}, {})).toBeNull();
    expect(editionFolderFrom({ edition: 'school' }, { STANDARDS_EDITION: '/elsewhere', INIT_CWD: '/home/it' })).toBe(path.resolve('/home/it/school'));
    expect(editionFolderFrom({}, { STANDARDS_EDITION: '/srv/editions/st-marys', INIT_CWD: '/home/it' })).toBe(path.resolve('/srv/editions/st-marys'));
  });

  it('accepts the sample school edition', () => {
    expect(checkSchoolEdition(stMarysDir, root, { report: editionFolderReport })).toEqual({ editionKey: 'st-marys-2027@1.0', title: expect.stringMatching(/^St Mary’s/) });
  });

  it('stops with the file and JSON path of each problem', () => {
    const duplicate = brokenCopy('duplicate', (ts) => {
      ts.standards[1]!.subStandards[0]!.cells.MPR![2]!.id = 'TS2.1/MPR/1';
    });
    expect(() => checkSchoolEdition(duplicate, root, { report: editionFolderReport })).toThrow(
      /cannot be built:\n\S*\/duplicate\/teachers-standards\.json: \/standards\/1\/subStandards\/0\/cells\/MPR\/2\/id: duplicate descriptor id "TS2\.1\/MPR\/1"/,
    );
    const removed = brokenCopy('removed', (ts) => {
      ts.standards[0]!.subStandards[0]!.cells.ECT1!.pop();
    });
    expect(() => checkSchoolEdition(removed, root, { report: editionFolderReport })).toThrow(
      /teachers-standards\.json: \/standards\/0\/subStandards\/0\/cells\/ECT1\/2: descriptor TS1\.1\/ECT1\/3 has been removed; retire it instead/,
    );
    expect(() => checkSchoolEdition(path.join(tmp, 'no-such-edition'), root)).toThrow(/does not exist/);
  });

  it('checks with the compiled CLI, as webpack.config.js does (compiled once by jest’s global setup)', () => {
    const bad = brokenCopy('schema', (ts) => {
      ts.standards[1]!.subStandards[0]!.cells.MPR![0]!.text = '';
    });
    expect(() => checkSchoolEdition(bad, root)).toThrow(/teachers-standards\.json: \/standards\/1\/subStandards\/0\/cells\/MPR\/0\/text: must NOT have fewer than 1 characters/);
    expect(checkSchoolEdition(stMarysDir, root).editionKey).toBe('st-marys-2027@1.0');
  });

  it('precompiles the schema validator for the pane, refusing any other schema', () => {
    const shim = writePrecompiledAjv(path.join(root, 'framework-data', 'schema', 'framework.schema.json'), path.join(tmp, 'web'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the generated stand-in
    const Ajv = require(shim) as new () => { compile(schema: unknown): ((data: unknown) => boolean) & { errors?: { instancePath: string }[] | null } };
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'framework-data', 'schema', 'framework.schema.json'), 'utf8'));
    const validate = new Ajv().compile(schema);
    expect(validate(JSON.parse(fs.readFileSync(path.join(stMarysDir, 'edition.json'), 'utf8')))).toBe(true);
    expect(validate({ kind: 'edition', id: 'x' })).toBe(false);
    expect(validate.errors?.length).toBeGreaterThan(0);
    expect(() => new Ajv().compile({ $id: 'another' })).toThrow(/Only the framework schema/);
  });

  it('gives validate.ts the same problems as ajv compiled at run time', () => {
    const shim = writePrecompiledAjv(path.join(root, 'framework-data', 'schema', 'framework.schema.json'), path.join(tmp, 'web2'));
    const broken = JSON.parse(fs.readFileSync(path.join(stMarysDir, 'career-expectations.json'), 'utf8'));
    broken.roles[2].ratings.exceptional.routes[0].descriptors[0].text = '';
    delete broken.roles[0].label;
    broken.extra = true;
    type Validate = typeof import('../../src/core/framework/validate');
    let viaShim: ReturnType<Validate['validateAgainstSchema']> = [];
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the generated stand-in, as webpack's alias gives it to the pane
      jest.doMock('ajv', () => require(shim));
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded afresh with the stand-in
      viaShim = (require('../../src/core/framework/validate') as Validate).validateAgainstSchema(broken, 'career-expectations.json');
    });
    jest.dontMock('ajv');
    let direct: typeof viaShim = [];
    jest.isolateModules(() => {
      // jest.config.js maps `ajv` to the precompiled stand-in for every test; this side loads ajv's own entry by path.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- ajv itself, compiling the schema at run time
      jest.doMock('ajv', () => require(path.join(root, 'node_modules', 'ajv', 'dist', 'ajv.js')));
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- proof that this side has ajv itself: the stand-in compiles no other schema
      const RealAjv = (require('ajv') as { default: new () => { compile(schema: unknown): unknown } }).default;
      expect(typeof new RealAjv().compile({ $id: 'another', type: 'object' })).toBe('function');
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded afresh with the real ajv
      direct = (require('../../src/core/framework/validate') as Validate).validateAgainstSchema(broken, 'career-expectations.json');
    });
    jest.dontMock('ajv');
    expect(viaShim.length).toBeGreaterThanOrEqual(3);
    expect(viaShim).toEqual(direct);
  });
});
