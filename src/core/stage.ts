/**
 * The review's career stage, resolved in one place for the pane and the checker, with one vocabulary for where it came
 * from:
 * - `chosen`: the user chose it in the pane (the checker is given it as an option);
 * - `property`: the document's `CareerStage` custom document property;
 * - `settings`: the add-in's document settings, where Word 2016 (WordApi 1.1, no custom properties) keeps it;
 * - `detected`: found in the document's text ("Career stage: Main pay range", "UPR 2", …).
 *
 * The stage the document records comes first (the pane records the user's choice at once), then a choice not yet
 * recorded (the checker is given the pane's), then the text. A recorded name the edition does not know is passed over
 * (and reported as `unknownName`), so a choice or the text can still give the stage.
 */
import { detectCareerStage } from './detect/career-stage';
import type { Framework } from './framework/framework';
import type { CareerStage } from './framework/types';
import { findCareerStage } from './query/stages';

/** The custom document property that holds the career stage (and the add-in setting that stands in for it). */
export const CAREER_STAGE_PROPERTY = 'CareerStage';

export type CareerStageSource = 'chosen' | 'property' | 'settings' | 'detected';

export interface ResolvedCareerStage {
  careerStage: CareerStage;
  source: CareerStageSource;
  /** For a detected stage: the words that gave it away, as they stand in the document. */
  evidence?: string;
}

export interface CareerStageInputs {
  /** A career stage name the user chose. */
  chosen?: string | null;
  /** The name the document records, and where. */
  recorded?: { name: string; source: 'property' | 'settings' } | null;
  /** The document's text, to detect the stage in; leave it out to resolve from the choice and the record only. */
  text?: string;
}

export interface CareerStageResolution {
  resolved: ResolvedCareerStage | null;
  /** A recorded name (trimmed) that is not a career stage in this edition; null when there is none. */
  unknownName: string | null;
}

/** Resolves the career stage from what is known: the recorded stage, then the user's choice, then the text. */
export function resolveCareerStage(framework: Framework, inputs: CareerStageInputs): CareerStageResolution {
  const chosen = inputs.chosen ? findCareerStage(framework, inputs.chosen) : undefined;
  const recordedName = inputs.recorded?.name.trim() || null;
  const recorded = recordedName ? findCareerStage(framework, recordedName) : undefined;
  const unknownName = recordedName && !recorded ? recordedName : null;
  if (recorded && inputs.recorded) return { resolved: { careerStage: recorded, source: inputs.recorded.source }, unknownName };
  if (chosen) return { resolved: { careerStage: chosen, source: 'chosen' }, unknownName };
  const detected = inputs.text !== undefined ? detectCareerStage(framework, inputs.text) : null;
  if (detected) return { resolved: { careerStage: detected.careerStage, source: 'detected', evidence: detected.evidence }, unknownName };
  return { resolved: null, unknownName };
}
