/**
 * The reliability suite: bad inputs and faults against the CLI, the build's edition check and the pane's draft
 * editions, each generated here (nothing large is committed). Every case asserts the exit code and the message, and
 * after all of them every input's hash is compared with its hash before: no input may change, ever.
 *
 * What needs a real process (peak memory, a crash, EPIPE) is in process.test.ts; fuzzing is in fuzz.test.ts.
 */
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { readDocx } from '../../src/cli/docx/read-docx';
import { DocxError } from '../../src/cli/docx/errors';
import { parseXml } from '../../src/cli/docx/package';
import { editionFolderReport } from '../../src/cli/editions';
import { checkDraftFiles } from '../../src/taskpane/settings/draft-edition';
import { parseEditionFiles } from '../../src/core/edition/files';
import { bundledFramework } from '../../src/core/framework/bundled';
import { runCli } from '../support/run-cli';
import { control, docxWith, hampshireDir, hashTree, nestedControls, paragraph, reviewsDir, stMarysDir, tempDir } from './support';
import { makeEdition, tsEntry } from './editions-support';

/** Bad inputs tried in this file (each generated file, link, special file or edition counts once). */
let tried = 0;
const bad = <T>(value: T): T => {
  tried += 1;
  return value;
};

const work = tempDir('inputs');
const docs = path.join(work, 'docs');
fs.mkdirSync(docs);
fs.copyFileSync(path.join(reviewsDir, 'clean-review.docx'), path.join(docs, 'clean-review.docx'));
fs.copyFileSync(path.join(reviewsDir, 'edited-descriptor.docx'), path.join(docs, 'edited-descriptor.docx'));
const clean = path.join(docs, 'clean-review.docx');
const edited = path.join(docs, 'edited-descriptor.docx');
const outDir = tempDir('out');

// Editions: a school edition derived from Hampshire, and editions that break the rules in different ways.
const editions = path.join(work, 'editions');
const stMarys = path.join(editions, 'st-marys');
fs.cpSync(stMarysDir, stMarys, { recursive: true });
/** Derived from St Mary's, which retired TS1.1/MPR/3: it un-retires (reuses) it. */
const unretired = bad(
  makeEdition(path.join(editions, 'oakwood'), stMarys, { id: 'oakwood', version: '1.0', derivedFrom: 'st-marys-2027@1.0' }, (ts) => {
    const entry = tsEntry(ts, 0, 0, 'MPR', 2);
    delete entry.retired;
    entry.text = 'Reused wording under a retired id.';
  }),
);
/** Keeps Hampshire's id and version, with changed wording. */
const sameKey = bad(
  makeEdition(path.join(work, 'same-key'), hampshireDir, { id: 'hampshire', version: '1.0', derivedFrom: null }, (ts) => {
    tsEntry(ts, 0, 0, 'ECT1', 0).text = 'Changed wording under the bundled id and version.';
  }),
);
/** Derived from Hampshire, with an id removed instead of retired. */
const removed = bad(
  makeEdition(path.join(work, 'removed'), hampshireDir, { id: 'removed-id', version: '1.0', derivedFrom: 'hampshire@1.0' }, (ts) => {
    ts.standards[0].subStandards[0].cells.ECT1.pop();
  }),
);
/** Two editions, each derived from the other. */
const loopA = bad(makeEdition(path.join(work, 'loop', 'a'), hampshireDir, { id: 'loop-a', version: '1.0', derivedFrom: 'loop-b@1.0' }));
bad(makeEdition(path.join(work, 'loop', 'b'), hampshireDir, { id: 'loop-b', version: '1.0', derivedFrom: 'loop-a@1.0' }));

const inputs = [work, hampshireDir, stMarysDir, reviewsDir];
/** The hash of every input, taken as it is made (and before anything reads it). */
const before = new Map<string, string>();
/** Records the hashes of inputs made inside a test, before the CLI is run on them. */
function track(...paths: string[]): void {
  for (const [file, hash] of hashTree(paths)) before.set(file, hash);
}
track(...inputs);

