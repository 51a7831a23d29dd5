import { FRAMEWORK_FILE_NAMES, type FrameworkFiles } from '../framework/framework';
import type { FrameworkProblem } from '../framework/validate';

/** The largest edition file accepted from a user: the same cap as the CLI's (the Hampshire files are under 100 KB). */
export const MAX_EDITION_FILE_BYTES = 5 * 1024 * 1024;

/** One file a user chose, already read as text. */
export interface ChosenFile {
  name: string;
  /** Size in bytes, as the browser reports it (checked before the text is read). */
  size: number;
  text: string;
}

export type ParsedEditionFiles = { ok: true; files: FrameworkFiles } | { ok: false; problems: FrameworkProblem[] };

const KEYS = Object.keys(FRAMEWORK_FILE_NAMES) as (keyof FrameworkFiles)[];
const REQUIRED = KEYS.filter((k) => k !== 'wording');

/** The file names an edition is chosen as, for help text: "edition.json, teachers-standards.json, …". */
export const EDITION_FILE_LIST = KEYS.map((k) => FRAMEWORK_FILE_NAMES[k]);

/**
 * Matches chosen files to an edition's files by name, checks their size and parses the JSON. Every problem is
 * reported (file and JSON path), not only the first. wording.json is optional: without it the bundled wording is used.
 * The schema and cross-checks come after this, in `loadFramework`.
 */
export function parseEditionFiles(chosen: readonly ChosenFile[]): ParsedEditionFiles {
  const problems: FrameworkProblem[] = [];
  const found: Partial<Record<keyof FrameworkFiles, unknown>> = {};
  const byName = new Map(KEYS.map((k) => [FRAMEWORK_FILE_NAMES[k], k]));
  for (const file of chosen) {
    const key = byName.get(file.name.toLowerCase());
    if (!key) {
      problems.push({ file: file.name, path: '/', message: `is not one of an edition's files (${EDITION_FILE_LIST.join(', ')})` });
      continue;
    }
    if (key in found) {
      problems.push({ file: file.name, path: '/', message: 'was chosen twice' });
      continue;
    }
    if (file.size > MAX_EDITION_FILE_BYTES || file.text.length > MAX_EDITION_FILE_BYTES) {
      problems.push({ file: file.name, path: '/', message: `is ${file.size} bytes, more than the ${MAX_EDITION_FILE_BYTES} bytes an edition file may be` });
      found[key] = null;
      continue;
    }
    try {
      found[key] = JSON.parse(file.text.replace(/^\uFEFF/, '')) as unknown;
    } catch (error) {
      problems.push({ file: file.name, path: '/', message: `is not valid JSON (${(error as Error).message})` });
      found[key] = null;
    }
  }
  for (const key of REQUIRED) {
    if (!(key in found)) problems.push({ file: FRAMEWORK_FILE_NAMES[key], path: '/', message: 'is missing: choose it together with the other files of the edition' });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    files: {
      edition: found.edition,
      teachersStandards: found.teachersStandards,
      careerExpectations: found.careerExpectations,
      careerStages: found.careerStages,
      ...('wording' in found ? { wording: found.wording } : {}),
    },
  };
}
