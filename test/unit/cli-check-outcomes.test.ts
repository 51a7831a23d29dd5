/**
 * `check` reports each review's outcome and the aggregate, in JSON and first in the HTML report, and `--anonymise`
 * codes teachers' and files' names for governors. Real .docx files, written by the review generator.
 */
import * as fs from 'fs';
import * as path from 'path';
import { blockPlainText } from '../../src/core/compose/block';
import { composePay } from '../../src/core/compose/pay';
import { draftRationale } from '../../src/core/compose/rationale';
import { bundledFramework } from '../../src/core/framework/bundled';
import { fileCode, teacherCode } from '../../src/cli/report/anonymise';
import { loadBase, writeReviewDocx, type ReviewItem } from '../support/review-docx/write-review';
import { runCli } from '../support/run-cli';
import { makeTempDir } from '../support/temp-dir';

const framework = bundledFramework();
const base = loadBase(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'docx', 'real', 'tbl-having-tables.docx')));

function composed(careerStageName: string, rating: 'achieved' | 'exceptional' | 'not-met', recommendation: 'progress' | 'no-progress'): ReviewItem[] {
  const r = draftRationale(framework, { careerStageName, rating, tickedIds: [], route: 1, includePayLine: false }).block;
  const p = composePay(framework, { careerStageName, rating, recommendation }).block;
  return [
    { type: 'control', tag: r.tag, title: r.title, text: blockPlainText(r) },
    { type: 'control', tag: p.tag, title: p.title, text: blockPlainText(p) },
  ];
}

interface JsonOutcome {
  teacher: string | null;
  careerStage: string | null;
  rating: string | null;
  payRecommendation: string | null;
  missing: string[];
}
interface JsonReport {
  files: { path: string; outcome: JsonOutcome | null; findings: { excerpt: string; message: string }[] }[];
  outcomes: { reviews: number; ratingsByCareerStage: Record<string, Record<string, number>>; completeness: { complete: number } };
}

