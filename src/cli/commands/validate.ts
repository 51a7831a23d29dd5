import { loadFramework } from '../../core/framework/load';
import * as fs from 'fs';
import * as path from 'path';
import { FRAMEWORK_FILE_NAMES, FrameworkError, type FrameworkFiles } from '../../core/framework/framework';
import { formatProblems, validateAgainstSchema, type FrameworkProblem } from '../../core/framework/validate';
import { parseArgs } from 'util';
import { editionProblems } from '../../core/edition/lineage';
import { inFolder, loadEditionsFolder } from '../editions';
import { loadFrameworkFolder, readFrameworkFiles, readJsonFile } from '../framework-folder';
import { EXIT, UsageError, printable, type CommandIo } from '../io';

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
    data = readJsonFile(file, file);
  } catch (error) {
    return problemsOf(error);
  }
  const problems = validateAgainstSchema(data, file);
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
    return inFolder(folder, problemsOf(error));
  }
}

/**
 * Checks a whole edition folder: schema, cross-checks, and the one lineage and validity check against the bundled
 * edition and any editions given with --editions (ids are retired but never removed, moved or reused, anywhere along
 * derivedFrom; a changed edition may not claim an existing id and version).
 */
function validateFolder(folder: string, editionsFolder: string | undefined): FrameworkProblem[] {
  try {
    const bundled = loadFrameworkFolder();
    const others = editionsFolder ? loadEditionsFolder(editionsFolder, [bundled]) : [];
    const edition = loadFrameworkFolder(folder);
    return inFolder(folder, editionProblems(edition, [bundled, ...others]));
  } catch (error) {
    return problemsOf(error);
  }
}

export function runValidate(args: string[], io: CommandIo): number {
  let values: { editions?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args, options: { editions: { type: 'string' } }, allowPositionals: true }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (positionals.length !== 1) throw new UsageError('validate needs exactly one file or folder.');
  const target = positionals[0] as string;
  if (!fs.existsSync(target)) {
    io.stderr(`${printable(target)}: no such file or folder.`);
    return EXIT.UNREADABLE;
  }
  const problems = fs.statSync(target).isDirectory() ? validateFolder(target, values.editions) : validateFile(target);
  if (problems.length === 0) {
    io.stdout(`${printable(target)}: valid.`);
    return EXIT.OK;
  }
  io.stderr(`${printable(target)}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => printable(formatProblems([p]))).join('\n')}`);
  return EXIT.FINDINGS;
}
