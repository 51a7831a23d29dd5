import { FRAMEWORK_FILE_NAMES, type Framework } from '../framework/framework';
import { RATING_CODES, STAGE_CODES } from '../framework/types';
import type { FrameworkProblem } from '../framework/validate';
import { checkLineage, diffEditions, type LineageProblem } from './diff';

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

/** Every difference in descriptors between two editions (wording, added, retired, removed, reused). */
function differences(a: Framework, b: Framework): number {
  const d = diffEditions(a, b);
  return d.changed.length + d.added.length + d.retired.length + d.removed.length + d.reused.length;
}

/** A lineage problem placed at the descriptor's entry in `edition` (or, when it was removed, in `ancestor`). */
function placed(edition: Framework, ancestor: Framework, p: LineageProblem): FrameworkProblem {
  if (!p.id) return { file: FRAMEWORK_FILE_NAMES.edition, path: '/derivedFrom', message: p.message };
  const here = descriptorLocation(edition, p.id);
  if (here) return { file: here.file, path: here.path, message: p.message };
  const before = descriptorLocation(ancestor, p.id);
  return {
    file: before?.file ?? FRAMEWORK_FILE_NAMES.edition,
    path: before?.path ?? '/',
    message: `${p.message} (${ancestor.editionKey} has it at this path in its ${before?.file ?? 'files'})`,
  };
}

/**
 * The one lineage and validity check, shared by `validate`, `edition diff`, `check --framework`, `check --editions`,
 * the build and the pane's draft editions. `known` are the other editions available (the bundled one always; editions
 * given with --editions; a parent folder named on the command line). Problems have a file and JSON path, like the
 * schema's; callers that read folders put the folder in front of the file.
 *
 * - An edition with the `id@version` of a known edition must be that edition, word for word: documents record the
 *   edition they were written under by `id@version`, and are checked against it later.
 * - `derivedFrom` is followed through every ancestor that is known (a loop is a problem). Against each, no id may be
 *   removed (retire it instead), moved, or reused after it was retired, so every document written under any
 *   ancestor can still be checked. A problem found against several ancestors is reported once, for the nearest.
 * - An ancestor that is not known is a problem: without it the lineage cannot be followed, and an id it retired could
 *   be reused unseen. The command line takes it with --editions, the build with STANDARDS_EDITIONS.
 */
export function editionProblems(edition: Framework, known: Iterable<Framework>): FrameworkProblem[] {
  const byKey = new Map<string, Framework>();
  for (const f of known) if (f !== edition && !byKey.has(f.editionKey)) byKey.set(f.editionKey, f);
  const problems: FrameworkProblem[] = [];
  const same = byKey.get(edition.editionKey);
  if (same) {
    const changes = differences(same, edition);
    if (changes > 0) {
      problems.push({
        file: FRAMEWORK_FILE_NAMES.edition,
        path: '/id',
        message: `has the id and version of ${same.editionKey}, an edition already in use, but ${changes} descriptor${changes === 1 ? ' differs' : 's differ'}; give the changed edition a new version (or its own id) and set "derivedFrom": "${same.editionKey}"`,
      });
    }
  }
  const seenIds = new Set<string>();
  const chain = [edition.editionKey];
  let next = edition.edition.derivedFrom;
  while (next) {
    if (chain.includes(next)) {
      problems.push({ file: FRAMEWORK_FILE_NAMES.edition, path: '/derivedFrom', message: `derivedFrom goes round in a loop: ${[...chain, next].join(' → ')}` });
      break;
    }
    const ancestor = byKey.get(next);
    if (!ancestor) {
      problems.push({
        file: FRAMEWORK_FILE_NAMES.edition,
        path: '/derivedFrom',
        message: `${chain.length === 1 ? 'derivedFrom names' : `its ancestor ${chain[chain.length - 1]} derives from`} ${next}, which is not available here, so the lineage cannot be checked (an id ${next} retired could be reused unseen); make the edition ${next} available too (--editions on the command line, STANDARDS_EDITIONS for the build)`,
      });
      break;
    }
    for (const p of checkLineage(ancestor, edition)) {
      if (!p.id || seenIds.has(p.id)) continue;
      seenIds.add(p.id);
      problems.push(placed(edition, ancestor, { ...p, message: `${p.message} (${ancestor.editionKey} is ${chain.length === 1 ? 'its parent' : 'an ancestor'})` }));
    }
    chain.push(next);
    next = ancestor.edition.derivedFrom;
  }
  return problems;
}
