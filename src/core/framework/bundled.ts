import edition from '../../../framework-data/edition.json';
import teachersStandards from '../../../framework-data/teachers-standards.json';
import careerExpectations from '../../../framework-data/career-expectations.json';
import careerStages from '../../../framework-data/career-stages.json';
import wording from '../../../framework-data/wording.json';
import { buildFramework, type CheckedFrameworkFiles, type Framework } from './framework';

let cached: Framework | undefined;

/**
 * The edition shipped in `framework-data/` (Hampshire 1.0 unless a school build replaced it), indexed once.
 * The web build checks the edition it bundles in full, JSON Schema and cross-checks (webpack.config.js), and stops on
 * any problem; so do the CLI's build and the tests for framework-data/. This only indexes it: no ajv in the task
 * pane's first load, and no cross-checks run again each time the pane opens.
 */
export function bundledFramework(): Framework {
  cached ??= buildFramework({ edition, teachersStandards, careerExpectations, careerStages, wording } as unknown as CheckedFrameworkFiles, { crossChecked: true });
  return cached;
}
