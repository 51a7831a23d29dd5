/**
 * The consistency checker: reads a document model (see model.ts) and reports findings for HR.
 *
 *   const result = checkDocument(framework, doc);
 *   result.findings  // what to look at, in document order
 *   result.coverage  // which of the eight standards the objectives and descriptors cite
 *
 * Pure and synchronous; it never changes the document. The Word adapter and the CLI's .docx reader both feed it.
 */
import { descriptorReference } from '../compose/reference';
import { wordingOf } from '../compose/wording';
import { detectCareerStage } from '../detect/career-stage';
import type { Descriptor, Framework } from '../framework/framework';
import { RATING_CODES, ROLE_CODES, type CareerStage, type RatingCode, type RoleCode, type StageCode } from '../framework/types';
import { earlierStages, findCareerStage, ratingLabel, roleLabel, stageColumn, stageIncludes } from '../query/stages';
import { wordDiff } from '../text/diff';
import { coverageOf, type Coverage } from './coverage';
import { excerptOf, type Finding } from './findings';
import { DEFAULT_THRESHOLDS, descriptorIndex, exactKey, type DescriptorMatch, type MatchThresholds } from './matcher';
import { CAREER_STAGE_PROPERTY, type CheckDocument } from './model';
import { statedRatings, suggestRating } from './ratings';
import { parseTag, type ParsedTag } from '../tags';

export interface CheckedCareerStage {
  name: string;
  stage: StageCode | null;
  role: RoleCode;
  /** `property`: the CareerStage document property; `detected`: found in the text; `option`: given by the caller. */
  source: 'property' | 'detected' | 'option';
  /** For a detected stage, the words that gave it away. */
  evidence?: string;
}

export interface CheckResult {
  /** The framework edition checked against, `id@version`. */
  edition: string;
  careerStage: CheckedCareerStage | null;
  /** In document order. */
  findings: Finding[];
  coverage: Coverage;
}

export interface CheckOptions {
  /** A career stage name to use instead of the document's (e.g. chosen in the pane). */
  careerStage?: string;
  thresholds?: MatchThresholds;
}

interface Context {
  framework: Framework;
  doc: CheckDocument;
  stage: CheckedCareerStage | null;
  findings: Finding[];
}

const where = (paragraph: number | null, block: number | null) => ({ paragraph, block });

function quote(text: string): string {
  return `“${text}”`;
}

function stageName(framework: Framework, code: StageCode): string {
  return stageColumn(framework, code).label;
}

