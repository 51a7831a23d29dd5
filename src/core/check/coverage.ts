import type { Framework } from '../framework/framework';

/** How often one of the eight standards is cited. */
export interface StandardCoverage {
  /** "1" to "8". */
  standard: string;
  heading: string;
  /** Tagged descriptor blocks (`tsd:`) citing one of its descriptors. */
  descriptors: number;
  /** Objectives (`tso:`) citing one of its descriptors (each objective counted once per standard). */
  objectives: number;
}

export interface Coverage {
  standards: StandardCoverage[];
  /** Standards cited at least once, e.g. ["1", "2", "5"]. */
  cited: string[];
  /** Career expectations descriptors cited (`tsd:` blocks and objective ids). */
  careerExpectations: number;
}

/** Counts which standards the document's descriptor blocks and objectives cite. Unknown ids are skipped. */
export function coverageOf(framework: Framework, descriptorIds: readonly string[], objectives: readonly (readonly string[])[]): Coverage {
  const standards: StandardCoverage[] = framework.teachersStandards.standards.map((s) => ({
    standard: s.number,
    heading: s.heading,
    descriptors: 0,
    objectives: 0,
  }));
  const byNumber = new Map(standards.map((s) => [s.standard, s]));
  const major = (id: string) => framework.byId.get(id)?.standard?.split('.')[0];
  let careerExpectations = 0;
  for (const id of descriptorIds) {
    const entry = byNumber.get(major(id) ?? '');
    if (entry) entry.descriptors += 1;
    else if (framework.byId.get(id)?.source === 'career-expectations') careerExpectations += 1;
  }
  for (const ids of objectives) {
    for (const n of new Set(ids.map(major))) {
      const entry = byNumber.get(n ?? '');
      if (entry) entry.objectives += 1;
    }
    careerExpectations += ids.filter((id) => framework.byId.get(id)?.source === 'career-expectations').length;
  }
  return { standards, cited: standards.filter((s) => s.descriptors + s.objectives > 0).map((s) => s.standard), careerExpectations };
}