afterAll(() => {
  // Special files (pipes, sockets) are named, never read, by the hash; everything else is hashed.
  const after = hashTree(inputs.filter((p) => fs.existsSync(p)));
  const changed = [...before].filter(([file, hash]) => after.get(file) !== hash && !file.includes(`${path.sep}sock${path.sep}`));
  expect(changed).toEqual([]);
  for (const dir of [work, outDir]) fs.rmSync(dir, { recursive: true, force: true });
  console.log(`reliability suite (bad-inputs.test.ts): ${tried} bad inputs tried; no input changed (${before.size} files hashed before and after).`);
});

function docxError(bytes: Uint8Array): DocxError {
  try {
    readDocx(bytes, { fileName: 'x.docx' });
  } catch (error) {
    if (error instanceof DocxError) return error;
    throw error;
  }
  throw new Error('expected a DocxError');
}

describe('1. bounded work per file', () => {
  it('refuses content controls nested 30,000 deep with one error, quickly and in little memory', () => {
    expect(docxError(bad(nestedControls(30_000))).message).toMatch(/too deeply nested to be a review: word\/document\.xml has elements more than 1,000 levels deep/);
  });

  it('refuses nesting just past the limit, and reads nesting within it', () => {
    expect(docxError(bad(nestedControls(500))).problem).toBe('too-complex'); // 500 controls are 1,000 elements deep, with the body
    expect(readDocx(nestedControls(400)).blocks).toHaveLength(400);
  });

  it('refuses a part with more than a million elements', () => {
    expect(docxError(bad(docxWith('<w:p/>'.repeat(1_000_001)))).message).toMatch(/more than 1,000,000 XML elements/);
  });

  it('stops a part that takes longer than the time limit (a clock given by the test)', () => {
    tried += 1;
    let t = 0;
    const xml = new TextEncoder().encode(`<a>${'<b/>'.repeat(100_000)}</a>`);
    expect(() => parseXml('word/document.xml', xml, { open() {}, close() {}, text() {} }, { maxDepth: 1000, maxElements: 1e6, maxMilliseconds: 1000, now: () => (t += 100) })).toThrow(
      /took more than 1 seconds to read/,
    );
  });

  it('checks the rest of a batch and reports the deep file as one error (exit 3)', async () => {
    const deep = path.join(work, 'deep');
    fs.mkdirSync(deep);
    fs.writeFileSync(path.join(deep, 'deep.docx'), nestedControls(30_000));
    fs.copyFileSync(clean, path.join(deep, 'clean.docx'));
    track(deep);
    const r = await runCli(['check', '--format', 'json', deep]);
    expect(r.code).toBe(3);
    const report = JSON.parse(r.stdout) as { files: { path: string; error: string | null }[] };
    expect(report.files.map((f) => [path.basename(f.path), f.error === null])).toEqual([
      ['clean.docx', true],
      ['deep.docx', false],
    ]);
  });
});

