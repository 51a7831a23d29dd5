import edition from '../../../framework-data/edition.json';
import teachersStandards from '../../../framework-data/teachers-standards.json';
import careerExpectations from '../../../framework-data/career-expectations.json';
import careerStages from '../../../framework-data/career-stages.json';
import wording from '../../../framework-data/wording.json';
import { buildFramework, type CheckedFrameworkFiles, type Framework } from './framework';

let cached: Framework | undefined;

/**
 * The edition shipped in `framework-data/` (Hampshire 1.0 unless a school build replaced it), indexed once.
 * Its files are validated against the JSON Schema by the tests and by the build, so this skips the schema
 * (and keeps ajv out of the task pane's first load) but still runs the cross-checks.
 */
export function bundledFramework(): Framework {
  cached ??= buildFramework({ edition, teachersStandards, careerExpectations, careerStages, wording } as unknown as CheckedFrameworkFiles);
  return cached;
}
