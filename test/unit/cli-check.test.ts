import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../support/run-cli';
import { makeTempDir } from '../support/temp-dir';

const fixtures = path.join(__dirname, '..', 'fixtures', 'docx');
const reviews = path.join(fixtures, 'reviews');
const real = path.join(fixtures, 'real');
const review = (name: string) => path.join(reviews, `${name}.docx`);

interface JsonReport {
  files: { path: string; careerStage: string | null; findings: { kind: string; severity: string; id: string | null; message: string; excerpt: string }[]; error: string | null }[];
  summary: { files: number; filesWithFindings: number; errors: number; byKind: Record<string, number> };
}

function badFolder(): string {
  const dir = makeTempDir('sc-check-');
  fs.writeFileSync(path.join(dir, 'empty.docx'), '');
  fs.writeFileSync(path.join(dir, 'notes.docx'), 'just some text');
  const cfb = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
  fs.writeFileSync(path.join(dir, 'locked.docx'), cfb);
  fs.writeFileSync(path.join(dir, 'old.doc'), cfb);
  fs.writeFileSync(path.join(dir, '~$clean-review.docx'), 'lock file');
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.copyFileSync(review('clean-review'), path.join(dir, 'sub', 'clean-review.docx'));
  return dir;
}

describe('cli check', () => {
  it('exits 0 with no findings for a clean review, and says so', async () => {
    const { code, stdout } = await runCli(['check', review('clean-review')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/clean-review\.docx \(Main pay range\): no findings/);
    expect(stdout).toMatch(/Checked 1 file: 0 with findings/);
  });

  it('exits 1 and lists each finding in text', async () => {
    const { code, stdout } = await runCli(['check', review('edited-descriptor'), review('wrong-stage')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/warning edited-descriptor +¶\d+ Descriptor TS\S+ has been edited/);
    expect(stdout).toMatch(/\[-\S+-\]/);
    expect(stdout).toMatch(/stage-mismatch/);
  });

  it('reads every real Word fixture without error: none is a review, so no warnings and exit 0', async () => {
    const { code, stdout } = await runCli(['check', '--format', 'json', real]);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.summary.files).toBe(14);
    expect(report.summary.errors).toBe(0);
    expect(report.summary.filesWithFindings).toBe(0);
    const kinds = report.files.flatMap((f) => f.findings.map((x) => x.kind));
    expect(kinds).toEqual(report.files.map(() => 'not-a-review'));
    expect(code).toBe(0);
  });

  it('prints the JSON shape HR tools rely on, searching folders recursively', async () => {
    const { code, stdout } = await runCli(['check', '--format', 'json', reviews]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.summary).toMatchObject({ files: 10, filesWithFindings: 9, errors: 0 });
    expect(report.summary.byKind).toMatchObject({ 'edited-descriptor': 2, 'stage-mismatch': 2, 'unknown-descriptor': 1, 'missing-stage': 1 });
    const unknown = report.files.find((f) => f.path.endsWith('unknown-id.docx'));
    expect(unknown?.careerStage).toBe('Main pay range');
    expect(unknown?.findings[0]).toMatchObject({ kind: 'unknown-descriptor', severity: 'error', id: 'TS2.9/MPR/4' });
    expect(unknown?.error).toBeNull();
  });

  it('gives each bad file one clear error and carries on', async () => {
    const dir = badFolder();
    const { code, stdout } = await runCli(['check', '--format', 'json', dir, path.join(dir, 'old.doc'), path.join(dir, 'missing.docx')]);
    // 3: some files could not be read; the others were checked and are in the report.
    expect(code).toBe(3);
    const report = JSON.parse(stdout) as JsonReport;
    const errorOf = (name: string) => report.files.find((f) => path.basename(f.path) === name)?.error;
    expect(errorOf('empty.docx')).toMatch(/empty/);
    expect(errorOf('notes.docx')).toMatch(/not a Word document/);
    expect(errorOf('locked.docx')).toMatch(/password-protected or legacy \.doc/);
    expect(errorOf('old.doc')).toMatch(/Word 97–2003 \.doc/);
    expect(errorOf('missing.docx')).toMatch(/No such file/);
    expect(errorOf('clean-review.docx')).toBeNull();
    expect(report.files.some((f) => f.path.includes('~$'))).toBe(false);
    expect(report.summary.errors).toBe(5);
  });

  it('prints a CSV of findings for Excel, one row per finding', async () => {
    const { stdout } = await runCli(['check', '--format', 'findings-csv', review('edited-descriptor'), review('non-standard-rating')]);
    expect(stdout.startsWith('\uFEFF"file","career stage","severity","kind","descriptor","paragraph","message","excerpt","diff"\r\n')).toBe(true);
    const lines = stdout.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/"warning","edited-descriptor","TS/);
    expect(lines[2]).toMatch(/"non-standard-rating"/);
  });

  it('writes a self-contained, escaped HTML report to --out and leaves the documents alone', async () => {
    const dir = badFolder();
    const evil = path.join(dir, '<img onerror=alert(1)> & "x".docx');
    fs.writeFileSync(evil, 'x');
    const before = fs.readFileSync(review('edited-descriptor'));
    const out = path.join(makeTempDir('sc-report-'), 'report.html');
    const { code, stderr } = await runCli(['check', '--format', 'html', '--out', out, reviews, dir]);
    expect(code).toBe(3);
    expect(stderr).toMatch(/Wrote the html report/);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|src=/i);
    expect(html).toContain('&lt;img onerror=alert(1)&gt; &amp; &quot;x&quot;.docx');
    expect(html).toContain('Findings by kind');
    expect(html).toContain('Findings by standard');
    expect(html).toMatch(/<del>[^<]+<\/del>/);
    expect(fs.readFileSync(review('edited-descriptor')).equals(before)).toBe(true);
  });

  it('exits 2 on bad usage', async () => {
    expect((await runCli(['check'])).code).toBe(2);
    expect((await runCli(['check', '--format', 'xml', reviews])).code).toBe(2);
    expect((await runCli(['check', '--colour', reviews])).code).toBe(2);
    const empty = makeTempDir('sc-empty-');
    const r = await runCli(['check', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/No \.docx files found/);
  });

  it('prints nothing on stderr when not on a terminal', async () => {
    expect((await runCli(['check', '--format', 'json', reviews])).stderr).toBe('');
  });
});
