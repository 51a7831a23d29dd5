import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { editionMap } from '../../core/edition/check';
import { FrameworkError, type Framework } from '../../core/framework/framework';
import { formatProblems } from '../../core/framework/problems';
import { editionProblems } from '../../core/edition/lineage';
import { inFolder, loadEditionsFolder } from '../editions';
import { defaultFrameworkFolder, loadFrameworkFolder } from '../framework-folder';
import { collectInputs } from '../input-files';
import { EXIT, UsageError, printable, type CommandIo } from '../io';
import { guardOutput, writeFileAtomic } from '../safe-output';
import { anonymiseReports } from '../report/anonymise';
import { csvReport, findingsCsvReport } from '../report/csv';
import { htmlReport } from '../report/html';
import { jsonReport } from '../report/json';
import { exitCode, summarise, type FileReport } from '../report/model';
import { ProgressBar } from '../report/progress';
import { textReport } from '../report/text';
import { checkFile, unreadReport } from './check-file';
import { checkInWorkers, workersAvailable, workersFor } from './check-parallel';

const FORMATS = ['text', 'json', 'csv', 'findings-csv', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** Show a progress bar from this many files (on a terminal only). */
const PROGRESS_FROM = 6;

/** The most `--threads` may ask for. */
const MAX_THREADS = 64;

function parseThreads(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_THREADS)) throw new UsageError(`--threads must be a whole number from 1 to ${MAX_THREADS}, not "${value}".`);
  return n;
}

export async function runCheck(args: string[], io: CommandIo): Promise<number> {
  let values: { format?: string; out?: string; framework?: string; editions?: string; threads?: string; anonymise?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { format: { type: 'string' }, out: { type: 'string' }, framework: { type: 'string' }, editions: { type: 'string' }, threads: { type: 'string' }, anonymise: { type: 'boolean' } },
      allowPositionals: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}".`);
  const requestedThreads = parseThreads(values.threads);
  if (positionals.length === 0) throw new UsageError('check needs at least one .docx file or folder.');
  const { targets: list, folders } = collectInputs(positionals);
  if (list.length === 0) throw new UsageError(`No .docx files found in ${printable(positionals.join(', '))}.`);
  const bundledFolder = defaultFrameworkFolder();
  // Nothing is read before --out is known to be safe: not an input, not inside a folder being read, not an edition file.
  const guarded = {
    files: list.map((t) => t.path),
    folders: [...folders, bundledFolder, ...(values.framework ? [values.framework] : []), ...(values.editions ? [values.editions] : [])],
  };
  if (values.out) guardOutput(values.out, guarded);
  let framework: Framework;
  let editions: Map<string, Framework>;
  try {
    const bundled = loadFrameworkFolder(bundledFolder);
    framework = values.framework ? loadFrameworkFolder(values.framework) : bundled;
    const others = values.editions ? loadEditionsFolder(values.editions, values.framework ? [bundled, framework] : [bundled]) : [];
    // The edition checked against goes through the same lineage and validity check as `validate` and the build.
    if (values.framework) {
      const problems = inFolder(values.framework, editionProblems(framework, [bundled, ...others]));
      if (problems.length > 0) throw new FrameworkError(problems);
    }
    // The current edition wins over a folder of the same id@version under --editions.
    editions = editionMap([...others, framework]);
  } catch (error) {
    if (error instanceof FrameworkError) {
      io.stderr(error.problems.map((p) => printable(formatProblems([p]))).join('\n'));
      return EXIT.FINDINGS;
    }
    throw error;
  }

  const readable = list.filter((t) => !t.error).map((t) => t.path);
  const progress = io.isTTY && process.stderr.isTTY && readable.length >= PROGRESS_FROM ? new ProgressBar(readable.length, (t) => process.stderr.write(t)) : null;
  let done = 0;
  progress?.update(0);
  const reported = (report: FileReport) => progress?.update(++done, printable(path.basename(report.path)));
  const { workers, alsoHere } = workersFor(readable.length, os.availableParallelism(), requestedThreads);
  const parallel = workers > 0 && workersAvailable();
  if (workers > 0 && !parallel && requestedThreads !== undefined) io.stderr('Worker threads are not available here (this is not the compiled CLI); checking on one thread.');
  const checked = parallel
    ? await checkInWorkers(readable, {
        workers,
        alsoHere,
        framework,
        editions,
        onReport: reported,
        onWorkerStopped: (reason, file) => io.stderr(`A worker thread stopped (${reason})${file ? `; ${printable(file)} is reported as not checked` : ''}.`),
      })
    : readable.map((file) => {
        const report = checkFile(framework, file, editions);
        reported(report);
        return report;
      });
  progress?.finish();
  let next = 0;
  const all = list.map((t) => (t.error ? unreadReport(t.path, t.error) : (checked[next++] as FileReport)));
  // For governors: teachers' names and file names become stable codes in every format.
  const reports = values.anonymise ? anonymiseReports(all) : all;

  const summary = summarise(framework, reports);
  const output =
    format === 'json'
      ? jsonReport(reports, summary)
      : format === 'csv'
        ? csvReport(framework, reports)
        : format === 'findings-csv'
          ? findingsCsvReport(reports)
          : format === 'html'
          ? htmlReport(framework, reports, summary, new Date())
          : textReport(reports, summary);
  if (values.out) {
    // Again just before writing: a link may have been made to an input meanwhile.
    guardOutput(values.out, guarded);
    writeFileAtomic(values.out, output);
    io.stderr(`Wrote the ${format} report to ${printable(values.out)}.`);
  } else {
    io.stdout(output);
  }
  return exitCode(reports);
}
