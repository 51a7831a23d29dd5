import { FRAMEWORK_FILE_NAMES, type Framework } from '../framework/framework';
import { RATING_CODES, STAGE_CODES } from '../framework/types';
import type { FrameworkProblem } from '../framework/validate';
import { checkLineage, diffEditions } from './diff';

/** Where a descriptor sits in an edition's files: the file and the JSON path of its entry. */
export function descriptorLocation(framework: Framework, id: string): { file: string; path: string } | null {
  const ts = framework.teachersStandards;
  for (const [si, standard] of ts.standards.entries()) {
    for (const [ui, sub] of standard.subStandards.entries()) {
      for (const stage of STAGE_CODES) {
        const k = sub.cells[stage].findIndex((e) => e.id === id);
        if (k >= 0) return { file: FRAMEWORK_FILE_NAMES.teachersStandards, path: `/standards/${si}/subStandards/${ui}/cells/${stage}/${k}` };
      }
    }
  }
  for (const [ri, role] of framework.careerExpectations.roles.entries()) {
    for (const rating of RATING_CODES) {
      for (const [pi, route] of role.ratings[rating].routes.entries()) {
        const k = route.descriptors.findIndex((e) => e.id === id);
        if (k >= 0) return { file: FRAMEWORK_FILE_NAMES.careerExpectations, path: `/roles/${ri}/ratings/${rating}/routes/${pi}/descriptors/${k}` };
      }
    }
  }
  return null;
}

/**
 * What is wrong with `next` as an edition related to `base` (the edition shipped with the add-in), as problems
 * with a file and JSON path, like the schema's:
 *
 * - derived from `base` (`derivedFrom` is base's `id@version`): the lineage rules (ids retired, never removed,
 *   moved or reused);
 * - calling itself `base` (the same `id@version`) but worded differently: not allowed, because documents record the
 *   edition by `id@version` and could then no longer be checked;
 * - anything else (an unrelated edition, or one derived from another school edition): nothing to compare.
 */
export function problemsAgainstBase(base: Framework, next: Framework): FrameworkProblem[] {
  if (next.editionKey === base.editionKey) {
    const diff = diffEditions(base, next);
    const changes = diff.changed.length + diff.added.length + diff.retired.length + diff.removed.length;
    if (changes === 0) return [];
    return [
      {
        file: FRAMEWORK_FILE_NAMES.edition,
        path: '/id',
        message: `has the id and version of the bundled edition (${base.editionKey}) but ${changes} descriptor${changes === 1 ? ' differs' : 's differ'}; give the edition its own id or version and set "derivedFrom": "${base.editionKey}"`,
      },
    ];
  }
  if (next.edition.derivedFrom !== base.editionKey) return [];
  return checkLineage(base, next).map((p): FrameworkProblem => {
    if (!p.id) return { file: FRAMEWORK_FILE_NAMES.edition, path: '/derivedFrom', message: p.message };
    const here = descriptorLocation(next, p.id);
    if (here) return { file: here.file, path: here.path, message: p.message };
    const before = descriptorLocation(base, p.id);
    return {
      file: before?.file ?? FRAMEWORK_FILE_NAMES.edition,
      path: before?.path ?? '/',
      message: `${p.message} (${base.editionKey} has it at this path)`,
    };
  });
}
