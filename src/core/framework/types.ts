/**
 * The shapes of the framework data in `framework-data/`.
 * Plain TypeScript: no Office, DOM or React here.
 */

/** Codes of the seven Teachers' Standards stage columns. */
export type StageCode = 'ECT1' | 'ECT2' | 'MPR' | 'UPR1' | 'UPR2-3' | 'LP' | 'AHT-DHT';
/** Codes of the nine career expectations roles. */
export type RoleCode = 'ECT' | 'MPR' | 'MPR-TLR' | 'UPR' | 'UPR-TLR' | 'LP' | 'AHT-DHT' | 'HOS' | 'HT';
/** Codes of the three ratings. */
export type RatingCode = 'not-met' | 'achieved' | 'exceptional';

export const STAGE_CODES: readonly StageCode[] = ['ECT1', 'ECT2', 'MPR', 'UPR1', 'UPR2-3', 'LP', 'AHT-DHT'];
export const ROLE_CODES: readonly RoleCode[] = ['ECT', 'MPR', 'MPR-TLR', 'UPR', 'UPR-TLR', 'LP', 'AHT-DHT', 'HOS', 'HT'];
export const RATING_CODES: readonly RatingCode[] = ['not-met', 'achieved', 'exceptional'];

/** One bullet of either guidance document, worded exactly as the source. */
export interface DescriptorEntry {
  /** Stable id, e.g. `TS2.1/MPR/2` or `CEF/UPR-TLR/achieved/4`. Never reused. */
  id: string;
  text: string;
  /** Set by a school edition that withdraws a descriptor; the id is kept and never reused. */
  retired?: boolean;
}

/** Which edition of the framework a set of files belongs to. */
export interface EditionInfo {
  id: string;
  version: string;
  title: string;
  /** `id@version` of the edition this one was derived from, or null for an original. */
  derivedFrom: string | null;
}

export interface StageColumn {
  code: StageCode;
  /** Column heading as the source writes it, e.g. "ECT 1", "Assistant/Deputy Head". */
  label: string;
  /** Stages this one builds on directly, following the preambles (not the column order). */
  buildsOn: StageCode[];
}

export interface SubStandard {
  /** e.g. "2.1" */
  number: string;
  /** Full title, without the "Standard 2.1:" label. */
  title: string;
  /** Descriptor bullets per stage, in source order. An empty array is an empty cell in the source. */
  cells: Record<StageCode, DescriptorEntry[]>;
}

export interface Standard {
  /** "1" to "8" */
  number: string;
  /** Heading as the source words it, without the "Standard 1:" label. */
  heading: string;
  /** Each stage's preamble as it stands in this standard's table ("With support:", ...). */
  preambles: Record<StageCode, string>;
  subStandards: SubStandard[];
}

export interface TeachersStandardsFile {
  kind: 'teachers-standards';
  edition: { id: string; version: string };
  title: string;
  stages: StageColumn[];
  standards: Standard[];
}

/** One way to reach a rating. Every rating has one, except the Headteacher's 'exceptional', which has two. */
export interface RatingRoute {
  /** Lead-in line above the bullets, e.g. "Meets Achieved expectations plus:". */
  intro?: string;
  descriptors: DescriptorEntry[];
}

export interface RoleRating {
  routes: RatingRoute[];
  /** Guidance paragraph under the bullets (the support and HR note under 'not meeting'). */
  note?: string;
}

export interface Role {
  code: RoleCode;
  /** Heading as the source words it, e.g. "Main pay range with TLR". */
  label: string;
  ratings: Record<RatingCode, RoleRating>;
}

export interface RatingLabel {
  code: RatingCode;
  /** The official label, e.g. "Achieved expectations". */
  label: string;
}

export interface CareerExpectationsFile {
  kind: 'career-expectations';
  edition: { id: string; version: string };
  title: string;
  ratings: RatingLabel[];
  roles: Role[];
}

/** A career stage as a reviewer picks it, mapped onto both documents. */
export interface CareerStage {
  /** The name saved in the document's `CareerStage` property, e.g. "Main pay range with TLR". */
  name: string;
  /** Teachers' Standards column, or null where the standards document has none (Head of school, Headteacher). */
  stage: StageCode | null;
  role: RoleCode;
}

export interface CareerStagesFile {
  kind: 'career-stages';
  edition: { id: string; version: string };
  careerStages: CareerStage[];
}