/** "UPR 1 (Upper pay range)", or just the name when it is the role's label. */
function withRole(framework: Framework, stage: CheckedCareerStage): string {
  const role = roleLabel(framework, stage.role);
  return role.toLowerCase() === stage.name.toLowerCase() ? stage.name : `${stage.name} (${role})`;
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The career stage: the option, else the CareerStage property, else the text. Reports `missing-stage` as needed. */
function resolveStage(framework: Framework, doc: CheckDocument, options: CheckOptions, findings: Finding[]): CheckedCareerStage | null {
  const from = (cs: CareerStage, source: CheckedCareerStage['source'], evidence?: string): CheckedCareerStage => ({
    name: cs.name,
    stage: cs.stage,
    role: cs.role,
    source,
    ...(evidence !== undefined ? { evidence } : {}),
  });
  if (options.careerStage) {
    const cs = findCareerStage(framework, options.careerStage);
    if (cs) return from(cs, 'option');
  }
  const property = doc.properties[CAREER_STAGE_PROPERTY]?.trim();
  if (property) {
    const cs = findCareerStage(framework, property);
    if (cs) return from(cs, 'property');
  }
  const detected = detectCareerStage(framework, doc.paragraphs.map((p) => p.text).join('\n'));
  const unknownProperty = property
    ? `The CareerStage property says ${quote(property)}, which is not a career stage in ${framework.edition.title}.`
    : 'The document has no CareerStage property.';
  if (detected) {
    findings.push({
      kind: 'missing-stage',
      severity: property ? 'warning' : 'info',
      message: `${unknownProperty} The text names ${quote(detected.evidence)}, so the review was checked as ${detected.careerStage.name}. Set the career stage in the pane to record it.`,
      location: where(null, null),
      id: null,
      excerpt: detected.evidence,
    });
    return from(detected.careerStage, 'detected', detected.evidence);
  }
  findings.push({
    kind: 'missing-stage',
    severity: 'warning',
    message: `${unknownProperty} Its text does not name one either, so descriptors could not be checked against a stage. Set the career stage in the pane.`,
    location: where(null, null),
    id: null,
    excerpt: property ?? '',
  });
  return null;
}

const REFERENCE_LIKE = /\s*\((?:[^()]*\b(?:standards?|expectations|framework)\b[^()]*)\)\s*$/i;

/** A descriptor block's text without the reference that follows the descriptor. */
/** A descriptor block's text without its reference suffix ("(Teachers' Standard 2.1, MPR)"). */
export function withoutReference(framework: Framework, d: Descriptor, text: string): string {
  const trimmed = text.trim();
  const reference = exactKey(descriptorReference(framework, d));
  const folded = exactKey(trimmed);
  if (folded.endsWith(reference)) {
    // Cut the same number of words from the original text as the reference has.
    const words = trimmed.split(/\s+/);
    return words.slice(0, words.length - reference.split(' ').length).join(' ');
  }
  return trimmed.replace(REFERENCE_LIKE, '');
}

/** `stage-mismatch` for one cited descriptor, when the document's stage does not include it. */
function checkStage(ctx: Context, d: Descriptor, paragraph: number | null, block: number, what: string): void {
  const { framework, stage } = ctx;
  if (!stage) return;
  if (d.stage !== null) {
    // Head of school and headteacher have no Teachers' Standards column, so any stage's descriptor may be chosen.
    if (stage.stage === null || stageIncludes(framework, stage.stage, d.stage)) return;
    const allowed = [stage.stage, ...earlierStages(framework, stage.stage)].map((c) => stageName(framework, c));
    ctx.findings.push({
      kind: 'stage-mismatch',
      severity: 'warning',
      message: `${what} ${d.id} is a ${stageName(framework, d.stage)} descriptor, but this review is for ${stage.name}, which covers ${listNames(allowed)}.`,
      location: where(paragraph, block),
      id: d.id,
      excerpt: excerptOf(d.text),
    });
  } else if (d.role !== null && d.role !== stage.role) {
    ctx.findings.push({
      kind: 'stage-mismatch',
      severity: 'warning',
      message: `${what} ${d.id} is from the career expectations for ${roleLabel(framework, d.role)}, but this review is for ${withRole(framework, stage)}.`,
      location: where(paragraph, block),
      id: d.id,
      excerpt: excerptOf(d.text),
    });
  }
}

function unknownId(ctx: Context, id: string, paragraph: number | null, block: number, what: string): Descriptor | null {
  const d = ctx.framework.byId.get(id);
  if (!d) {
    ctx.findings.push({
      kind: 'unknown-descriptor',
      severity: 'error',
      message: `${what} cites ${quote(id)}, which is not a descriptor in this framework edition (${ctx.framework.editionKey}).`,
      location: where(paragraph, block),
      id,
      excerpt: '',
    });
    return null;
  }
  if (d.retired) {
    ctx.findings.push({
      kind: 'unknown-descriptor',
      severity: 'warning',
      message: `${what} cites ${d.id}, which has been retired in ${ctx.framework.edition.title}.`,
      location: where(paragraph, block),
      id: d.id,
      excerpt: excerptOf(d.text),
    });
  }
  return d;
}

interface TaggedInfo {
  index: number;
  paragraph: number | null;
  parsed: ParsedTag;
  text: string;
}

function checkDescriptorBlock(ctx: Context, b: TaggedInfo, id: string): string | null {
  const d = unknownId(ctx, id, b.paragraph, b.index, 'A descriptor block');
  if (!d) return null;
  const found = withoutReference(ctx.framework, d, b.text);
  if (exactKey(found) !== exactKey(d.text)) {
    ctx.findings.push({
      kind: 'edited-descriptor',
      severity: 'warning',
      message:
        found === ''
          ? `The text of descriptor ${d.id} has been deleted, but its block is still in the document.`
          : `Descriptor ${d.id} has been edited: it no longer reads as in the framework. Re-insert it from the pane, or remove the block if the change was meant.`,
      location: where(b.paragraph, b.index),
      id: d.id,
      excerpt: excerptOf(found),
      diff: wordDiff(d.text, found),
    });
  }
  checkStage(ctx, d, b.paragraph, b.index, 'Descriptor');
  return d.id;
}

function checkObjective(ctx: Context, b: TaggedInfo, ids: readonly string[], missing: number): string[] {
  const known: string[] = [];
  for (const id of ids) {
    const d = unknownId(ctx, id, b.paragraph, b.index, 'An objective');
    if (!d) continue;
    known.push(d.id);
    checkStage(ctx, d, b.paragraph, b.index, 'An objective cites');
  }
  if (missing > 0) {
    ctx.findings.push({
      kind: 'unknown-descriptor',
      severity: 'warning',
      message: `An objective cites ${ids.length + missing} descriptors, but the ids of ${missing} of them are no longer in its title (was the title edited?), so they could not be checked.`,
      location: where(b.paragraph, b.index),
      id: null,
      excerpt: excerptOf(b.text),
    });
  }
  return known;
}

function isRole(role: string): role is RoleCode {
  return (ROLE_CODES as readonly string[]).includes(role);
}
function isRating(rating: string): rating is RatingCode {
  return (RATING_CODES as readonly string[]).includes(rating);
}

/** The rating a rationale block states, and the checks between its tag, its text and the document's stage. */
function checkRationale(ctx: Context, b: TaggedInfo, role: string, rating: string): RatingCode | null {
  const { framework } = ctx;
  const roleOk = isRole(role) && framework.careerExpectations.roles.some((r) => r.code === role);
  const ratingOk = isRating(rating);
  if (!roleOk || !ratingOk) {
    const what = [!roleOk ? `the role ${quote(role)}` : '', !ratingOk ? `the rating ${quote(rating)}` : ''].filter(Boolean).join(' and ');
    ctx.findings.push({
      kind: 'unknown-descriptor',
      severity: 'error',
      message: `A rating rationale is tagged with ${what}, which ${!roleOk && !ratingOk ? 'are' : 'is'} not in ${framework.edition.title}.`,
      location: where(b.paragraph, b.index),
      id: null,
      excerpt: excerptOf(b.text),
    });
  }
  if (roleOk && ctx.stage && role !== ctx.stage.role) {
    ctx.findings.push({
      kind: 'rating-rule',
      severity: 'warning',
      message: `The rating rationale is for ${roleLabel(framework, role)}, but this review is for ${withRole(framework, ctx.stage)}.`,
      location: where(b.paragraph, b.index),
      id: null,
      excerpt: excerptOf(b.text),
    });
  }
  if (!ratingOk) return null;
  const stated = statedRatings(framework, b.text.split('\n').map((text) => ({ text })));
  for (const s of stated) {
    if (s.rating !== null && s.rating !== rating) {
      ctx.findings.push({
        kind: 'rating-rule',
        severity: 'warning',
        message: `The rating rationale was written for ${ratingLabel(framework, rating)}, but its text now says ${quote(s.value)}.`,
        location: where(b.paragraph, b.index),
        id: null,
        excerpt: excerptOf(b.text),
      });
    }
    const named = s.careerStage ? findCareerStage(framework, s.careerStage) : undefined;
    if (named && ctx.stage && named.name !== ctx.stage.name) {
      ctx.findings.push({
        kind: 'rating-rule',
        severity: 'warning',
        message: `The rating rationale names ${named.name} as the career stage, but this review is for ${ctx.stage.name}.`,
        location: where(b.paragraph, b.index),
        id: null,
        excerpt: excerptOf(b.text),
      });
    }
  }
  return rating;
}

/** Where in a rationale the composer confirms achieved-level descriptors: "For Achieved expectations, …". */
function confirmsAchieved(framework: Framework, text: string): boolean {
  const pattern = wordingOf(framework).rationale.levelFindings;
  const lead = pattern.slice(0, pattern.indexOf('{level}') + '{level}'.length).replace('{level}', ratingLabel(framework, 'achieved'));
  return exactKey(text).toLowerCase().includes(exactKey(lead).toLowerCase());
}

function checkPasted(ctx: Context, project: ReadonlySet<number>, thresholds: MatchThresholds): void {
  const { framework, doc, stage } = ctx;
  const index = descriptorIndex(framework);
  // Among descriptors with the same text, name the document's own stage first, then a stage it builds on.
  const rank = (d: Descriptor) => {
    if (stage === null) return 0;
    if (d.stage !== null) return d.stage === stage.stage ? 0 : stage.stage !== null && stageIncludes(framework, stage.stage, d.stage) ? 1 : 2;
    return d.role === stage.role ? 0 : 2;
  };
  const inline = new Map<number, string[]>();
  doc.blocks.forEach((b, i) => {
    if (b.level === 'inline' && project.has(i)) inline.set(b.paragraphs.start, [...(inline.get(b.paragraphs.start) ?? []), b.text]);
  });
  doc.paragraphs.forEach((p, pi) => {
    if (p.blocks.some((bi) => project.has(bi))) return;
    let text = p.text;
    for (const t of inline.get(pi) ?? []) text = text.replace(t, ' ');
    text = text.replace(/^\s*(?:[•·▪◦‣\-–*]|\d+[.)]|[a-z][.)])\s+/, '').replace(REFERENCE_LIKE, '');
    const sentences = text.split(/\n|(?<=[.!?;])\s+(?=[A-Z‘“'"(])/);
    const segments = sentences.length > 1 ? [text, ...sentences] : [text];
    // Per descriptor text, keep the best match: an identical sentence beats a near-match of the whole paragraph.
    const best = new Map<string, { m: DescriptorMatch; segment: string }>();
    for (const segment of segments) {
      const m = index.match(segment, { thresholds, rank });
      if (!m) continue;
      const earlier = best.get(m.descriptor.text);
      if (!earlier || (m.identical && !earlier.m.identical) || (m.identical === earlier.m.identical && m.similarity > earlier.m.similarity)) {
        best.set(m.descriptor.text, { m, segment });
      }
    }
    for (const { m, segment } of best.values()) {
      const pct = Math.round(m.similarity * 100);
      ctx.findings.push({
        kind: 'pasted-descriptor',
        severity: m.identical ? 'info' : 'warning',
        message: m.identical
          ? `This text is descriptor ${m.descriptor.id} word for word, but it is not in a tagged block, so it cannot be checked later. Insert it from the pane instead.`
          : `This text looks like descriptor ${m.descriptor.id} (${pct}% similar) but is worded differently. If it is meant to be the descriptor, insert it from the pane; if it is the reviewer's own words, it may be fine.`,
        location: where(pi, null),
        id: m.descriptor.id,
        excerpt: excerptOf(segment),
        diff: m.diff,
        similarity: Math.round(m.similarity * 1000) / 1000,
      });
    }
  });
}

/** Checks a document against a framework edition. */
export function checkDocument(framework: Framework, doc: CheckDocument, options: CheckOptions = {}): CheckResult {
  const findings: Finding[] = [];
  const stage = resolveStage(framework, doc, options, findings);
  const ctx: Context = { framework, doc, stage, findings };
  const project = new Set<number>();
  const citedDescriptors: string[] = [];
  const objectives: string[][] = [];
  const rationaleRatings: { rating: RatingCode; text: string }[] = [];

  doc.blocks.forEach((block, index) => {
    const parsed = parseTag(block.tag, block.title);
    if (parsed.kind === 'other' || block.placeholder) return;
    project.add(index);
    const info: TaggedInfo = { index, parsed, text: block.text, paragraph: block.paragraphs.end > block.paragraphs.start ? block.paragraphs.start : null };
    switch (parsed.kind) {
      case 'descriptor': {
        const id = checkDescriptorBlock(ctx, info, parsed.id);
        if (id) citedDescriptors.push(id);
        break;
      }
      case 'objective':
        objectives.push(checkObjective(ctx, info, parsed.ids, parsed.missing));
        break;
      case 'rationale': {
        const rating = checkRationale(ctx, info, parsed.role, parsed.rating);
        if (rating) rationaleRatings.push({ rating, text: block.text });
        break;
      }
      case 'malformed':
        findings.push({
          kind: 'unknown-descriptor',
          severity: 'error',
          message: `A content control has the tag ${quote(block.tag)}, which this add-in cannot read: ${parsed.reason}.`,
          location: where(info.paragraph, index),
          id: null,
          excerpt: excerptOf(block.text),
        });
        break;
    }
  });

  // Stated overall ratings anywhere in the document (inside rationales too).
  const stated = statedRatings(framework, doc.paragraphs);
  for (const s of stated) {
    if (s.official) continue;
    const excerpt = excerptOf(doc.paragraphs[s.paragraph]?.text ?? s.value);
    const labels = framework.careerExpectations.ratings.map((r) => quote(r.label));
    if (s.rating !== null) {
      findings.push({
        kind: 'non-standard-rating',
        severity: 'info',
        message: `${quote(s.value)} is the Teachers' Standards document's wording; the career expectations framework calls this rating ${quote(ratingLabel(framework, s.rating))}. Consider using that label.`,
        location: where(s.paragraph, null),
        id: null,
        excerpt,
      });
      continue;
    }
    const suggestion = suggestRating(s.value);
    findings.push({
      kind: 'non-standard-rating',
      severity: 'warning',
      message: `The overall rating ${quote(s.value)} is not one of the three official ratings (${listNames(labels)}).${suggestion ? ` Did you mean ${quote(ratingLabel(framework, suggestion))}?` : ''}`,
      location: where(s.paragraph, null),
      id: null,
      excerpt,
    });
  }

  const ratings = new Set<RatingCode>([...rationaleRatings.map((r) => r.rating), ...stated.flatMap((s) => (s.rating ? [s.rating] : []))]);
  if (ratings.size > 1) {
    findings.push({
      kind: 'rating-rule',
      severity: 'warning',
      message: `The document states more than one overall rating: ${listNames([...ratings].map((r) => quote(ratingLabel(framework, r))))}.`,
      location: where(null, null),
      id: null,
      excerpt: '',
    });
  }
  if (ratings.has('exceptional')) {
    const achievedBlock = citedDescriptors.some((id) => {
      const d = framework.byId.get(id);
      return d !== undefined && (d.source === 'teachers-standards' || d.rating === 'achieved');
    });
    const achievedInRationale = rationaleRatings.some((r) => r.rating === 'exceptional' && confirmsAchieved(framework, r.text));
    if (!achievedBlock && !achievedInRationale) {
      const where0 = stated.find((s) => s.rating === 'exceptional')?.paragraph ?? null;
      findings.push({
        kind: 'rating-rule',
        severity: 'warning',
        message: `The rating is ${quote(ratingLabel(framework, 'exceptional'))}, which means meeting ${quote(ratingLabel(framework, 'achieved'))} plus more, but no achieved-level descriptor is confirmed in the document.`,
        location: where(where0, null),
        id: null,
        excerpt: where0 !== null ? excerptOf(doc.paragraphs[where0]?.text ?? '') : '',
      });
    }
  }

  checkPasted(ctx, project, options.thresholds ?? DEFAULT_THRESHOLDS);

  const order = (f: Finding) => f.location.paragraph ?? (f.location.block !== null ? doc.blocks[f.location.block]?.paragraphs.start ?? -1 : -1);
  findings.sort((a, b) => order(a) - order(b));
  return { edition: framework.editionKey, careerStage: stage, findings, coverage: coverageOf(framework, citedDescriptors, objectives) };
}
