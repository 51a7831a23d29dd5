/**
 * Edition folders on disk: a school edition checked against the bundled one (for `npm run build -- --env edition=…`),
 * and a folder of editions for `check --editions`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { problemsAgainstBase } from '../core/edition/lineage';
import { FRAMEWORK_FILE_NAMES, FrameworkError, type Framework } from '../core/framework/framework';
import { formatProblems, type FrameworkProblem } from '../core/framework/validate';
import { defaultFrameworkFolder, loadFrameworkFolder } from './framework-folder';

export interface EditionFolderCheck {
  /** `id@version`, when the edition could be loaded. */
  editionKey: string | null;
  title: string | null;
  /** Every problem, each with its file and JSON path; empty when the edition can be used. */
  problems: FrameworkProblem[];
}

/**
 * Everything wrong with an edition folder, as the build reports it: size, JSON, schema, cross-checks and, when it
 * says it is derived from the bundled edition (or claims to be it), the lineage rules against `baseFolder`.
 */
export function checkEditionFolder(folder: string, baseFolder: string = defaultFrameworkFolder()): EditionFolderCheck {
  if (!fs.existsSync(path.join(folder, FRAMEWORK_FILE_NAMES.edition))) {
    return { editionKey: null, title: null, problems: [{ file: FRAMEWORK_FILE_NAMES.edition, path: '/', message: `is missing: ${folder} is not an edition folder` }] };
  }
  let edition: Framework;
  try {
    edition = loadFrameworkFolder(folder);
  } catch (error) {
    if (error instanceof FrameworkError) return { editionKey: null, title: null, problems: [...error.problems] };
    throw error;
  }
  const base = loadFrameworkFolder(baseFolder);
  return { editionKey: edition.editionKey, title: edition.edition.title, problems: problemsAgainstBase(base, edition) };
}

/** For scripts: the same check, printed as `file: /json/path: message` lines. */
export function editionFolderReport(folder: string, baseFolder?: string): { editionKey: string | null; title: string | null; problems: string } {
  const result = checkEditionFolder(folder, baseFolder);
  return { editionKey: result.editionKey, title: result.title, problems: formatProblems(result.problems) };
}

/**
 * Loads every edition under `folder`: each sub-folder holding an edition.json (and `folder` itself, if it holds one).
 * Throws a FrameworkError naming the sub-folder in each problem's file when any edition is broken; two folders with
 * the same `id@version` are a problem too, since documents name editions that way.
 */
export function loadEditionsFolder(folder: string): Framework[] {
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
    const label = path.relative(folder, dir) || '.';
    try {
      const framework = loadFrameworkFolder(dir);
      const earlier = loaded.get(framework.editionKey);
      if (earlier) {
        problems.push({ file: `${label}/${FRAMEWORK_FILE_NAMES.edition}`, path: '/id', message: `${framework.editionKey} is also in ${earlier.dir}` });
      } else loaded.set(framework.editionKey, { framework, dir });
    } catch (error) {
      if (!(error instanceof FrameworkError)) throw error;
      problems.push(...error.problems.map((p) => ({ ...p, file: `${label}/${p.file}` })));
    }
  }
  if (problems.length > 0) throw new FrameworkError(problems);
  return [...loaded.values()].map((v) => v.framework);
}
