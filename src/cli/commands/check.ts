import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { editionMap } from '../../core/edition/check';
import { FrameworkError, type Framework } from '../../core/framework/framework';
import { formatProblems } from '../../core/framework/validate';
import { loadEditionsFolder } from '../editions';
import { loadFrameworkFolder } from '../framework-folder';
import { UsageError, type CommandIo } from '../io';
import { csvReport } from '../report/csv';
import { htmlReport } from '../report/html';
import { jsonReport } from '../report/json';
import { exitCode, summarise, type FileReport } from '../report/model';
import { ProgressBar } from '../report/progress';
import { textReport } from '../report/text';
import { checkFile, unreadReport } from './check-file';
import { checkInWorkers, workersAvailable, workersFor } from './check-parallel';

const FORMATS = ['text', 'json', 'csv', 'html'] as const;
type Format = (typeof FORMATS)[number];

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

/** The most `--threads` may ask for. */
const MAX_THREADS = 64;

function parseThreads(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_THREADS)) throw new UsageError(`--threads must be a whole number from 1 to ${MAX_THREADS}, not "${value}".`);
  return n;
}

export async function runCheck(args: string[], io: CommandIo): Promise<number> {
  let values: { format?: string; out?: string; framework?: string; editions?: string; threads?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { format: { type: 'string' }, out: { type: 'string' }, framework: { type: 'string' }, editions: { type: 'string' }, threads: { type: 'string' } },
      allowPositionals: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}".`);
  const requestedThreads = parseThreads(values.threads);
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
  if (values.out) {
    const outPath = path.resolve(values.out);
    if (list.some((t) => path.resolve(t.path) === outPath)) throw new UsageError('--out must not name one of the documents being checked.');
  }

  const readable = list.filter((t) => !t.error).map((t) => t.path);
  const progress = io.isTTY && process.stderr.isTTY && readable.length >= PROGRESS_FROM ? new ProgressBar(readable.length, (t) => process.stderr.write(t)) : null;
  let done = 0;
  progress?.update(0);
  const reported = (report: FileReport) => progress?.update(++done, path.basename(report.path));
  const workers = workersFor(readable.length, os.availableParallelism(), requestedThreads);
  const parallel = workers > 0 && workersAvailable();
  if (workers > 0 && !parallel && requestedThreads !== undefined) io.stderr('Worker threads are not available here (this is not the compiled CLI); checking on one thread.');
  const checked = parallel
    ? await checkInWorkers(readable, {
        workers,
        framework,
        editions,
        onReport: reported,
        onWorkerStopped: (reason, file) => io.stderr(`A worker thread stopped (${reason})${file ? `; ${file} was checked again on the main thread` : ''}.`),
      })
    : readable.map((file) => {
        const report = checkFile(framework, file, editions);
        reported(report);
        return report;
      });
  progress?.finish();
  let next = 0;
  const reports = list.map((t) => (t.error ? unreadReport(t.path, t.error) : (checked[next++] as FileReport)));

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
    fs.writeFileSync(path.resolve(values.out), output);
    io.stderr(`Wrote the ${format} report to ${values.out}.`);
  } else {
    io.stdout(output);
  }
  return exitCode(reports);
}
