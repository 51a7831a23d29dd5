/**
 * What every checker rule reads, and the helpers they share. A rule is a function from this context (and, for the
 * rules about one tagged block, that block) to findings; it never changes the context.
 */
import bundledWording from '../../../../framework-data/wording.json';
import { fillTemplate } from '../../compose/template';
import { wordingOf } from '../../compose/wording';
import type { Framework } from '../../framework/framework';
import type { RoleCode, StageCode } from '../../framework/types';
import { roleLabel, stageColumn } from '../../query/stages';
import type { CareerStageSource } from '../../stage';
import type { ParsedTag } from '../../tags';
import type { Finding, FindingKind, Severity } from '../findings';
import type { MatchThresholds } from '../matcher';
import type { CheckDocument } from '../model';
import type { StatedRating } from '../ratings';

/** The career stage a review was checked for. */
export interface CheckedCareerStage {
  name: string;
  stage: StageCode | null;
  role: RoleCode;
  /** Where it came from, in core/stage.ts's words (the checker sees `property`, `chosen` or `detected`). */
  source: CareerStageSource;
  /** For a detected stage, the words that gave it away. */
  evidence?: string;
}

/** A content control with one of this add-in's tags (placeholders left out). */
export interface TaggedInfo {
  /** Its index in the model's blocks. */
  index: number;
  /** The paragraph it starts (null for an inline control that covers none). */
  paragraph: number | null;
  parsed: Exclude<ParsedTag, { kind: 'other' }>;
  tag: string;
  text: string;
}

export type FindingMessages = (typeof bundledWording)['findings'];

export interface RuleContext {
  framework: Framework;
  doc: CheckDocument;
  stage: CheckedCareerStage | null;
  /** The edition's finding messages (the bundled ones when its wording has none). */
  messages: FindingMessages;
  /** This add-in's tagged blocks, in document order. */
  tagged: TaggedInfo[];
  /** Overall ratings the document states ("Overall rating: …"), inside rationales too. */
  stated: StatedRating[];
  thresholds: MatchThresholds;
}

/** The edition's finding messages, or the bundled ones where its wording file has none. */
export function findingMessages(framework: Framework): FindingMessages {
  return (wordingOf(framework) as { findings?: FindingMessages }).findings ?? bundledWording.findings;
}

/** A message from the edition's wording, with its placeholders filled. */
/**
 * "a" or "an" as the name is said: initialisms by the sound of their first letter ("an MPR", "an ECT 1", "a UPR 1"),
 * words by their first letter ("an Assistant/Deputy Head", "a Leading Practitioner").
 */
export function withArticle(name: string): string {
  const initialism = /^[A-Z]{2,}\b/.test(name);
  const vowelSound = initialism ? /^[AEFHILMNORSX]/.test(name) : /^[aeio]/i.test(name);
  return `${vowelSound ? 'an' : 'a'} ${name}`;
}

export function say(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return fillTemplate(template, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])));
}

/** One finding. `paragraph` and `block` say where it is; `excerpt` is used as given (shorten it with excerptOf). */
export function finding(
  kind: FindingKind,
  severity: Severity,
  message: string,
  at: { paragraph: number | null; block: number | null },
  about: { id?: string | null; excerpt?: string } & Pick<Finding, 'diff' | 'similarity'> = {},
): Finding {
  const { id = null, excerpt = '', ...rest } = about;
  return { kind, severity, message, location: { paragraph: at.paragraph, block: at.block }, id, excerpt, ...rest };
}

/** Where a tagged block is. */
export function at(b: TaggedInfo): { paragraph: number | null; block: number } {
  return { paragraph: b.paragraph, block: b.index };
}

/** "a, b and c", in the edition's English. */
export function listNames(framework: Framework, names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  const english = wordingOf(framework).english;
  return `${names.slice(0, -1).join(english.listSeparator)} ${english.conjunction} ${names[names.length - 1]}`;
}

export function stageName(framework: Framework, code: StageCode): string {
  return stageColumn(framework, code).label;
}

/** "UPR 1 (Upper pay range)", or just the name when it is the role's label. */
export function withRole(framework: Framework, stage: CheckedCareerStage): string {
  const role = roleLabel(framework, stage.role);
  return role.toLowerCase() === stage.name.toLowerCase() ? stage.name : `${stage.name} (${role})`;
}
