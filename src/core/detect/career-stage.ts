import type { Framework } from '../framework/framework';
import type { CareerStage, RoleCode, StageCode } from '../framework/types';

/** A career stage found in a document's text, with the words that gave it away. */
export interface CareerStageDetection {
  careerStage: CareerStage;
  /** The matched words, as they stand in the document, e.g. "Main Pay Range". */
  evidence: string;
  /** True when the words stood on a labelled line such as "Career stage: …". */
  labelled: boolean;
  /**
   * The stages the words fit: the stage itself, and for a range named without a point the range's other stages
   * ("Upper pay range" fits UPR 1 and UPR 2/3; a bare "ECT" either year). "Main pay range" fits the main pay range
   * only, although early career teachers are paid on it: as a career stage it is not ECT year 1.
   */
  fits: StageCode[];
}

/**
 * How much a wording says about the stage. A more specific wording beats a less specific one on the same line, and,
 * where they are compatible, anywhere in the document:
 * - `range`: a pay range without a point ("Upper pay range", "MPS", "post-threshold", a bare "ECT"): the stage is a
 *   guess (the range's first stage);
 * - `point`: a point on a range ("UPR 3", "U3", "M4", "Main pay scale point 4");
 * - `post`: the post itself ("ECT year 2", "NQT", "Leading practitioner", "Deputy headteacher").
 */
type Specificity = 'range' | 'point' | 'post';
const RANK: Record<Specificity, number> = { range: 0, point: 1, post: 2 };

interface Pattern {
  /** Matched case-insensitively; whole words only (see {@link WORD_CHARACTER}). */
  pattern: RegExp;
  /**
   * Lower-case words of which every match of {@link pattern} contains at least one: a line with none of them is not
   * tried. Most lines of a review name no stage, and trying a pattern the first time compiles it, which was most of the
   * pane's first detection (test/unit/detect-career-stage.test.ts proves each list against the patterns).
   */
  needles: readonly string[];
  stage?: StageCode;
  role?: RoleCode;
  specificity: Specificity;
  /** The stages a more specific wording may name without contradicting this one (a main-range point and an ECT). */
  covers?: readonly StageCode[];
  /** Leadership titles often name the reviewer, so they count only on a labelled line. */
  labelledOnly?: boolean;
  /** One-letter codes (M4, U3) count without a label only on a short line: a table cell or a heading. */
  shortLineOnly?: boolean;
}

const ECT = ['ECT1', 'ECT2'] as const;
const UPR = ['UPR1', 'UPR2-3'] as const;
/** Not followed by another point ("UPR 1–3", "M1-M6" are ranges). */
const NOT_A_SPAN = String.raw`(?!\s*[-–—/]\s*[MU]?\d)`;
/** Not the end of a span ("U3" in "U1–U3"). */
const NOT_SPAN_END = String.raw`(?<![MU]?\d\s*[-–—/]\s*)`;
/** Not followed by a number (a bare "UPR" or "ECT" that is not "UPR 12" or "ECT year 12"). */
const NO_NUMBER = String.raw`(?!\s*[-–(:,]?\s*(?:year|yr\.?|y)?\s*\d)`;
const YEAR = String.raw`(?:year|yr\.?|y)`;

