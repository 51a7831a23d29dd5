/**
 * Problems found in a framework file, and how they are printed. Apart from the schema validation (validate.ts, which
 * loads ajv) so that a command that only prints problems, such as `check`, starts without loading ajv.
 */

/** One thing wrong with a framework file, located by file and JSON path (e.g. `/standards/1/subStandards/0/title`). */
export interface FrameworkProblem {
  file: string;
  path: string;
  message: string;
}

/** Formats problems one per line, as `file: /json/path: message`. */
export function formatProblems(problems: readonly FrameworkProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n');
}
