import type { Framework } from '../framework/framework';
import type { CareerStage, RoleCode, StageCode } from '../framework/types';

/** A career stage found in a document's text, with the words that gave it away. */
export interface CareerStageDetection {
  careerStage: CareerStage;
  /** The matched words, as they stand in the document, e.g. "Main Pay Range". */
  evidence: string;
  /** True when the words stood on a labelled line such as "Career stage: …". */
  labelled: boolean;
}

interface Pattern {
  pattern: RegExp;
  stage?: StageCode;
  role?: RoleCode;
  /** Leadership titles often name the reviewer, so they count only on a labelled line. */
  labelledOnly?: boolean;
}

/** Common ways review documents name the Hampshire stages. Career stage names from the data are matched as well. */
const PATTERNS: Pattern[] = [
  { pattern: /\b(?:ECT\s*(?:year\s*)?1|(?:first|1st)[-\s]year\s+ECT|year\s*1\s+ECT)\b/i, stage: 'ECT1' },
  { pattern: /\b(?:ECT\s*(?:year\s*)?2|(?:second|2nd)[-\s]year\s+ECT|year\s*2\s+ECT)\b/i, stage: 'ECT2' },
  { pattern: /\b(?:main\s+pay\s+(?:range|scale)|MPR|MPS)\b/i, stage: 'MPR' },
  { pattern: /\b(?:upper\s+pay\s+(?:range|scale)\s*(?:2|3|two|three)|UP[RS]\s*(?:2|3)(?:\s*\/\s*3)?|U[23])\b/i, stage: 'UPR2-3' },
  { pattern: /\b(?:upper\s+pay\s+(?:range|scale)\s*(?:1|one)?|UP[RS]\s*1?|U1)\b/i, stage: 'UPR1' },
  { pattern: /\bleading\s+practitioner\b/i, stage: 'LP' },
  { pattern: /\b(?:assistant|deputy)\s*(?:\/\s*deputy\s*)?head(?:\s*teacher)?\b/i, stage: 'AHT-DHT', labelledOnly: true },
  { pattern: /\bhead\s+of\s+school\b/i, role: 'HOS', labelledOnly: true },
  { pattern: /(?<!(?:assistant|deputy)\s*\/?\s*)\bhead\s*teacher\b/i, role: 'HT', labelledOnly: true },
];

const LABEL = /\b(?:career\s+stage|pay\s+(?:range|scale|point)|salary(?:\s+point)?|stage|post|role|position|job\s+title)\b\s*[:\-–]/i;
const TLR = /\b(?:TLR\s*\d?[a-z]?|teaching\s+and\s+learning\s+responsibility)\b/i;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

function resolve(framework: Framework, p: Pattern, tlr: boolean): CareerStage | undefined {
  const options = framework.careerStages.filter((cs) => (p.stage ? cs.stage === p.stage : cs.role === p.role));
  const withTlr = options.find((cs) => cs.role.endsWith('-TLR'));
  const without = options.find((cs) => !cs.role.endsWith('-TLR'));
  return (tlr ? withTlr ?? without : without ?? withTlr) ?? options[0];
}

interface NameMatcher {
  careerStage: CareerStage;
  /** The name anywhere in a line (case-insensitive); whole words are checked with WORD_CHARACTER. */
  pattern: RegExp;
  leadership: boolean;
}

/** A letter or digit in any script: a name must not stand inside a longer word ("UPR 1" in "UPR 12"). */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The data's career stage names as patterns, longest first; made once per framework, not once per line. */
const nameMatchers = new WeakMap<Framework, NameMatcher[]>();

function namesOf(framework: Framework): NameMatcher[] {
  let matchers = nameMatchers.get(framework);
  if (!matchers) {
    // Plain case-insensitive patterns: Unicode property classes in every pattern made each one slow to compile.
    matchers = [...framework.careerStages]
      .sort((a, b) => b.name.length - a.name.length)
      .map((cs) => ({ careerStage: cs, pattern: new RegExp(escape(cs.name), 'gi'), leadership: cs.stage === null || cs.stage === 'AHT-DHT' }));
    nameMatchers.set(framework, matchers);
  }
  return matchers;
}

/** The first whole-word match of `pattern` in `line`. */
function wholeWord(pattern: RegExp, line: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
    const before = line[m.index - 1];
    const after = line[m.index + m[0].length];
    if (!(before && WORD_CHARACTER.test(before)) && !(after && WORD_CHARACTER.test(after))) return m;
    pattern.lastIndex = m.index + 1;
  }
  return null;
}

function findInLine(framework: Framework, line: string, labelled: boolean): CareerStageDetection[] {
  const found: (CareerStageDetection & { at: number })[] = [];
  // The data's own career stage names (a school edition may name its stages differently), then common wordings.
  for (const { careerStage, pattern, leadership } of namesOf(framework)) {
    if (leadership && !labelled) continue;
    const m = wholeWord(pattern, line);
    if (m) found.push({ careerStage, evidence: m[0], labelled, at: m.index });
  }
  const tlr = TLR.test(line);
  for (const p of PATTERNS) {
    if (p.labelledOnly && !labelled) continue;
    const m = p.pattern.exec(line);
    if (!m) continue;
    const careerStage = resolve(framework, p, tlr);
    if (careerStage) found.push({ careerStage, evidence: m[0].trim(), labelled, at: m.index });
  }
  // Earliest first; at the same place, the longest wording ("UPR 1 with TLR" over "UPR 1").
  return found.sort((a, b) => a.at - b.at || b.evidence.length - a.evidence.length);
}

/**
 * Finds the teacher's career stage in a review document's text.
 *
 * A labelled line ("Career stage: Main pay range", "Pay range – UPR 2") wins; its first match is taken, and a TLR
 * mentioned on the same line picks the "with TLR" stage. Without a label, the whole text is searched, leadership
 * titles are ignored (they usually name the reviewer), and an answer is given only when every mention agrees.
 * Returns null when nothing, or nothing unambiguous, is found; the user is then asked.
 */
export function detectCareerStage(framework: Framework, text: string): CareerStageDetection | null {
  const lines = text.split(/\r\n|\r|\n|\v/);
  for (const line of lines) {
    const label = LABEL.exec(line);
    if (!label) continue;
    const [first] = findInLine(framework, line.slice(label.index + label[0].length), true);
    if (first) return { careerStage: first.careerStage, evidence: first.evidence, labelled: true };
  }
  const all = lines.flatMap((line) => findInLine(framework, line, false));
  const distinct = new Set(all.map((d) => d.careerStage.name));
  const [first] = all;
  if (!first || distinct.size !== 1) return null;
  return { careerStage: first.careerStage, evidence: first.evidence, labelled: false };
}
