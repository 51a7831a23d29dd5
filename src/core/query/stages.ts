import type { Framework } from '../framework/framework';
import type { CareerStage, RatingCode, RoleCode, StageColumn, StageCode } from '../framework/types';

/** The career stage of this name, or undefined. Matching ignores case and extra spaces. */
export function findCareerStage(framework: Framework, name: string): CareerStage | undefined {
  const wanted = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return framework.careerStages.find((cs) => cs.name.toLowerCase() === wanted);
}

export function stageColumn(framework: Framework, code: StageCode): StageColumn {
  const column = framework.teachersStandards.stages.find((s) => s.code === code);
  if (!column) throw new Error(`Unknown stage "${code}"`);
  return column;
}

/**
 * The stages a stage builds on, nearest first, following the preambles ("fulfil the statements for …"),
 * not the column order: LP and AHT-DHT each build on UPR, not on each other.
 */
export function earlierStages(framework: Framework, code: StageCode): StageCode[] {
  const order: StageCode[] = [];
  const queue: StageCode[] = [...stageColumn(framework, code).buildsOn].reverse();
  while (queue.length > 0) {
    const next = queue.shift() as StageCode;
    if (next === code || order.includes(next)) continue;
    order.push(next);
    queue.push(...[...stageColumn(framework, next).buildsOn].reverse());
  }
  // Present them in career order (earliest first), which is how a reviewer reads them.
  const columns = framework.teachersStandards.stages.map((s) => s.code);
  return order.sort((a, b) => columns.indexOf(a) - columns.indexOf(b));
}

/** Whether a descriptor of stage `cited` is fine in a document for stage `current` (the same stage, or one it builds on). */
export function stageIncludes(framework: Framework, current: StageCode, cited: StageCode): boolean {
  return current === cited || earlierStages(framework, current).includes(cited);
}

/** The stages that build directly on this one ("what comes next"), in column order. */
export function nextStages(framework: Framework, code: StageCode): StageCode[] {
  return framework.teachersStandards.stages.filter((s) => s.buildsOn.includes(code)).map((s) => s.code);
}

export function roleLabel(framework: Framework, role: RoleCode): string {
  const found = framework.careerExpectations.roles.find((r) => r.code === role);
  if (!found) throw new Error(`Unknown role "${role}"`);
  return found.label;
}

/** The official label of a rating, e.g. "Achieved expectations". */
export function ratingLabel(framework: Framework, rating: RatingCode): string {
  const found = framework.careerExpectations.ratings.find((r) => r.code === rating);
  if (!found) throw new Error(`Unknown rating "${rating}"`);
  return found.label;
}
