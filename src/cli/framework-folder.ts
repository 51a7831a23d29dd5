import { createHash, type Hash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { notRegularFile, readRegularFile } from './input-files';
import { buildFramework, FRAMEWORK_FILE_NAMES, FrameworkError, type CheckedFrameworkFiles, type Framework, type FrameworkFiles } from '../core/framework/framework';
import schema from '../../framework-data/schema/framework.schema.json';

/** The largest framework file accepted. The Hampshire files are under 100 KB; anything near this is not a framework. */
export const MAX_FRAMEWORK_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Finds the project's own `framework-data/` folder: the one beside the nearest package.json above this file.
 * (The compiled CLI lives in build/, which also holds copies of imported JSON; those copies are never used.)
 */
export function defaultFrameworkFolder(): string {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    if (fs.existsSync(path.join(dir, 'package.json'))) {
      const candidate = path.join(dir, 'framework-data');
      if (fs.existsSync(path.join(candidate, 'edition.json'))) return candidate;
    }
    dir = path.dirname(dir);
  }
  throw new Error('Cannot find the framework-data folder beside package.json.');
}

/** Reads and parses one JSON file; a problem becomes a FrameworkError naming the file. `digest` is fed its bytes. */
export function readJsonFile(file: string, label = path.basename(file), digest?: Hash): unknown {
  const notFile = notRegularFile(file);
  if (notFile) {
    throw new FrameworkError([{ file: label, path: '/', message: notFile === 'No such file.' ? 'cannot be read (missing file?)' : `cannot be read: ${notFile}` }]);
  }
  let read: ReturnType<typeof readRegularFile>;
  try {
    read = readRegularFile(file, MAX_FRAMEWORK_FILE_BYTES);
  } catch (error) {
    throw new FrameworkError([{ file: label, path: '/', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }]);
  }
  if ('tooLarge' in read) {
    throw new FrameworkError([{ file: label, path: '/', message: `is ${read.tooLarge} bytes, more than the ${MAX_FRAMEWORK_FILE_BYTES} bytes a framework file may be` }]);
  }
  digest?.update(`${label}\0${read.bytes.length}\0`).update(read.bytes);
  const text = read.bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new FrameworkError([{ file: label, path: '/', message: `is not valid JSON (${(error as Error).message})` }]);
  }
}

/** Reads the raw files of an edition folder. Missing optional files are left undefined. `digest` is fed their bytes. */
export function readFrameworkFiles(folder: string, digest?: Hash): FrameworkFiles {
  const read = (key: keyof FrameworkFiles) => readJsonFile(path.join(folder, FRAMEWORK_FILE_NAMES[key]), undefined, digest);
  const wordingPath = path.join(folder, FRAMEWORK_FILE_NAMES.wording);
  return {
    edition: read('edition'),
    teachersStandards: read('teachersStandards'),
    careerExpectations: read('careerExpectations'),
    careerStages: read('careerStages'),
    wording: fs.existsSync(wordingPath) ? read('wording') : undefined,
  };
}

/**
 * The shipped edition is validated in full (the JSON Schema, then the cross-checks) when the CLI is built
 * (scripts/ts-build.js calls {@link recordValidatedFramework}), which writes the SHA-256 of its files (and of the schema
 * compiled into this build) here. A folder whose files have exactly that digest is then not checked again at every
 * start (compiling the schema with ajv was about 0.5 s of each `check`): it is only indexed, as the task pane indexes
 * its bundled copy. Any other folder, or the shipped one after an edit, gets the full validation. Beside build/cli;
 * absent (so everything is validated) when this module runs from the TypeScript source.
 */
export const VALIDATED_FRAMEWORK_FILE = path.join(__dirname, '..', '..', 'framework-data.validated.json');

/** The digest {@link VALIDATED_FRAMEWORK_FILE} records: the edition files' bytes, and the schema they were validated by. */
function frameworkDigest(digest: Hash): string {
  return digest.update(`schema\0${JSON.stringify(schema)}`).digest('hex');
}

function validatedDigest(): string | null {
  try {
    const recorded = JSON.parse(fs.readFileSync(VALIDATED_FRAMEWORK_FILE, 'utf8')) as { sha256?: unknown };
    return typeof recorded.sha256 === 'string' ? recorded.sha256 : null;
  } catch {
    return null;
  }
}

/** The schema validator and ajv are loaded only when a folder needs them (see {@link VALIDATED_FRAMEWORK_FILE}). */
function validateAndBuild(files: FrameworkFiles): Framework {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadFramework } = require('../core/framework/load') as typeof import('../core/framework/load');
  return loadFramework(files);
}

/**
 * Validates the folder fully and, when it is valid, records its digest in {@link VALIDATED_FRAMEWORK_FILE}; when it
 * is not, removes any record and throws the FrameworkError. Called by the CLI's build for the shipped framework-data/.
 */
export function recordValidatedFramework(folder: string = defaultFrameworkFolder()): void {
  fs.rmSync(VALIDATED_FRAMEWORK_FILE, { force: true });
  const digest = createHash('sha256');
  validateAndBuild(readFrameworkFiles(folder, digest));
  fs.writeFileSync(VALIDATED_FRAMEWORK_FILE, `${JSON.stringify({ folder: path.basename(folder), sha256: frameworkDigest(digest) }, null, 2)}\n`);
}

/**
 * Loads and checks an edition folder. Throws FrameworkError with every problem, each naming the folder and file
 * (`editions/oakwood/teachers-standards.json`) and the JSON path.
 */
export function loadFrameworkFolder(folder: string = defaultFrameworkFolder()): Framework {
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(folder);
  } catch {
    stat = null;
  }
  if (!stat) throw new FrameworkError([{ file: folder, path: '/', message: 'is not there: no such edition folder' }]);
  if (!stat.isDirectory()) throw new FrameworkError([{ file: folder, path: '/', message: 'is a file, not an edition folder' }]);
  try {
    const digest = createHash('sha256');
    const files = readFrameworkFiles(folder, digest);
    const validated = validatedDigest();
    if (validated !== null && frameworkDigest(digest) === validated) return buildFramework(files as unknown as CheckedFrameworkFiles, { crossChecked: true });
    return validateAndBuild(files);
  } catch (error) {
    if (!(error instanceof FrameworkError)) throw error;
    const prefix = path.join(folder, path.sep);
    throw new FrameworkError(error.problems.map((p) => (p.file.startsWith(prefix) ? p : { ...p, file: path.join(folder, p.file) })));
  }
}
