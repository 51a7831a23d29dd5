/**
 * How the reports name an outcome's values for people (the HTML report's charts and table, the CSV's columns): the
 * rating by the edition's own label, the pay recommendation and the missing parts in short plain words.
 */
import { NONE, type OutcomePart } from '../../core/check/outcomes';
import type { Framework } from '../../core/framework/framework';

/** Short names of the pay recommendations, and of having none. */
export const PAY_LABELS: Readonly<Record<string, string>> = {
  progress: 'Progress',
  'no-progress': 'No progress',
  'not-eligible': 'Not eligible',
  'not-applicable': 'Not applicable',
  [NONE]: 'No pay recommendation',
};

/** What a review lacks, as a chart's label ("No rating"). */
export const MISSING_LABELS: Readonly<Record<OutcomePart, string>> = {
  rating: 'No rating',
  rationale: 'No rationale',
  'pay-recommendation': 'No pay recommendation',
  objectives: 'No objectives',
};

/** What a review lacks, as a list item ("rating, pay recommendation"). */
export const PART_NAMES: Readonly<Record<OutcomePart, string>> = {
  rating: 'rating',
  rationale: 'rationale',
  'pay-recommendation': 'pay recommendation',
  objectives: 'objectives',
};

/** The rating's label as the framework words it, or "No rating". */
export function ratingName(framework: Framework, code: string | null): string {
  return framework.careerExpectations.ratings.find((r) => r.code === code)?.label ?? 'No rating';
}
