/**
 * Helpers for the reliability suite: generated bad inputs (nothing large is committed), hashes of every input before
 * and after, and the compiled CLI run as a user runs it (for what only a real process shows: peak memory, a crash,
 * EPIPE, a pipe that would block).
 */
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strToU8, zipSync, type Zippable } from 'fflate';

export const root = path.join(__dirname, '..', '..');
export const reviewsDir = path.join(root, 'test', 'fixtures', 'docx', 'reviews');
export const realDir = path.join(root, 'test', 'fixtures', 'docx', 'real');
export const hampshireDir = path.join(root, 'framework-data');
export const stMarysDir = path.join(root, 'test', 'fixtures', 'editions', 'st-marys-2027');

export function tempDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `sc-rel-${name}-`));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal Word package around a body (the XML inside <w:body>), with optional custom properties. */
export function docxWith(body: string, options: { rels?: string; custom?: Record<string, string>; documentXml?: string } = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      options.rels ??
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>${options.custom ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>' : ''}</Relationships>`,
    ),
    'word/document.xml': strToU8(options.documentXml ?? `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  };
  if (options.custom) {
    const props = Object.entries(options.custom)
      .map(([k, v], i) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${k}"><vt:lpwstr>${v}</vt:lpwstr></property>`)
      .join('');
    files['docProps/custom.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props}</Properties>`,
    );
  }
  return zipSync(files, { level: 6 });
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

export function paragraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** A block content control with a tag around a paragraph. */
export function control(tag: string, text: string): string {
  return `<w:sdt><w:sdtPr><w:tag w:val="${escapeXml(tag)}"/></w:sdtPr><w:sdtContent>${paragraph(text)}</w:sdtContent></w:sdt>`;
}

/** Content controls nested `depth` deep, each with a paragraph: the document that once took memory growing with depth². */
export function nestedControls(depth: number): Uint8Array {
  const open = '<w:sdt><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>a</w:t></w:r></w:p>';
  const close = '</w:sdtContent></w:sdt>';
  return docxWith(open.repeat(depth) + close.repeat(depth));
}

/** sha256 of every file under each path (links not followed, special files named only), for before/after comparison. */
export function hashTree(paths: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (p: string) => {
    const stat = fs.lstatSync(p);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) visit(path.join(p, name));
    } else if (stat.isFile()) {
      out.set(p, createHash('sha256').update(fs.readFileSync(p)).digest('hex'));
    } else if (stat.isSymbolicLink()) {
      out.set(p, `link → ${fs.readlinkSync(p)}`);
    } else {
      out.set(p, `special ${stat.mode.toString(8)}`);
    }
  };
  for (const p of paths) visit(p);
  return out;
}

/** The compiled CLI, which jest's global setup (test/support/jest-global-setup.js) keeps up to date in build/cli. */
export const compiledCli = path.join(root, 'build', 'cli', 'src', 'cli', 'main.js');

/** Writes the process's peak resident memory (kB) to stderr as its last line; loaded with `node --require`. */
const measure = path.join(__dirname, 'peak-rss.js');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the CLI process, in MB. */
  peakMb: number;
}

/** Runs the compiled CLI as a user would. `timeout` only guards against a hang; no assertion depends on timing. */
export function runCompiled(args: string[], options: { input?: string; timeout?: number; nodeArgs?: string[] } = {}): Run {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [...(options.nodeArgs ?? []), '--require', measure, compiledCli, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeout ?? 60_000,
    input: options.input,
  });
  const match = /\nPEAK_RSS_KB (\d+)\n$/.exec(result.stderr ?? '');
  return {
    code: result.status,
    signal: result.signal,
    stdout: result.stdout ?? '',
    stderr: (result.stderr ?? '').replace(/\nPEAK_RSS_KB \d+\n$/, ''),
    peakMb: match ? Number(match[1]) / 1024 : NaN,
  };
}
