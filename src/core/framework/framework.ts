import {
  RATING_CODES,
  STAGE_CODES,
  type CareerExpectationsFile,
  type CareerStage,
  type CareerStagesFile,
  type EditionInfo,
  type RatingCode,
  type RoleCode,
  type StageCode,
  type TeachersStandardsFile,
} from './types';
import type { FrameworkProblem } from './validate';

export type DescriptorSource = 'teachers-standards' | 'career-expectations';

/** A descriptor with everything needed to place it: the flattened, indexed form of a bullet. */
export interface Descriptor {
  id: string;
  text: string;
  source: DescriptorSource;
  /** Sub-standard number, e.g. "2.1"; null for career expectations. */
  standard: string | null;
  /** Teachers' Standards stage column; null for career expectations. */
  stage: StageCode | null;
  /** Career expectations role; null for Teachers' Standards. */
  role: RoleCode | null;
  /** Rating; null for Teachers' Standards. */
  rating: RatingCode | null;
  /** 1-based route within a rating (the Headteacher's 'exceptional' has two); null for Teachers' Standards. */
  route: number | null;
  /** Position in source order across both documents. */
  order: number;
  retired: boolean;
}

/** The raw files of one edition, parsed but not yet checked. */
export interface FrameworkFiles {
  edition: unknown;
  teachersStandards: unknown;
  careerExpectations: unknown;
  careerStages: unknown;
  wording?: unknown;
}

/** The names the files have in an edition folder; used in problem reports. */
export const FRAMEWORK_FILE_NAMES: Record<keyof FrameworkFiles, string> = {
  edition: 'edition.json',
  teachersStandards: 'teachers-standards.json',
  careerExpectations: 'career-expectations.json',
  careerStages: 'career-stages.json',
  wording: 'wording.json',
};

/** A loaded, checked framework edition with its indexes. Immutable once built. */
export interface Framework {
  edition: EditionInfo;
  /** `id@version`, as recorded in documents. */
  editionKey: string;
  teachersStandards: TeachersStandardsFile;
  careerExpectations: CareerExpectationsFile;
  careerStages: readonly CareerStage[];
  /** Every descriptor of both documents, in source order. */
  descriptors: readonly Descriptor[];
  byId: ReadonlyMap<string, Descriptor>;
  /** The wording patterns file, when the edition has one (checked by the compose module). */
  wording: unknown;
}

export class FrameworkError extends Error {
  readonly problems: readonly FrameworkProblem[];
  constructor(problems: readonly FrameworkProblem[]) {
    const first = problems[0];
    super(
      problems.length === 1 && first
        ? `The framework is not valid: ${first.file}: ${first.path}: ${first.message}`
        : `The framework is not valid (${problems.length} problems). First: ${first ? `${first.file}: ${first.path}: ${first.message}` : 'unknown'}`,
    );
    this.name = 'FrameworkError';
    this.problems = problems;
  }
}

function flatten(ts: TeachersStandardsFile, cef: CareerExpectationsFile): Descriptor[] {
  const out: Descriptor[] = [];
  for (const standard of ts.standards) {
    for (const sub of standard.subStandards) {
      for (const stage of STAGE_CODES) {
        for (const entry of sub.cells[stage]) {
          out.push({
            id: entry.id,
            text: entry.text,
            source: 'teachers-standards',
            standard: sub.number,
            stage,
            role: null,
            rating: null,
            route: null,
            order: out.length,
            retired: entry.retired === true,
          });
        }
      }
    }
  }
  for (const role of cef.roles) {
    for (const rating of RATING_CODES) {
      role.ratings[rating].routes.forEach((route, index) => {
        for (const entry of route.descriptors) {
          out.push({
            id: entry.id,
            text: entry.text,
            source: 'career-expectations',
            standard: null,
            stage: null,
            role: role.code,
            rating,
            route: index + 1,
            order: out.length,
            retired: entry.retired === true,
          });
        }
      });
    }
  }
  return out;
}