/** Common ways review documents name the Hampshire stages. The data's own career stage names are matched as well. */
const PATTERNS: Pattern[] = [
  // Early career teachers, and the older "NQT" (the first year of induction) and "NQT+1".
  {
    pattern: new RegExp(
      String.raw`ECT\s*[-–(:,]?\s*(?:${YEAR}\s*)?(?:1|one)\b(?!\s*\d)\)?|(?:first|1st)[-\s]year\s+(?:ECT|early\s+career\s+teacher)|(?:${YEAR}\s*(?:1|one)|first\s+year)\s+(?:ECT|early\s+career\s+teacher)|early\s+career\s+teacher\s*[-–(:,]?\s*(?:${YEAR}\s*)?(?:1|one)\)?|ECT\s*\(\s*first\s+year\s*\)|first\s+year\s+of\s+induction`,
      'gi',
    ),
    needles: ['ect', 'early', 'induction'],
    stage: 'ECT1',
    specificity: 'post',
  },
  // "NQT" in prose is usually someone else ("mentor to the NQT"), so only on a labelled or short line.
  { pattern: /NQT(?!\s*\+)|newly\s+qualified(?:\s+teacher)?/gi, needles: ['nqt', 'newly'], stage: 'ECT1', specificity: 'post', shortLineOnly: true },
  {
    pattern: new RegExp(
      String.raw`ECT\s*[-–(:,]?\s*(?:${YEAR}\s*)?(?:2|two)\b(?!\s*\d)\)?|(?:second|2nd)[-\s]year\s+(?:ECT|early\s+career\s+teacher)|(?:${YEAR}\s*(?:2|two)|second\s+year)\s+(?:ECT|early\s+career\s+teacher)|early\s+career\s+teacher\s*[-–(:,]?\s*(?:${YEAR}\s*)?(?:2|two)\)?|ECT\s*\(\s*second\s+year\s*\)|NQT\s*\+\s*1|second\s+year\s+of\s+induction`,
      'gi',
    ),
    needles: ['ect', 'early', 'nqt', 'induction'],
    stage: 'ECT2',
    specificity: 'post',
  },
  // A bare "ECT" does not say which year; in prose it is usually someone else ("supports the department's ECTs").
  { pattern: new RegExp(String.raw`(?:ECT|early\s+career\s+teacher)${NO_NUMBER}`, 'gi'), needles: ['ect', 'early'], stage: 'ECT1', specificity: 'range', covers: ECT, shortLineOnly: true },
  // Main pay range: a point (M4, MPS 4, MPR4, "Main pay scale point 4"), or the range.
  {
    pattern: new RegExp(String.raw`(?:main\s+(?:pay\s+)?(?:range|scale|spine)|MP[RS])\s*[,:–-]?\s*(?:(?:spine\s+)?(?:point|pt\.?)\s*)?M?[1-6]${NOT_A_SPAN}`, 'gi'),
    needles: ['main', 'mp'],
    stage: 'MPR',
    specificity: 'point',
    covers: ECT,
  },
  { pattern: new RegExp(String.raw`${NOT_SPAN_END}M[1-6]${NOT_A_SPAN}`, 'gi'), needles: ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'], stage: 'MPR', specificity: 'point', covers: ECT, shortLineOnly: true },
  { pattern: new RegExp(String.raw`main\s+pay\s+(?:range|scale|spine)|main\s+scale|MP[RS]${NO_NUMBER}|M1\s*[-–]\s*M?6`, 'gi'), needles: ['main', 'mp', 'm1'], stage: 'MPR', specificity: 'range', covers: [...ECT, 'MPR'] },
  // Upper pay range: points 2 and 3 share a column; point 1; then the range (or "post-threshold").
  {
    pattern: new RegExp(
      String.raw`(?:upper\s+pay\s+(?:range|scale|spine)|UP[RS])\s*[,:–-]?\s*(?:(?:spine\s+)?(?:point|pt\.?)\s*)?U?(?:2|3|two|three)(?:\s*(?:[-–/]|and|or|&)\s*U?3)?${NOT_A_SPAN}`,
      'gi',
    ),
    needles: ['upper', 'up'],
    stage: 'UPR2-3',
    specificity: 'point',
  },
  { pattern: new RegExp(String.raw`${NOT_SPAN_END}U[23](?:\s*[-–/]\s*U?3)?${NOT_A_SPAN}`, 'gi'), needles: ['u2', 'u3'], stage: 'UPR2-3', specificity: 'point', shortLineOnly: true },
  {
    pattern: new RegExp(String.raw`(?:upper\s+pay\s+(?:range|scale|spine)|UP[RS])\s*[,:–-]?\s*(?:(?:spine\s+)?(?:point|pt\.?)\s*)?U?(?:1|one)${NOT_A_SPAN}`, 'gi'),
    needles: ['upper', 'up'],
    stage: 'UPR1',
    specificity: 'point',
  },
  { pattern: new RegExp(String.raw`${NOT_SPAN_END}U1${NOT_A_SPAN}`, 'gi'), needles: ['u1'], stage: 'UPR1', specificity: 'point', shortLineOnly: true },
  { pattern: new RegExp(String.raw`upper\s+pay\s+(?:range|scale|spine)|UP[RS]${NO_NUMBER}|U1\s*[-–]\s*U?3|post[-\s]threshold`, 'gi'), needles: ['upper', 'up', 'u1', 'threshold'], stage: 'UPR1', specificity: 'range', covers: UPR },
  { pattern: /lead(?:ing)?\s+practitioner/gi, needles: ['practitioner'], stage: 'LP', specificity: 'post' },
  {
    pattern: /(?:assistant|deputy|vice)\s*(?:\/\s*(?:deputy|assistant)\s*)?(?:head(?:\s*teacher)?|principal)|AHT|DHT/gi,
    needles: ['assistant', 'deputy', 'vice', 'aht', 'dht'],
    stage: 'AHT-DHT',
    specificity: 'post',
    labelledOnly: true,
  },
  { pattern: /head\s+of\s+school/gi, needles: ['head'], role: 'HOS', specificity: 'post', labelledOnly: true },
  {
    pattern: /(?<!(?:assistant|deputy|vice)\s*(?:\/\s*(?:deputy|assistant)\s*)?)(?:(?:executive\s+)?head\s*teacher|principal)/gi,
    needles: ['head', 'principal'],
    role: 'HT',
    specificity: 'post',
    labelledOnly: true,
  },
];

/** False when `lower` (a line in lower case) has none of the words every match needs, so the pattern need not be tried. */
function mayMatch(needles: readonly string[] | null, lower: string): boolean {
  if (needles === null) return true;
  for (const needle of needles) if (lower.includes(needle)) return true;
  return false;
}

/**
 * A label naming the teacher's stage, pay or post, followed by ":" (or a dash, or a tab between table cells). Not
 * "Pay recommendation:" or "Reviewer's role:" (those name the next stage or another person).
 */
const LABEL =
  /(?<!\b(?:reviewer|appraiser|manager|next|proposed|new|target)(?:['’]s)?\s+(?:career\s+|pay\s+)?)\b(?:(?:current\s+)?career\s+stage|(?:current\s+)?pay\s+(?:range|scale|point|band|grade|spine(?:\s+point)?)|salary(?:\s+(?:point|scale|range))?|spine\s+point|(?:current\s+)?stage|grade|post|role|position|job\s+title)(?:\s*\/\s*[a-z ]+?)?\s*(?:[:\-–—]|\t)/i;
/**
 * What every LABEL match contains: one of its words and one of its separators. Two quick tests first, as LABEL's
 * look-behind is tried at every place in every line.
 */
const MAYBE_LABEL_WORD = /stage|pay|salary|spine|grade|post|role|position|title/i;
const MAYBE_LABEL_SEPARATOR = /[:\-–—\t]/;
/** A label alone in a table cell ("Career stage", "Pay point:"): its value is in the next cell. */
const LABEL_ONLY = /^\s*(?:(?:current\s+)?career\s+stage|(?:current\s+)?pay\s+(?:range|scale|point|band|grade)|salary(?:\s+point)?|spine\s+point|post|role|position|job\s+title)(?:\s*\/\s*[a-z ]+?)?\s*[:\-–—]?\s*$/i;
/**
 * A descriptor's reference ("(Teachers' Standard 2.1, UPR 2/3)", "(Career expectations framework, UPR, achieved)"):
 * it names the descriptor's stage, not the teacher's, so it is no evidence of the review's stage.
 */
const REFERENCE = /\([^()]*\b(?:standards?|expectations|framework)\b[^()]*\)/gi;
/** Lines longer than this (in words) are prose: one-letter codes there are not read as pay points. */
const SHORT_LINE_WORDS = 8;
/**
 * Without a label, a pay point code ("M4", "U3") counts only where it is nearly all its line ("M4", "Main pay range
 * M4", a table cell): with more other words than this, the line is a sentence ("The M4 motorway closure…").
 */
const CODE_LINE_OTHER_WORDS = 3;
/**
 * Words that make an unlabelled mention a stage the teacher is not on yet ("hopes to apply for the upper pay range",
 * "ready to move to UPR 1", "eligible for progression to the upper pay range"), up to three words before it.
 */
const ASPIRATION_BEFORE =
  /\b(?:appl(?:y|ying|ied|ication)\s+(?:for|to)|(?:move|moving|progress(?:ion|ing)?|promotion|eligib(?:le|ility)|ready|aspir(?:e|es|ing|ation))\s+(?:(?:on)?to|for|towards?)|towards?|threshold(?:\s+(?:to|for))?)(?:\s+[\p{L}\p{N}/-]+){0,3}\s*$/iu;

const TLR = /\b(?:TLRs?(?:\s*\d(?:\.\d)?\s*(?:\(?[a-c]\)?)?)?|teaching\s+and\s+learning\s+responsibility(?:\s+(?:payment|allowance))?)(?![\p{L}\p{N}])/giu;
/** What every match of TLR, TLR_ROW and a TLR heading contains (their words have no letter that folds from another). */
const TLR_NEEDLES = ['tlr', 'teaching'];
const NO_TLR_BEFORE = /\b(?:no|not|without|non)[-\s]+(?:an?\s+)?$/i;
const NO_TLR_AFTER = /^\s*(?:[:\-–—]|\t)?\s*(?:none|n\/?a|nil|no|not\s+applicable|[-–—])?\s*(?:$|[,.;)]|\s(?:held|applicable)\b)/i;
/** A labelled TLR row ("TLR: 2b", "TLR held\tTLR 2a"), which may stand apart from the stage. */
const TLR_ROW = /^\s*(?:TLR(?:\s+(?:held|payment|allowance))?|teaching\s+and\s+learning\s+responsibility)\s*(?:[:\-–—]|\t)\s*(\S.*)$/i;
/** "TLR" alone in a table cell: the value is in the next one. */
const TLR_HEADING = /^\s*(?:TLR(?:\s+held)?|teaching\s+and\s+learning\s+responsibility)\s*:?\s*$/i;
const NO_VALUE = /^\s*(?:none|n\/?a|nil|no|not\s+applicable|[-–—]+)\s*[.]?\s*$/i;

/** True when the line says the teacher holds a TLR ("with TLR 2b", "TLR2a"), not "no TLR" or "TLR: none". */
function mentionsTlr(line: string, lower = line.toLowerCase()): boolean {
  if (!mayMatch(TLR_NEEDLES, lower)) return false;
  TLR.lastIndex = 0;
  for (let m = TLR.exec(line); m; m = TLR.exec(line)) {
    const before = line.slice(0, m.index);
    const after = line.slice(m.index + m[0].length);
    // "TLR: none" is a no; "TLR 2b" has its own value, and "with TLR" needs none.
    const hasValue = /\d/.test(m[0]);
    if (NO_TLR_BEFORE.test(before)) continue;
    if (!hasValue && NO_TLR_AFTER.test(after) && /^\s*(?:[:\-–—]|\t)/.test(after)) continue;
    return true;
  }
  return false;
}

/** The first line after line `i` that is not blank. */
function nextLine(lines: readonly string[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length; j++) if ((lines[j] as string).trim() !== '') return lines[j];
  return undefined;
}

function heldTlrRow(lines: readonly string[], lowerLines: readonly string[], i: number): boolean {
  const line = lines[i] as string;
  if (!mayMatch(TLR_NEEDLES, lowerLines[i] as string)) return false;
  const row = TLR_ROW.exec(line);
  if (row) return !NO_VALUE.test(row[1] as string);
  const next = TLR_HEADING.test(line) ? nextLine(lines, i) : undefined;
  if (next !== undefined) {
    return next.trim() !== '' && !NO_VALUE.test(next) && next.trim().split(/\s+/).length <= SHORT_LINE_WORDS;
  }
  return false;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

function resolve(framework: Framework, p: Pick<Pattern, 'stage' | 'role'>, tlr: boolean): CareerStage | undefined {
  const options = framework.careerStages.filter((cs) => (p.stage ? cs.stage === p.stage : cs.role === p.role));
  const withTlr = options.find((cs) => cs.role.endsWith('-TLR'));
  const without = options.find((cs) => !cs.role.endsWith('-TLR'));
  return (tlr ? withTlr ?? without : without ?? withTlr) ?? options[0];
}

interface NameMatcher {
  careerStage: CareerStage;
  /** The name anywhere in a line (case-insensitive); whole words are checked with WORD_CHARACTER. */
  pattern: RegExp;
  /** The name's first word in lower case, which every match contains (null for a name that is not plain ASCII). */
  needles: readonly string[] | null;
  leadership: boolean;
  /** How specific the name is ({@link specificityOfName}), worked out the first time the name is found. */
  ofName?: Pick<Mention, 'specificity' | 'covers'>;
}

/** A letter or digit in any script: a name must not stand inside a longer word ("UPR 1" in "UPR 12"). */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The data's career stage names as patterns, longest first; made once per framework, not once per line. */
const nameMatchers = new WeakMap<Framework, NameMatcher[]>();

/** How specific a career stage's own name is: as specific as the common wording it reads as ("Main pay range" is a range). */
function specificityOfName(cs: CareerStage): Pick<Mention, 'specificity' | 'covers'> {
  let best: Pick<Mention, 'specificity' | 'covers'> | null = null;
  const lower = cs.name.toLowerCase();
  for (const p of PATTERNS) {
    if ((p.stage ?? null) !== cs.stage || (p.stage === undefined && p.role !== cs.role.replace(/-TLR$/, ''))) continue;
    if (!mayMatch(p.needles, lower) || !allMatches(p.pattern, cs.name).length) continue;
    if (!best || RANK[p.specificity] > RANK[best.specificity]) best = { specificity: p.specificity, covers: p.covers ?? [] };
  }
  return best ?? { specificity: 'point', covers: [] };
}

/**
 * A name's first word, lower case, as the needle its pattern needs. Only for ASCII names: the pattern matches ASCII
 * letters in either case and nothing else for them, which lower-casing the line mirrors exactly.
 */
function firstWordNeedle(name: string): readonly string[] | null {
  const first = name.trim().split(/\s+/)[0] ?? '';
  return first !== '' && /^[\x20-\x7e]+$/.test(first) ? [first.toLowerCase()] : null;
}

function namesOf(framework: Framework): NameMatcher[] {
  let matchers = nameMatchers.get(framework);
  if (!matchers) {
    // Plain case-insensitive patterns: Unicode property classes in every pattern made each one slow to compile.
    matchers = [...framework.careerStages]
      .sort((a, b) => b.name.length - a.name.length)
      .map((cs) => ({
        careerStage: cs,
        pattern: new RegExp(escape(cs.name), 'gi'),
        needles: firstWordNeedle(cs.name),
        leadership: cs.stage === null || cs.stage === 'AHT-DHT',
      }));
    nameMatchers.set(framework, matchers);
  }
  return matchers;
}

/** Every whole-word match of a global `pattern` in `line`. */
function allMatches(pattern: RegExp, line: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
    const before = line[m.index - 1];
    const after = line[m.index + m[0].length];
    if (m[0].length > 0 && !(before && WORD_CHARACTER.test(before)) && !(after && WORD_CHARACTER.test(after))) {
      out.push(m);
      pattern.lastIndex = m.index + m[0].length;
    } else {
      pattern.lastIndex = m.index + 1;
    }
  }
  return out;
}

interface Mention extends Omit<CareerStageDetection, 'fits'> {
  specificity: Specificity;
  covers: readonly StageCode[];
  /** Where the words start in their line. */
  at: number;
}

function findInLine(framework: Framework, line: string, labelled: boolean, tlrElsewhere: boolean, lower = line.toLowerCase()): Mention[] {
  const found: Mention[] = [];
  // The data's own career stage names (a school edition may name its stages differently), then common wordings.
  for (const name of namesOf(framework)) {
    const { careerStage, pattern, needles, leadership } = name;
    if (leadership && !labelled) continue;
    if (!mayMatch(needles, lower)) continue;
    for (const m of allMatches(pattern, line)) {
      const { specificity, covers } = (name.ofName ??= specificityOfName(careerStage));
      found.push({ careerStage, evidence: m[0], labelled, at: m.index, specificity, covers });
    }
  }
  const tlr = tlrElsewhere || mentionsTlr(line, lower);
  const words = line.trim().split(/\s+/).length;
  for (const p of PATTERNS) {
    if (p.labelledOnly && !labelled) continue;
    if (p.shortLineOnly && !labelled && words > SHORT_LINE_WORDS) continue;
    if (!mayMatch(p.needles, lower)) continue;
    const careerStage = resolve(framework, p, tlr);
    if (!careerStage) continue;
    for (const m of allMatches(p.pattern, line)) {
      const evidence = m[0].trim();
      if (p.shortLineOnly && !labelled && p.specificity === 'point' && words - evidence.split(/\s+/).length > CODE_LINE_OTHER_WORDS) continue;
      found.push({ careerStage, evidence, labelled, at: m.index, specificity: p.specificity, covers: p.covers ?? [] });
    }
  }
  if (!labelled) return withTlr(framework, found.filter((f) => !ASPIRATION_BEFORE.test(line.slice(0, f.at))), tlr);
  return withTlr(framework, found, tlr);
}

function withTlr(framework: Framework, found: readonly Mention[], tlr: boolean): Mention[] {
  // A data name ending "with TLR" is the TLR stage whatever else the line says.
  return found.map((f) => (tlr && !f.careerStage.role.endsWith('-TLR') ? { ...f, careerStage: resolve(framework, f.careerStage.stage ? { stage: f.careerStage.stage } : { role: f.careerStage.role }, true) ?? f.careerStage } : f));
}

/** The line's stage: the most specific wording; among equals, the first, then the longest ("UPR 1 with TLR" over "UPR 1"). */
function bestInLine(mentions: readonly Mention[]): Mention | undefined {
  return [...mentions].sort((a, b) => RANK[b.specificity] - RANK[a.specificity] || a.at - b.at || b.evidence.length - a.evidence.length)[0];
}

/** Drops the mentions a more specific, compatible mention elsewhere refines ("Upper pay range" beside "Pay point: U3"). */
function refined(mentions: readonly Mention[]): Mention[] {
  return mentions.filter(
    (m) =>
      !mentions.some(
        (n) => RANK[n.specificity] > RANK[m.specificity] && n.careerStage.stage !== null && (n.careerStage.stage === m.careerStage.stage || m.covers.includes(n.careerStage.stage)),
      ),
  );
}

/** The text after a label, or (for a label alone in a cell) the next line; null when the line has no label. */
function labelledPart(lines: readonly string[], i: number): string | null {
  const line = lines[i] as string;
  // Every LABEL_ONLY match has a MAYBE_LABEL_WORD too.
  if (MAYBE_LABEL_WORD.test(line) && LABEL_ONLY.test(line)) {
    const next = nextLine(lines, i);
    return next !== undefined && next.trim().split(/\s+/).length <= SHORT_LINE_WORDS ? next : null;
  }
  const label = MAYBE_LABEL_SEPARATOR.test(line) && MAYBE_LABEL_WORD.test(line) ? LABEL.exec(line) : null;
  return label ? line.slice(label.index + label[0].length) : null;
}

function strip({ careerStage, evidence, labelled, specificity, covers }: Mention): CareerStageDetection {
  const own = careerStage.stage === null ? [] : [careerStage.stage];
  const fits = specificity === 'range' && careerStage.stage !== 'MPR' ? [...new Set([...own, ...covers])] : own;
  return { careerStage, evidence, labelled, fits };
}

/**
 * Finds the teacher's career stage in a review document's text.
 *
 * A labelled line ("Career stage: Main pay range", "Pay range – UPR 2", a "Career stage" cell beside its value) wins.
 * On each line the most specific wording wins ("Upper pay range, UPR 3" is UPR 2/3; "ECT year 1 (M1)" is ECT year 1);
 * across labelled lines the first wins, unless a later one refines it ("Upper pay range" then "Pay point: U3"). A TLR
 * on the same line, or in a TLR row of its own, picks the "with TLR" stage; "TLR: none" does not. Without a label,
 * the whole text is searched; leadership titles and one-letter codes in prose are ignored (they usually name the
 * reviewer, or something else), and an answer is given only when every mention agrees once refined. Descriptors'
 * references are left out everywhere: they name the descriptor's stage, not the teacher's.
 * Returns null when nothing, or nothing unambiguous, is found; the user is then asked. With `labelledOnly`, only
 * labelled lines are read: null when there is none (what a caller that wants only a labelled answer would get anyway).
 */
export function detectCareerStage(framework: Framework, text: string, options: { labelledOnly?: boolean } = {}): CareerStageDetection | null {
  // A reference starts with a bracket: only a line with one can have one.
  const lines = text.split(/\r\n|\r|\n|\v/).map((line) => (line.includes('(') ? line.replace(REFERENCE, ' ') : line));
  // Looked for once, and only when a line is read for a stage (most lines of a review have no label).
  let tlrRow: boolean | undefined;
  // The lines in lower case, for the words a pattern needs (made once, when first needed).
  let lowered: string[] | undefined;
  const lowerLines = () => (lowered ??= lines.map((line) => line.toLowerCase()));
  const tlrElsewhere = () => (tlrRow ??= lines.some((_, i) => heldTlrRow(lines, lowerLines(), i)));
  const labelled: Mention[] = [];
  lines.forEach((_, i) => {
    const part = labelledPart(lines, i);
    const best = part === null ? undefined : bestInLine(findInLine(framework, part, true, tlrElsewhere()));
    if (best) labelled.push(best);
  });
  const [firstLabelled] = refined(labelled);
  if (firstLabelled) return strip(firstLabelled);
  if (options.labelledOnly) return null;
  const all = refined(lines.flatMap((line, i) => findInLine(framework, line, false, tlrElsewhere(), lowerLines()[i])));
  const distinct = new Set(all.map((d) => d.careerStage.name));
  const [first] = all;
  if (!first || distinct.size !== 1) return null;
  return strip(first);
}

/**
 * Each pattern with the words {@link mayMatch} looks for before trying it, for the test that proves every match of the
 * pattern contains one of them (test/unit/detect-career-stage.test.ts).
 */
export function patternsWithNeedles(): { pattern: RegExp; needles: readonly string[]; label: string }[] {
  return [
    ...PATTERNS.map((p) => ({ pattern: p.pattern, needles: p.needles, label: p.stage ?? p.role ?? '' })),
    ...[TLR, TLR_ROW, TLR_HEADING].map((pattern) => ({ pattern, needles: TLR_NEEDLES, label: 'TLR' })),
    // A label alone in a cell is looked for only on a line with one of MAYBE_LABEL_WORD's words.
    { pattern: LABEL_ONLY, needles: MAYBE_LABEL_WORD.source.split('|'), label: 'label alone' },
  ];
}
