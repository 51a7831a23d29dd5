import { loadFramework } from '../core/framework/load';
import * as fs from 'fs';
import * as path from 'path';
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
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new FrameworkError([{ file: label, path: '/', message: 'cannot be read (missing file?)' }]);
  }
  if (size > MAX_FRAMEWORK_FILE_BYTES) {
    throw new FrameworkError([{ file: label, path: '/', message: `is ${size} bytes, more than the ${MAX_FRAMEWORK_FILE_BYTES} bytes a framework file may be` }]);
  }
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
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

/** Loads and checks an edition folder. Throws FrameworkError with every problem. */
export function loadFrameworkFolder(folder: string = defaultFrameworkFolder()): Framework {
  return loadFramework(readFrameworkFiles(folder));
}