/** Checks what the schema cannot: ids unique and in the right place, files of one edition, stages and roles that exist. */
function crossCheck(
  edition: EditionInfo,
  ts: TeachersStandardsFile,
  cef: CareerExpectationsFile,
  stages: CareerStagesFile,
): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const names = FRAMEWORK_FILE_NAMES;
  for (const [file, ref] of [
    [names.teachersStandards, ts.edition],
    [names.careerExpectations, cef.edition],
    [names.careerStages, stages.edition],
  ] as const) {
    if (ref.id !== edition.id || ref.version !== edition.version) {
      problems.push({
        file,
        path: '/edition',
        message: `belongs to edition ${ref.id}@${ref.version}, but edition.json is ${edition.id}@${edition.version}`,
      });
    }
  }
  const seen = new Map<string, string>();
  const note = (id: string, file: string, path: string) => {
    const earlier = seen.get(id);
    if (earlier) problems.push({ file, path, message: `duplicate descriptor id "${id}" (also at ${earlier})` });
    else seen.set(id, `${file} ${path}`);
  };
  const stageCodes = new Set(ts.stages.map((s) => s.code));
  ts.stages.forEach((stage, i) => {
    stage.buildsOn.forEach((code, j) => {
      if (!stageCodes.has(code) || code === stage.code) {
        problems.push({ file: names.teachersStandards, path: `/stages/${i}/buildsOn/${j}`, message: `"${code}" is not another stage` });
      }
    });
  });
  ts.standards.forEach((standard, si) => {
    standard.subStandards.forEach((sub, ui) => {
      if (!sub.number.startsWith(`${standard.number}.`)) {
        problems.push({
          file: names.teachersStandards,
          path: `/standards/${si}/subStandards/${ui}/number`,
          message: `sub-standard ${sub.number} is filed under Standard ${standard.number}`,
        });
      }
      for (const stage of STAGE_CODES) {
        sub.cells[stage].forEach((entry, k) => {
          const path = `/standards/${si}/subStandards/${ui}/cells/${stage}/${k}/id`;
          const prefix = `TS${sub.number}/${stage}/`;
          if (!entry.id.startsWith(prefix)) {
            problems.push({ file: names.teachersStandards, path, message: `id "${entry.id}" should start with "${prefix}" to match its cell` });
          }
          note(entry.id, names.teachersStandards, path);
        });
      }
    });
  });
  const ratingLabels = new Set(cef.ratings.map((r) => r.code));
  if (ratingLabels.size !== RATING_CODES.length) {
    problems.push({ file: names.careerExpectations, path: '/ratings', message: 'must name each of not-met, achieved and exceptional once' });
  }
  const roleCodes = new Set<RoleCode>();
  cef.roles.forEach((role, ri) => {
    if (roleCodes.has(role.code)) {
      problems.push({ file: names.careerExpectations, path: `/roles/${ri}/code`, message: `role "${role.code}" appears twice` });
    }
    roleCodes.add(role.code);
    for (const rating of RATING_CODES) {
      role.ratings[rating].routes.forEach((route, pi) => {
        route.descriptors.forEach((entry, k) => {
          const path = `/roles/${ri}/ratings/${rating}/routes/${pi}/descriptors/${k}/id`;
          const prefix = `CEF/${role.code}/${rating}/`;
          if (!entry.id.startsWith(prefix)) {
            problems.push({ file: names.careerExpectations, path, message: `id "${entry.id}" should start with "${prefix}" to match its role and rating` });
          }
          note(entry.id, names.careerExpectations, path);
        });
      });
    }
  });
  const careerNames = new Set<string>();
  stages.careerStages.forEach((cs, i) => {
    const path = `/careerStages/${i}`;
    if (careerNames.has(cs.name)) problems.push({ file: names.careerStages, path: `${path}/name`, message: `career stage "${cs.name}" appears twice` });
    careerNames.add(cs.name);
    if (cs.stage !== null && !stageCodes.has(cs.stage)) {
      problems.push({ file: names.careerStages, path: `${path}/stage`, message: `stage "${cs.stage}" is not in teachers-standards.json` });
    }
    if (!roleCodes.has(cs.role)) {
      problems.push({ file: names.careerStages, path: `${path}/role`, message: `role "${cs.role}" is not in career-expectations.json` });
    }
  });
  return problems;
}

/** An edition's files once they have passed the JSON Schema (see load.ts), or files checked at build time. */
export interface CheckedFrameworkFiles {
  edition: EditionInfo & { kind?: 'edition' };
  teachersStandards: TeachersStandardsFile;
  careerExpectations: CareerExpectationsFile;
  careerStages: CareerStagesFile;
  wording?: unknown;
}

/** How {@link buildFramework} treats its files. */
export interface BuildOptions {
  /**
   * The files were cross-checked when they were bundled (the web build runs the full check on the edition it bundles,
   * see `checkShippedEdition` in scripts/build-support.js), so the checks are not run again: in the preview page they
   * were 3–9 ms of the pane's opening, every time it opened.
   */
  crossChecked?: boolean;
}

/**
 * Cross-checks and indexes schema-valid files. Throws a {@link FrameworkError} on any problem; nothing is half-built.
 * This module has no JSON Schema validator in it, so the task pane can index its bundled, build-time-validated
 * edition without shipping ajv; untrusted files go through `loadFramework` in load.ts.
 */
export function buildFramework(files: CheckedFrameworkFiles, options: BuildOptions = {}): Framework {
  const { teachersStandards: ts, careerExpectations: cef, careerStages: stages } = files;
  const edition: EditionInfo = {
    id: files.edition.id,
    version: files.edition.version,
    title: files.edition.title,
    derivedFrom: files.edition.derivedFrom,
  };
  if (!options.crossChecked) {
    const semantic = crossCheck(edition, ts, cef, stages);
    if (semantic.length > 0) throw new FrameworkError(semantic);
  }
  const descriptors = flatten(ts, cef);
  return {
    edition,
    editionKey: `${edition.id}@${edition.version}`,
    teachersStandards: ts,
    careerExpectations: cef,
    careerStages: stages.careerStages,
    descriptors,
    byId: new Map(descriptors.map((d) => [d.id, d])),
    wording: files.wording,
  };
}