describe('2. --out can never overwrite an input', () => {
  const usage = async (args: string[], pattern: RegExp) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
  };

  it('refuses a symlink to an input document', async () => {
    const link = bad(path.join(outDir, 'link-to-input.csv'));
    fs.symlinkSync(clean, link);
    await usage(['check', '--format', 'csv', '--out', link, clean], /is one of the files being read/);
  });

  it('refuses a hard link to an input document', async () => {
    const link = bad(path.join(outDir, 'hard-link.csv'));
    fs.linkSync(edited, link);
    await usage(['check', '--format', 'csv', '--out', link, edited], /is a link to one of the files being read/);
  });

  it('refuses a file inside a folder being checked, however it is spelt', async () => {
    await usage(['check', '--out', bad(path.join(docs, 'report.txt')), docs], /inside .*docs, a folder being read/);
    await usage(['check', '--out', bad(path.join(outDir, '..', path.basename(work), 'docs', 'x', '..', 'report.txt')), docs], /a folder being read/);
  });

  it('refuses the --framework edition’s own teachers-standards.json, and a link to it', async () => {
    await usage(['check', '--framework', stMarys, '--out', bad(path.join(stMarys, 'teachers-standards.json')), clean], /a folder being read/);
    const link = bad(path.join(outDir, 'ts-link.json'));
    fs.symlinkSync(path.join(stMarys, 'teachers-standards.json'), link);
    await usage(['check', '--framework', stMarys, '--out', link, clean], /a folder being read/);
  });

  it('refuses a file of an --editions edition, and of the bundled edition', async () => {
    await usage(['check', '--editions', editions, '--out', bad(path.join(stMarys, 'edition.json')), clean], /a folder being read/);
    await usage(['check', '--out', bad(path.join(hampshireDir, 'wording.json')), clean], /a folder being read/);
  });

  it('refuses an edition diff --out over either edition’s files, directly or through a link', async () => {
    await usage(['edition', 'diff', hampshireDir, stMarys, '--out', bad(path.join(stMarys, 'edition.json'))], /a folder being read/);
    const link = bad(path.join(outDir, 'edition-link.html'));
    fs.symlinkSync(path.join(stMarys, 'career-stages.json'), link);
    await usage(['edition', 'diff', hampshireDir, stMarys, '--format', 'html', '--out', link], /a folder being read/);
  });

  const writeFails = async (args: string[], pattern: RegExp) => {
    const r = await runCli(args);
    expect(r.code).toBe(4);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
  };

  it('gives one line and exit 4 for a missing folder, a folder, and a read-only place', async () => {
    await writeFails(['check', '--out', bad(path.join(outDir, 'no-such-folder', 'r.txt')), clean], /Could not write the report to .*r\.txt: its folder does not exist\. Nothing was written\.$/m);
    await writeFails(['check', '--out', bad(outDir), clean], /Could not write the report to .*: it is a folder/);
    await writeFails(['edition', 'diff', hampshireDir, stMarys, '--out', bad('/proc/sc-report.txt')], /Could not write the report to \/proc\/sc-report\.txt/);
  });

  const canMount = (() => {
    try {
      const probe = tempDir('mount-probe');
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
      execFileSync('umount', [probe], { stdio: 'ignore' });
      fs.rmdirSync(probe);
      return true;
    } catch {
      return false;
    }
  })();
  (canMount ? it : it.skip)('leaves an earlier report intact when the disk is full (a 64 KB tmpfs; needs root)', async () => {
    tried += 1;
    const full = tempDir('full');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', full]);
    try {
      const out = path.join(full, 'report.json');
      fs.writeFileSync(out, 'the earlier report');
      fs.writeFileSync(path.join(full, 'filler'), Buffer.alloc(56 * 1024));
      // The JSON report of these files is far over the 8 KB left.
      await writeFails(['check', '--format', 'json', '--out', out, reviewsDir], /the disk is full\. Nothing was written; the earlier file there is unchanged\./);
      expect(fs.readFileSync(out, 'utf8')).toBe('the earlier report');
      expect(fs.readdirSync(full).sort()).toEqual(['filler', 'report.json']);
    } finally {
      execFileSync('umount', [full]);
      fs.rmdirSync(full);
    }
  });

  it('writes through a temporary file beside the target and renames it, leaving nothing else behind', async () => {
    const out = path.join(outDir, 'fresh', 'report.csv');
    fs.mkdirSync(path.dirname(out));
    fs.writeFileSync(out, 'old');
    const r = await runCli(['check', '--format', 'csv', '--out', out, clean]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^\uFEFF"file"/);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['report.csv']);
  });
});

/** The cells of a CSV written by toCsv: every field is in double quotes. */
function csvCells(csv: string): string[] {
  return [...csv.replace(/^\uFEFF/, '').matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] as string).replace(/""/g, '"'));
}

