/**
 * Edition folders on disk: a school edition checked for the build (`npm run build -- --env edition=…`), `validate`
 * and `check --framework`, and a folder of editions for `check --editions`. Every edition is checked with the one
 * lineage and validity check (src/core/edition/lineage.ts) against every other edition available.
 */
import * as fs from 'fs';
import * as path from 'path';
import { editionProblems } from '../core/edition/lineage';
import { FRAMEWORK_FILE_NAMES, FrameworkError, type Framework } from '../core/framework/framework';
import { formatProblems, type FrameworkProblem } from '../core/framework/problems';
import { defaultFrameworkFolder, loadFrameworkFolder } from './framework-folder';

export interface EditionFolderCheck {
  /** `id@version`, when the edition could be loaded. */
  editionKey: string | null;
  title: string | null;
  /** Every problem, each with its file and JSON path; empty when the edition can be used. */
  problems: FrameworkProblem[];
}

/** Problems with the folder put in front of each file, so that every message names the folder, file and JSON path. */
export function inFolder(folder: string, problems: readonly FrameworkProblem[]): FrameworkProblem[] {
  const prefix = path.join(folder, path.sep);
  return problems.map((p) => (p.file.startsWith(prefix) || p.file === path.normalize(folder) ? p : { ...p, file: path.join(folder, p.file) }));
}

/**
 * Everything wrong with an edition folder: size, JSON, schema, cross-checks, and the lineage and validity check against
 * the edition in `baseFolder` (the bundled one) and `others` (editions given with --editions or STANDARDS_EDITIONS). Problems name files inside `folder` (see {@link inFolder} to add the folder).
 */
export function checkEditionFolder(folder: string, baseFolder: string = defaultFrameworkFolder(), others: readonly Framework[] = []): EditionFolderCheck {
  let edition: Framework;
  try {
    edition = loadFrameworkFolder(folder);
  } catch (error) {
    if (error instanceof FrameworkError) return { editionKey: null, title: null, problems: [...error.problems] };
    throw error;
  }
  const base = loadFrameworkFolder(baseFolder);
  return { editionKey: edition.editionKey, title: edition.edition.title, problems: editionProblems(edition, [base, ...others]) };
}

/**
 * For the build: the same check, printed as `folder/file: /json/path: message` lines. `editionsFolder` holds the
 * other editions its lineage goes through (STANDARDS_EDITIONS), checked themselves too.
 */
export function editionFolderReport(folder: string, baseFolder?: string, editionsFolder?: string): { editionKey: string | null; title: string | null; problems: string } {
  let others: Framework[] = [];
  if (editionsFolder) {
    try {
      others = loadEditionsFolder(editionsFolder, [loadFrameworkFolder(baseFolder)]);
    } catch (error) {
      if (!(error instanceof FrameworkError)) throw error;
      return { editionKey: null, title: null, problems: formatProblems(error.problems) };
    }
  }
  const result = checkEditionFolder(folder, baseFolder, others);
  return { editionKey: result.editionKey, title: result.title, problems: formatProblems(inFolder(folder, result.problems)) };
}

/**
 * Loads every edition under `folder`: each sub-folder holding an edition.json (and `folder` itself, if it holds one).
 * Throws a FrameworkError naming the sub-folder in each problem's file when any edition is broken; two folders with
 * the same `id@version` are a problem too, since documents name editions that way. Each edition is also given the
 * lineage and validity check against `known` (the bundled edition, the current one) and the others in the folder.
 */
export function loadEditionsFolder(folder: string, known: readonly Framework[] = []): Framework[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    throw new FrameworkError([{ file: folder, path: '/', message: 'is not a folder that can be read' }]);
  }
  const folders = [
    ...(fs.existsSync(path.join(folder, FRAMEWORK_FILE_NAMES.edition)) ? [folder] : []),
    ...entries
      .filter((e) => e.isDirectory() && fs.existsSync(path.join(folder, e.name, FRAMEWORK_FILE_NAMES.edition)))
      .map((e) => path.join(folder, e.name))
      .sort(),
  ];
  if (folders.length === 0) throw new FrameworkError([{ file: folder, path: '/', message: 'holds no edition folders (folders with an edition.json)' }]);
  const problems: FrameworkProblem[] = [];
  const loaded = new Map<string, { framework: Framework; dir: string }>();
  for (const dir of folders) {
    try {
      const framework = loadFrameworkFolder(dir);
      const earlier = loaded.get(framework.editionKey);
      if (earlier) {
        problems.push({ file: path.join(dir, FRAMEWORK_FILE_NAMES.edition), path: '/id', message: `${framework.editionKey} is also in ${earlier.dir}` });
      } else loaded.set(framework.editionKey, { framework, dir });
    } catch (error) {
      if (!(error instanceof FrameworkError)) throw error;
      problems.push(...inFolder(dir, error.problems));
    }
  }
  const editions = [...loaded.values()];
  for (const { framework, dir } of editions) {
    const others = [...known, ...editions.map((e) => e.framework)];
    problems.push(...inFolder(dir, editionProblems(framework, others)));
  }
  if (problems.length > 0) throw new FrameworkError(problems);
  return editions.map((v) => v.framework);
}
