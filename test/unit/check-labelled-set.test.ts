/**
 * Precision and recall of the checker's document-level rules, per finding kind, on the labelled set of review
 * documents (test/fixtures/labelled/document-set.ts), and of the career stage read from the text.
 *
 * The README's table (between the `labelled-set` markers) is this test's output: the test fails when any figure
 * falls below what the README claims, or when the README lacks a row. `UPDATE_README=1 npx jest
 * test/unit/check-labelled-set.test.ts` writes the table measured now into the README.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument } from '../../src/core/check/checker';
import { bundledFramework } from '../../src/core/framework/bundled';
import { labelledDocuments, MEASURED_KINDS } from '../fixtures/labelled/document-set';

const framework = bundledFramework();
const README = path.join(__dirname, '..', '..', 'README.md');
const START = '<!-- labelled-set:start (written by test/unit/check-labelled-set.test.ts) -->';
const END = '<!-- labelled-set:end -->';
const STAGE_ROW = 'career stage read from the text';

interface Row {
  what: string;
  examples: number;
  tp: number;
  fp: number;
  fn: number;
}
const precision = (r: Row) => (r.tp + r.fp === 0 ? 1 : r.tp / (r.tp + r.fp));
const recall = (r: Row) => (r.tp + r.fn === 0 ? 1 : r.tp / (r.tp + r.fn));

function measure(): { rows: Row[]; total: number; misses: string[] } {
  const set = labelledDocuments(framework);
  const rows = new Map<string, Row>([...MEASURED_KINDS, STAGE_ROW].map((k) => [k, { what: k, examples: 0, tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  for (const example of set) {
    const result = checkDocument(framework, example.doc);
    const found = new Set(result.findings.map((f) => f.kind));
    for (const kind of MEASURED_KINDS) {
      const row = rows.get(kind) as Row;
      const expected = example.expected.includes(kind);
      if (expected) row.examples += 1;
      if (expected && found.has(kind)) row.tp += 1;
      else if (expected) {
        row.fn += 1;
        misses.push(`missed ${kind}: ${example.name}`);
      } else if (found.has(kind)) {
        row.fp += 1;
        misses.push(`false ${kind}: ${example.name}: ${result.findings.find((f) => f.kind === kind)?.message ?? ''}`);
      }
    }
    if (example.stageFromText !== undefined) {
      const row = rows.get(STAGE_ROW) as Row;
      const read = result.careerStage?.source === 'detected' ? result.careerStage.name : null;
      if (example.stageFromText !== null) row.examples += 1;
      if (read !== null && read === example.stageFromText) row.tp += 1;
      else if (read !== example.stageFromText) {
        if (read !== null) row.fp += 1;
        if (example.stageFromText !== null) row.fn += 1;
        misses.push(`stage: ${example.name}: read ${read ?? 'none'}, labelled ${example.stageFromText ?? 'none'}`);
      }
    }
  }
  return { rows: [...rows.values()], total: set.length, misses };
}

function table(rows: readonly Row[], total: number): string {
  const lines = [
    `| finding kind | examples that should get it (of ${total}) | found | false alarms | missed | precision | recall |`,
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.examples} | ${r.tp} | ${r.fp} | ${r.fn} | ${precision(r).toFixed(3)} | ${recall(r).toFixed(3)} |`),
  ];
  return lines.join('\n');
}

/** The README's claimed precision and recall per row. */
function claimed(readme: string): Map<string, { precision: number; recall: number }> {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) return new Map();
  const claims = new Map<string, { precision: number; recall: number }>();
  for (const line of readme.slice(from, to).split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 8 || !/^\d/.test(cells[6] ?? '')) continue;
    claims.set(cells[1] as string, { precision: Number(cells[6]), recall: Number(cells[7]) });
  }
  return claims;
}

describe('the checker on the labelled set of review documents', () => {
  const { rows, total, misses } = measure();
  const measured = table(rows, total);

  it('has examples of every measured kind, and of stage wordings', () => {
    expect(total).toBeGreaterThanOrEqual(300);
    for (const r of rows) expect(r.examples).toBeGreaterThanOrEqual(8);
  });

  it('keeps every figure at or above what the README claims', () => {
    console.log(`${measured}\n${misses.length > 0 ? `\n${misses.slice(0, 40).join('\n')}` : ''}`);
    let readme = fs.readFileSync(README, 'utf8');
    if (process.env.UPDATE_README === '1') {
      const from = readme.indexOf(START);
      const to = readme.indexOf(END);
      if (from < 0 || to < from) throw new Error(`The README has no ${START} … ${END} markers to write the table between.`);
      readme = `${readme.slice(0, from + START.length)}\n${measured}\n${readme.slice(to)}`;
      fs.writeFileSync(README, readme);
    }
    const claims = claimed(readme);
    for (const r of rows) {
      const claim = claims.get(r.what);
      expect({ row: r.what, inReadme: claim !== undefined }).toEqual({ row: r.what, inReadme: true });
      expect({ row: r.what, precision: precision(r) >= (claim?.precision ?? 1) - 5e-4 }).toEqual({ row: r.what, precision: true });
      expect({ row: r.what, recall: recall(r) >= (claim?.recall ?? 1) - 5e-4 }).toEqual({ row: r.what, recall: true });
    }
  });
});