describe('3. spreadsheet-safe CSV', () => {
  const payloads = ['=HYPERLINK("https://example.org/?leak="&A2,"Click")', '+SUM(1,2)', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '=cmd|\' /C calc\'!A0'];

  it('neutralises formula cells from tags, document text and file names, in every column', async () => {
    const dir = path.join(work, 'csv');
    fs.mkdirSync(dir);
    const body = [
      paragraph('Career stage: Main pay range'),
      // Read into the outcome's teacher, so the one-row-per-review CSV carries a payload in a text column too.
      paragraph(`Teacher: ${payloads[0] as string}`),
      ...payloads.map((p) => control(`tsd:${p}`, p)),
      ...payloads.map((p) => paragraph(`${p} and then some ordinary words to make a sentence of it`)),
    ].join('');
    for (const [i, name] of ['=1+1.docx', '@SUM(A1).docx', '+1.docx', '-1.docx'].entries()) {
      fs.writeFileSync(path.join(dir, bad(name)), docxWith(body, { custom: { StandardsEdition: payloads[i] as string } }));
    }
    track(dir);
    tried += payloads.length * 2;
    // Both CSVs: one row per review (file, teacher, …) and one row per finding (tags, text, diffs).
    for (const format of ['csv', 'findings-csv']) {
      const r = await runCli(['check', '--format', format, dir]);
      const cells = csvCells(r.stdout);
      expect(cells.length).toBeGreaterThan(40);
      const dangerous = cells.filter((c) => /^[=+\-@\t\r]/.test(c));
      expect(dangerous).toEqual([]);
      expect(cells).toContain(`'${path.join(dir, '=1+1.docx')}`.replace(/^'(?=[^=+\-@])/, ''));
      expect(cells.some((c) => c.startsWith(`'=HYPERLINK(`))).toBe(true);
    }
  });

  it('does the same in export --format csv', async () => {
    const cells = csvCells((await runCli(['export', '--format', 'csv'])).stdout);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });
});

describe('4 and 5. one lineage and validity check everywhere', () => {
  const bundled = bundledFramework();
  const draft = async (dir: string) => {
    const chosen = fs.readdirSync(dir).map((name) => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      return { name, size: Buffer.byteLength(text), text };
    });
    const parsed = parseEditionFiles(chosen);
    if (!parsed.ok) return parsed.problems;
    const outcome = await checkDraftFiles(parsed.files, bundled);
    return outcome.ok ? [] : outcome.problems;
  };

  it('refuses an edition that reuses an id its parent school edition retired: validate, diff, check, build, pane', async () => {
    const validate = await runCli(['validate', '--editions', editions, unretired]);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toMatch(/oakwood\/teachers-standards\.json: \/standards\/0\/subStandards\/0\/cells\/MPR\/2: descriptor TS1\.1\/MPR\/3 was retired in st-marys-2027@1\.0 and cannot be reused/);
    const diff = await runCli(['edition', 'diff', stMarys, unretired]);
    expect(diff.code).toBe(1);
    expect(diff.stdout).toMatch(/Retired, then used again \(1\)[^\n]*\n {2}TS1\.1\/MPR\/3/);
    const check = await runCli(['check', '--framework', unretired, '--editions', stMarys, clean]);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/TS1\.1\/MPR\/3 was retired in st-marys-2027@1\.0/);
    const inFolder = await runCli(['check', '--editions', editions, clean]);
    expect(inFolder.code).toBe(1);
    expect(inFolder.stderr).toMatch(/oakwood\/teachers-standards\.json: .*TS1\.1\/MPR\/3 was retired/);
    expect(editionFolderReport(unretired, hampshireDir, editions).problems).toMatch(/oakwood\/teachers-standards\.json: \/standards\/0\/subStandards\/0\/cells\/MPR\/2: descriptor TS1\.1\/MPR\/3 was retired/);
    // Where St Mary's is not available (validate and the build not given it, and the pane, which has only Hampshire),
    // the lineage cannot be followed: refused, rather than guessed.
    const unavailable = /oakwood\/edition\.json: \/derivedFrom: derivedFrom names st-marys-2027@1\.0, which is not available here, so the lineage cannot be checked/;
    const alone = await runCli(['validate', unretired]);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toMatch(unavailable);
    expect(editionFolderReport(unretired, hampshireDir).problems).toMatch(unavailable);
    expect(await draft(unretired)).toEqual([expect.objectContaining({ file: 'edition.json', path: '/derivedFrom', message: expect.stringMatching(/^derivedFrom names st-marys-2027@1\.0, which is not available here/) })]);
  });

  it('refuses an edition that keeps the bundled id and version with changed wording: everywhere alike', async () => {
    const pattern = /same-key\/edition\.json: \/id: has the id and version of hampshire@1\.0, an edition already in use, but 1 descriptor differs/;
    const validate = await runCli(['validate', sameKey]);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toMatch(pattern);
    const check = await runCli(['check', '--framework', sameKey, edited]);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(pattern);
    expect(check.stdout).toBe('');
    expect(editionFolderReport(sameKey, hampshireDir).problems).toMatch(pattern);
    expect(await draft(sameKey)).toEqual([expect.objectContaining({ file: 'edition.json', path: '/id' })]);
  });

  it('refuses an edition that removed an id: check --framework, and edition diff lists it and exits 1', async () => {
    const check = await runCli(['check', '--framework', removed, clean]);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/removed\/teachers-standards\.json: \/standards\/0\/subStandards\/0\/cells\/ECT1\/2: descriptor TS1\.1\/ECT1\/3 has been removed; retire it instead/);
    const diff = await runCli(['edition', 'diff', hampshireDir, removed]);
    expect(diff.code).toBe(1);
    expect(diff.stdout).toMatch(/Removed without being retired \(1\)[^\n]*\n {2}TS1\.1\/ECT1\/3/);
    const html = path.join(outDir, 'removed.html');
    const page = await runCli(['edition', 'diff', hampshireDir, removed, '--format', 'html', '--out', html]);
    expect(page.code).toBe(1);
    expect(page.stdout).toMatch(/1 removed/);
    expect(fs.readFileSync(html, 'utf8')).toMatch(/Removed without being retired/);
  });

  it('names the file and JSON path of a removed id in validate', async () => {
    const r = await runCli(['validate', removed]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/removed\/teachers-standards\.json: \/standards\/0\/subStandards\/0\/cells\/ECT1\/2: descriptor TS1\.1\/ECT1\/3 has been removed/);
  });

  it('reports a derivedFrom loop', async () => {
    const r = await runCli(['validate', '--editions', path.dirname(loopA), loopA]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\/edition\.json: \/derivedFrom: derivedFrom goes round in a loop: loop-a@1\.0 → loop-b@1\.0 → loop-a@1\.0/);
  });

  it('still accepts the good school edition everywhere', async () => {
    expect((await runCli(['validate', stMarys])).code).toBe(0);
    expect((await runCli(['edition', 'diff', hampshireDir, stMarys])).code).toBe(0);
    expect((await runCli(['check', '--framework', stMarys, clean])).code).toBe(0);
    expect(await draft(stMarys)).toEqual([]);
  });
});

