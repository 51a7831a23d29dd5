import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { checkWithEditions, editionMap } from '../../core/edition/check';
import { FrameworkError, type Framework } from '../../core/framework/framework';
import { formatProblems } from '../../core/framework/validate';
import { DocxError } from '../docx/errors';
import { readDocx } from '../docx/read-docx';
import { loadEditionsFolder } from '../editions';
import { loadFrameworkFolder } from '../framework-folder';
import { UsageError, type CommandIo } from '../io';
import { csvReport } from '../report/csv';
import { htmlReport } from '../report/html';
import { jsonReport } from '../report/json';
import { exitCode, summarise, type FileReport } from '../report/model';
import { ProgressBar } from '../report/progress';
import { textReport } from '../report/text';

const FORMATS = ['text', 'json', 'csv', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** Files bigger than this are not read at all (a review is well under 10 MB, even with photos). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** Show a progress bar from this many files (on a terminal only). */
const PROGRESS_FROM = 6;

interface Target {
  path: string;
  /** Set when the argument itself could not be used. */
  error?: string;
}

function isLockFile(name: string): boolean {
  return name.startsWith('~$');
}

/** Every .docx under a folder, recursively, in a stable order; Word's `~$` lock files are skipped. */
function docxUnder(folder: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...docxUnder(full));
    else if (entry.isFile() && /\.docx$/i.test(entry.name) && !isLockFile(entry.name)) out.push(full);
  }
  return out;
}

function targets(args: readonly string[]): Target[] {
  const out: Target[] = [];
  for (const arg of args) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch {
      out.push({ path: arg, error: 'No such file or folder.' });
      continue;
    }
    if (stat.isDirectory()) out.push(...docxUnder(arg).map((p) => ({ path: p })));
    else if (!isLockFile(path.basename(arg))) out.push({ path: arg });
  }
  return out;
}

/**
 * Reads and checks one file; any problem with the file becomes its `error`, and the run carries on.
 * `editions` (by `id@version`) are the editions a document may name in its StandardsEdition property; a document is
 * checked against its own edition when it is there, and against `framework` (the current edition) otherwise.
 */
export function checkFile(framework: Framework, file: string, editions: ReadonlyMap<string, Framework> = new Map()): FileReport {
  const empty = { path: file, careerStage: null, findings: [], coverage: null };
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) return { ...empty, error: `The file is ${Math.round(size / 1048576)} MB, too large to be a review document; it was not read.` };
    const bytes = fs.readFileSync(file);
    const doc = readDocx(bytes, { fileName: file });
    const result = checkWithEditions(framework, editions, doc);
    return { path: file, careerStage: result.careerStage, findings: result.findings, coverage: result.coverage, error: null };
  } catch (error) {
    if (error instanceof DocxError) return { ...empty, error: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return { ...empty, error: 'The file cannot be opened (permission denied).' };
    if (code === 'EISDIR' || code === 'ENOENT') return { ...empty, error: 'No such file.' };
    return { ...empty, error: `The file could not be checked: ${(error as Error).message}` };
  }
}

export function runCheck(args: string[], io: CommandIo): number {
  let values: { format?: string; out?: string; framework?: string; editions?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { format: { type: 'string' }, out: { type: 'string' }, framework: { type: 'string' }, editions: { type: 'string' } },
      allowPositionals: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}".`);
  if (positionals.length === 0) throw new UsageError('check needs at least one .docx file or folder.');
  let framework: Framework;
  let editions: Map<string, Framework>;
  try {
    framework = loadFrameworkFolder(values.framework);
    // The current edition wins over a folder of the same id@version under --editions.
    editions = editionMap([...(values.editions ? loadEditionsFolder(values.editions) : []), framework]);
  } catch (error) {
    if (error instanceof FrameworkError) {
      io.stderr(formatProblems(error.problems));
      return 1;
    }
    throw error;
  }
  const list = targets(positionals);
  if (list.length === 0) throw new UsageError(`No .docx files found in ${positionals.join(', ')}.`);
  const progress = io.isTTY && process.stderr.isTTY && list.length >= PROGRESS_FROM ? new ProgressBar(list.length, (t) => process.stderr.write(t)) : null;
  const reports: FileReport[] = [];
  list.forEach((t, i) => {
    progress?.update(i, path.basename(t.path));
    reports.push(t.error ? { path: t.path, careerStage: null, findings: [], coverage: null, error: t.error } : checkFile(framework, t.path, editions));
  });
  progress?.finish();
  const summary = summarise(framework, reports);
  const output =
    format === 'json'
      ? jsonReport(reports, summary)
      : format === 'csv'
        ? csvReport(reports)
        : format === 'html'
          ? htmlReport(framework, reports, summary, new Date())
          : textReport(reports, summary);
  if (values.out) {
    const outPath = path.resolve(values.out);
    if (list.some((t) => path.resolve(t.path) === outPath)) throw new UsageError('--out must not name one of the documents being checked.');
    fs.writeFileSync(outPath, output);
    io.stderr(`Wrote the ${format} report to ${values.out}.`);
  } else {
    io.stdout(output);
  }
  return exitCode(reports);
}
