import edition from '../../../framework-data/edition.json';
import teachersStandards from '../../../framework-data/teachers-standards.json';
import careerExpectations from '../../../framework-data/career-expectations.json';
import careerStages from '../../../framework-data/career-stages.json';
import { loadFramework, type Framework } from './framework';

let cached: Framework | undefined;

/** The edition shipped in `framework-data/` (Hampshire 1.0 unless a school build replaced it), loaded once. */
export function bundledFramework(): Framework {
  cached ??= loadFramework({ edition, teachersStandards, careerExpectations, careerStages });
  return cached;
}
