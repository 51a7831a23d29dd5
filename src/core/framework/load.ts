import { buildFramework, FRAMEWORK_FILE_NAMES, FrameworkError, type CheckedFrameworkFiles, type Framework, type FrameworkFiles } from './framework';
import { validateAgainstSchema } from './validate';

/**
 * Validates (JSON Schema, then cross-checks) and indexes one edition's files, as read from disk or chosen by a user.
 * Throws a {@link FrameworkError} listing every problem with its file and JSON path; nothing is half-loaded.
 */
export function loadFramework(files: FrameworkFiles): Framework {
  const names = FRAMEWORK_FILE_NAMES;
  const problems = [
    ...validateAgainstSchema(files.edition, names.edition),
    ...validateAgainstSchema(files.teachersStandards, names.teachersStandards),
    ...validateAgainstSchema(files.careerExpectations, names.careerExpectations),
    ...validateAgainstSchema(files.careerStages, names.careerStages),
    ...(files.wording === undefined ? [] : validateAgainstSchema(files.wording, names.wording)),
  ];
  const kinds: [keyof FrameworkFiles, string][] = [
    ['edition', 'edition'],
    ['teachersStandards', 'teachers-standards'],
    ['careerExpectations', 'career-expectations'],
    ['careerStages', 'career-stages'],
  ];
  for (const [key, kind] of kinds) {
    const value = files[key] as { kind?: unknown } | null;
    if (value && typeof value === 'object' && !Array.isArray(value) && value.kind !== kind) {
      problems.push({ file: names[key], path: '/kind', message: `must be "${kind}"` });
    }
  }
  if (problems.length > 0) throw new FrameworkError(problems);
  return buildFramework(files as unknown as CheckedFrameworkFiles);
}