describe('6. regular files only', () => {
  const special = path.join(work, 'special');
  fs.mkdirSync(special);

  it('gives a named pipe one error and never opens it (the run would block for ever)', async () => {
    const fifo = bad(path.join(special, 'pipe.docx'));
    execFileSync('mkfifo', [fifo]);
    track(fifo);
    const direct = await runCli(['check', '--format', 'json', fifo, clean]);
    expect(direct.code).toBe(3);
    expect(direct.stdout).toMatch(/This is a named pipe, not a file; it was not read\./);
    const inFolder = await runCli(['check', special]);
    expect(inFolder.stdout).toMatch(/pipe\.docx: error: This is a named pipe/);
  });

  it('gives /dev/zero, and a .docx link to it, one error each', async () => {
    const link = bad(path.join(special, 'zero.docx'));
    fs.symlinkSync('/dev/zero', link);
    track(link);
    const r = await runCli(['check', bad('/dev/zero'), link]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^\/dev\/zero: error: This is a device, not a file; it was not read\.$/m);
    expect(r.stdout).toMatch(/zero\.docx: error: This is a device, not a file/);
  });

  it('gives a socket one error', async () => {
    const sock = bad(path.join(work, 'sock', 'review.docx'));
    fs.mkdirSync(path.dirname(sock));
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      const r = await runCli(['check', path.dirname(sock)]);
      expect(r.stdout).toMatch(/review\.docx: error: This is a socket, not a file/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('follows a symlinked .docx in a folder, reports a dangling one, and walks a folder loop once', async () => {
    const dir = path.join(work, 'links');
    fs.mkdirSync(dir);
    fs.symlinkSync(edited, bad(path.join(dir, 'linked.docx')));
    fs.symlinkSync(path.join(dir, 'nowhere.docx'), bad(path.join(dir, 'dangling.docx')));
    fs.symlinkSync(dir, bad(path.join(dir, 'loop')));
    track(dir);
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/dangling\.docx: error: This is a symbolic link to a file that is not there/);
    expect(r.stdout).toMatch(/linked\.docx \(Main pay range\):\n {2}warning edited-descriptor/);
    expect(r.stdout).toMatch(/Checked 2 files/);
  });

  it('gives a .doc in a folder the error the README promises', async () => {
    const dir = path.join(work, 'legacy');
    fs.mkdirSync(dir);
    const cfb = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    fs.writeFileSync(bad(path.join(dir, 'old review.doc')), cfb);
    fs.copyFileSync(clean, path.join(dir, 'new.docx'));
    track(dir);
    const r = await runCli(['check', dir]);
    expect(r.stdout).toMatch(/old review\.doc: error: This is a Word 97–2003 \.doc file, which cannot be checked/);
  });

  it('escapes control characters in file names in text output', async () => {
    const dir = path.join(work, 'names');
    fs.mkdirSync(dir);
    fs.copyFileSync(edited, path.join(dir, bad('forged\nChecked 0 files.docx')));
    fs.copyFileSync(clean, path.join(dir, bad('\u001b[2J\u001b[31mred.docx')));
    track(dir);
    const r = await runCli(['check', dir]);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('forged\\nChecked 0 files.docx');
    expect(r.stdout).toContain('\\x1b[2J\\x1b[31mred.docx');
    expect(r.stdout.match(/^Checked/gm)).toHaveLength(1);
  });

  it('gives a framework file that is a named pipe one error, without blocking', async () => {
    const dir = bad(path.join(work, 'pipe-edition'));
    fs.cpSync(stMarys, dir, { recursive: true });
    fs.rmSync(path.join(dir, 'career-stages.json'));
    execFileSync('mkfifo', [path.join(dir, 'career-stages.json')]);
    track(dir);
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/pipe-edition\/career-stages\.json: \/: cannot be read: This is a named pipe/);
  });
});

describe('7. smaller points', () => {
  it('names a missing --framework or --editions folder', async () => {
    const missing = bad(path.join(work, 'no-such-edition'));
    const r = await runCli(['check', '--framework', missing, clean]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${missing}: /: is not there: no such edition folder`);
    const v = await runCli(['validate', missing]);
    expect(v.code).toBe(3);
    expect(v.stderr).toMatch(/no-such-edition: no such file or folder/);
  });

  it('says that a .rels pointing outside the package is not followed', () => {
    const rels = (target: string, mode = '') =>
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"${mode}/></Relationships>`;
    for (const [target, mode] of [['../../etc/passwd', ''], ['file:///etc/passwd', ''], ['https://example.org/x.xml', ' TargetMode="External"'], ['/word/../../x.xml', '']] as const) {
      expect(docxError(bad(docxWith(paragraph('x'), { rels: rels(target, mode) }))).message).toMatch(/points the main document outside the package/);
    }
  });
});