describe('check: outcomes', () => {
  const dir = makeTempDir('sc-outcomes-');
  const ahmed = path.join(dir, 'Ahmed Khan review.docx');
  const bea = path.join(dir, 'Bea Jones review.docx');
  const letter = path.join(dir, 'letter.docx');
  beforeAll(() => {
    fs.writeFileSync(
      ahmed,
      writeReviewDocx(base, { items: [{ type: 'paragraph', text: 'Teacher: Ahmed Khan' }, ...composed('UPR 1', 'achieved', 'progress')], properties: { CareerStage: 'UPR 1' } }),
    );
    fs.writeFileSync(
      bea,
      writeReviewDocx(base, {
        items: [{ type: 'paragraph', text: 'Teacher: Bea Jones' }, { type: 'paragraph', text: 'Career stage: Main pay range' }, { type: 'paragraph', text: 'Overall rating: Achieved expectations' }],
        properties: {},
      }),
    );
    fs.writeFileSync(letter, writeReviewDocx(base, { items: [{ type: 'paragraph', text: 'Dear parents, the trip is on Friday.' }], properties: {} }));
  });

  it('gives each file its outcome and the report the aggregate', async () => {
    const { stdout } = await runCli(['check', '--format', 'json', dir]);
    const report = JSON.parse(stdout) as JsonReport;
    const byName = new Map(report.files.map((f) => [path.basename(f.path), f.outcome]));
    expect(byName.get('Ahmed Khan review.docx')).toMatchObject({ teacher: 'Ahmed Khan', careerStage: 'UPR 1', rating: 'achieved', payRecommendation: 'progress', missing: ['objectives'] });
    expect(byName.get('Bea Jones review.docx')).toMatchObject({ teacher: 'Bea Jones', careerStage: 'Main pay range', rating: 'achieved', payRecommendation: null });
    expect(byName.get('letter.docx')).toBeNull();
    expect(report.outcomes.reviews).toBe(2);
    expect(report.outcomes.ratingsByCareerStage['UPR 1']?.achieved).toBe(1);
    expect(report.outcomes.ratingsByCareerStage['Main pay range']?.achieved).toBe(1);
  });

  it('--anonymise replaces teachers’ and files’ names with the same codes in every run', async () => {
    const first = await runCli(['check', '--format', 'json', '--anonymise', dir]);
    const second = await runCli(['check', '--format', 'json', '--anonymise', dir]);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout).not.toMatch(/Ahmed|Khan|Bea|Jones|letter/);
    const report = JSON.parse(first.stdout) as JsonReport;
    expect(report.files.map((f) => f.path).sort()).toEqual([ahmed, bea, letter].map(fileCode).sort());
    expect(report.files.map((f) => f.outcome?.teacher).filter(Boolean).sort()).toEqual([teacherCode('Ahmed Khan'), teacherCode('Bea Jones')].sort());
    expect(teacherCode('  bea   JONES ')).toBe(teacherCode('Bea Jones'));
    expect(report.outcomes.reviews).toBe(2);
  });

  it('shows the outcomes first in the HTML report, as tables with bars and their numbers, and no script', async () => {
    const out = path.join(makeTempDir('sc-outcomes-out-'), 'report.html');
    await runCli(['check', '--format', 'html', '--anonymise', '--out', out, dir]);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script|Ahmed|Jones/);
    const outcomes = html.indexOf('<section class="outcomes"');
    expect(outcomes).toBeGreaterThan(0);
    expect(outcomes).toBeLessThan(html.indexOf('documents checked'));
    expect(outcomes).toBeLessThan(html.indexOf('<section class="file"'));
    // Ratings by career stage as a table (the numbers in cells, a stacked bar under each stage's name), in the edition's order.
    expect(html).toMatch(/<h2>Ratings by career stage<\/h2>.*<th scope="col">Career stage<\/th><th scope="col" class="n"><span class="long">Not meeting expectations<\/span><span class="brief" aria-hidden="true">Not met<\/span><\/th>/s);
    expect(html).toMatch(/<th scope="row">Main pay range<div class="stack" aria-hidden="true">.*?<\/div><\/th><td class="n">0<\/td><td class="n">1<\/td><td class="n">0<\/td><td class="n">0<\/td><td class="n"><b>1<\/b><\/td>/);
    expect(html.indexOf('<th scope="row">Main pay range')).toBeLessThan(html.indexOf('<th scope="row">UPR 1'));
    expect(html).toMatch(/aria-label="Complete: 0"/);
    expect(html).toContain(teacherCode('Ahmed Khan'));
  });

  it('writes one CSV row per file for Excel (the outcome and counts of findings), and one per finding with findings-csv', async () => {
    const { stdout } = await runCli(['check', '--format', 'csv', dir]);
    expect(stdout.startsWith('\uFEFF"file","teacher","career stage","rating","pay recommendation","objectives","standards cited","missing","errors","warnings","notes","status"\r\n')).toBe(true);
    // Every field toCsv writes is quoted, an empty one (null) is not: split on the commas between fields.
    const cells = (row: string) => (row.match(/"(?:[^"]|"")*"|(?<=^|,)(?=,|$)/g) ?? []).map((c) => c.replace(/^"|"$/g, '').replace(/""/g, '"'));
    const rows = stdout.slice(1).split('\r\n').filter(Boolean).slice(1).map(cells);
    expect(rows).toHaveLength(3);
    const row = (name: string) => (rows.find((r) => path.basename(r[0] ?? '') === name) as string[]).slice(1);
    const counts = (r: string[]) => r.slice(7, 10).map(Number);
    expect(row('Ahmed Khan review.docx')).toEqual(['Ahmed Khan', 'UPR 1', 'Achieved expectations', 'Progress', '0', '', 'objectives', ...row('Ahmed Khan review.docx').slice(7, 10), 'checked']);
    expect(counts(row('Ahmed Khan review.docx'))[0]).toBe(0);
    // Bea's review states a rating and no pay recommendation: a pay-rule warning.
    expect(row('Bea Jones review.docx')).toEqual(['Bea Jones', 'Main pay range', 'Achieved expectations', '', '0', '', 'rationale; pay recommendation; objectives', '0', '1', '1', 'checked']);
    expect(row('letter.docx')).toEqual(['', '', '', '', '', '', '', '0', '0', '1', 'not a review']);

    const findings = await runCli(['check', '--format', 'findings-csv', dir]);
    expect(findings.stdout.startsWith('\uFEFF"file","career stage","severity","kind","descriptor","paragraph","message","excerpt","diff"\r\n')).toBe(true);
    expect(findings.stdout).toMatch(/"not-a-review"/);

    const anonymised = await runCli(['check', '--format', 'csv', '--anonymise', dir]);
    expect(anonymised.stdout).not.toMatch(/Ahmed|Khan|Bea|Jones|letter/);
    expect(anonymised.stdout).toContain(`"${teacherCode('Ahmed Khan')}","UPR 1"`);
  });
});
