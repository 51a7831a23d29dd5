import { loadFramework } from '../../core/framework/load';
import * as fs from 'fs';
import * as path from 'path';
import { FRAMEWORK_FILE_NAMES, FrameworkError, type FrameworkFiles } from '../../core/framework/framework';
import { formatProblems, validateAgainstSchema, type FrameworkProblem } from '../../core/framework/validate';
import { checkLineage } from '../../core/edition/diff';
import { loadFrameworkFolder, readFrameworkFiles, readJsonFile } from '../framework-folder';
import { UsageError, type CommandIo } from '../io';

const KIND_TO_KEY: Record<string, keyof FrameworkFiles> = {
  edition: 'edition',
  'teachers-standards': 'teachersStandards',
  'career-expectations': 'careerExpectations',
  'career-stages': 'careerStages',
  wording: 'wording',
};

function problemsOf(error: unknown): FrameworkProblem[] {
  if (error instanceof FrameworkError) return [...error.problems];
  throw error;
}

/**
 * Checks one framework file against the schema. Where the file sits in a complete edition folder,
 * the whole edition is also loaded with it, so cross-file problems (duplicate ids, mismatched editions) show too.
 */
function validateFile(file: string): FrameworkProblem[] {
  let data: unknown;
  try {
    data = readJsonFile(file);
  } catch (error) {
    return problemsOf(error);
  }
  const problems = validateAgainstSchema(data, path.basename(file));
  if (problems.length > 0) return problems;
  const folder = path.dirname(file);
  const siblingsPresent = (['edition', 'teachersStandards', 'careerExpectations', 'careerStages'] as const).every((k) =>
    fs.existsSync(path.join(folder, FRAMEWORK_FILE_NAMES[k])),
  );
  if (!siblingsPresent) return [];
  try {
    const files = readFrameworkFiles(folder);
    const key = KIND_TO_KEY[(data as { kind: string }).kind];
    if (key) files[key] = data;
    loadFramework(files);
    return [];
  } catch (error) {
    return problemsOf(error);
  }
}

/**
 * Checks a whole edition folder. Where the edition says it was derived from the edition shipped with the add-in,
 * it is also checked against it: ids may be retired but never removed, moved or reused.
 */
function validateFolder(folder: string): FrameworkProblem[] {
  try {
    const edition = loadFramework(readFrameworkFiles(folder));
    const shipped = loadFrameworkFolder();
    if (edition.edition.derivedFrom !== shipped.editionKey) return [];
    return checkLineage(shipped, edition).map((p) => ({ file: p.id ? 'edition' : 'edition.json', path: p.id ? `descriptor ${p.id}` : '/derivedFrom', message: p.message }));
  } catch (error) {
    return problemsOf(error);
  }
}

export function runValidate(args: string[], io: CommandIo): number {
  if (args.length !== 1 || (args[0] as string).startsWith('-')) {
    throw new UsageError('validate needs exactly one file or folder.');
  }
  const target = args[0] as string;
  if (!fs.existsSync(target)) {
    io.stderr(`${target}: no such file or folder.`);
    return 1;
  }
  const problems = fs.statSync(target).isDirectory() ? validateFolder(target) : validateFile(target);
  if (problems.length === 0) {
    io.stdout(`${target}: valid.`);
    return 0;
  }
  io.stderr(`${target}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`);
  return 1;
}
