import { loadFramework } from '../core/framework/load';
import * as fs from 'fs';
import * as path from 'path';
import { notRegularFile, readRegularFile } from './input-files';
import { FRAMEWORK_FILE_NAMES, FrameworkError, type Framework, type FrameworkFiles } from '../core/framework/framework';

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

/** Reads and parses one JSON file; a problem becomes a FrameworkError naming the file. */
export function readJsonFile(file: string, label = path.basename(file)): unknown {
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
  const text = read.bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new FrameworkError([{ file: label, path: '/', message: `is not valid JSON (${(error as Error).message})` }]);
  }
}

/** Reads the raw files of an edition folder. Missing optional files are left undefined. */
export function readFrameworkFiles(folder: string): FrameworkFiles {
  const read = (key: keyof FrameworkFiles) => readJsonFile(path.join(folder, FRAMEWORK_FILE_NAMES[key]));
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
    return loadFramework(readFrameworkFiles(folder));
  } catch (error) {
    if (!(error instanceof FrameworkError)) throw error;
    const prefix = path.join(folder, path.sep);
    throw new FrameworkError(error.problems.map((p) => (p.file.startsWith(prefix) ? p : { ...p, file: path.join(folder, p.file) })));
  }
}
