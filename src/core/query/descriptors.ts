import type { Descriptor, Framework } from '../framework/framework';
import { RATING_CODES, type RatingCode, type RoleCode, type StageCode, type SubStandard } from '../framework/types';
import { earlierStages, nextStages } from './stages';

/** A sub-standard with the descriptors of one stage. */
export interface SubStandardView {
  number: string;
  title: string;
  descriptors: Descriptor[];
}

/** A standard with its sub-standards, for one stage. */
export interface StandardView {
  number: string;
  heading: string;
  /** This standard's preamble for the stage, e.g. "With support:". */
  preamble: string;
  subStandards: SubStandardView[];
}

/** Looks a descriptor up by its stable id. */
export function descriptorById(framework: Framework, id: string): Descriptor | undefined {
  return framework.byId.get(id);
}

function cellDescriptors(framework: Framework, sub: SubStandard, stage: StageCode, includeRetired: boolean): Descriptor[] {
  const out: Descriptor[] = [];
  for (const entry of sub.cells[stage]) {
    const d = framework.byId.get(entry.id);
    if (d && (includeRetired || !d.retired)) out.push(d);
  }
  return out;
}

/** The stage's own descriptors, standard by standard, in source order. Retired descriptors are left out unless asked for. */
export function descriptorsForStage(framework: Framework, stage: StageCode, options: { includeRetired?: boolean } = {}): StandardView[] {
  return framework.teachersStandards.standards.map((standard) => ({
    number: standard.number,
    heading: standard.heading,
    preamble: standard.preambles[stage],
    subStandards: standard.subStandards.map((sub) => ({
      number: sub.number,
      title: sub.title,
      descriptors: cellDescriptors(framework, sub, stage, options.includeRetired === true),
    })),
  }));
}

/** One earlier stage's statements for a sub-standard, under that stage's preamble. */
export interface InheritedGroup {
  stage: StageCode;
  preamble: string;
  descriptors: Descriptor[];
}

export interface CumulativeSubStandard extends SubStandardView {
  /** The stage's own statements are `descriptors`; these are the ones it builds on, earliest stage first. */
  inherited: InheritedGroup[];
}

export interface CumulativeStandard extends Omit<StandardView, 'subStandards'> {
  subStandards: CumulativeSubStandard[];
}

/** The cumulative view: a stage's own statements plus everything it builds on, grouped by the earlier stage. */
export function cumulativeForStage(framework: Framework, stage: StageCode): CumulativeStandard[] {
  const earlier = earlierStages(framework, stage);
  return framework.teachersStandards.standards.map((standard) => ({
    number: standard.number,
    heading: standard.heading,
    preamble: standard.preambles[stage],
    subStandards: standard.subStandards.map((sub) => ({
      number: sub.number,
      title: sub.title,
      descriptors: cellDescriptors(framework, sub, stage, false),
      inherited: earlier.map((code) => ({
        stage: code,
        preamble: standard.preambles[code],
        descriptors: cellDescriptors(framework, sub, code, false),
      })),
    })),
  }));
}

/** What the next stage(s) add for each sub-standard. Empty when the stage is the last on its path. */
export function nextStageAdditions(framework: Framework, stage: StageCode): { stage: StageCode; standards: StandardView[] }[] {
  return nextStages(framework, stage).map((next) => ({ stage: next, standards: descriptorsForStage(framework, next) }));
}

/** A route to a rating: its lead-in line and its descriptors. */
export interface RatingRouteView {
  route: number;
  intro: string | null;
  descriptors: Descriptor[];
}

export interface RatingView {
  rating: RatingCode;
  label: string;
  routes: RatingRouteView[];
  note: string | null;
}

/** A role's descriptors for one rating, route by route. */
export function ratingForRole(framework: Framework, role: RoleCode, rating: RatingCode): RatingView {
  const found = framework.careerExpectations.roles.find((r) => r.code === role);
  if (!found) throw new Error(`Unknown role "${role}"`);
  const block = found.ratings[rating];
  const label = framework.careerExpectations.ratings.find((r) => r.code === rating)?.label ?? rating;
  return {
    rating,
    label,
    note: block.note ?? null,
    routes: block.routes.map((route, i) => ({
      route: i + 1,
      intro: route.intro ?? null,
      descriptors: route.descriptors.map((e) => framework.byId.get(e.id)).filter((d): d is Descriptor => d !== undefined && !d.retired),
    })),
  };
}

/** All three ratings for a role, in the framework's order. */
export function ratingsForRole(framework: Framework, role: RoleCode): RatingView[] {
  return RATING_CODES.map((rating) => ratingForRole(framework, role, rating));
}
