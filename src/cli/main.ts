#!/usr/bin/env node
import { EXIT, UsageError, printable, type CommandIo } from './io';
import { WriteError } from './safe-output';

export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  export --format json|csv [--framework <folder>]   print every descriptor of both documents
  validate [--editions <folder>] <file or folder>   check a framework file or edition folder (and its lineage)
  edition diff <a> <b> [--format text|html] [--out <file>]
                                                    list what changed between two edition folders
  check [--format text|json|csv|findings-csv|html] [--out <file>] [--framework <folder>]
        [--editions <folder of edition folders>] [--threads <n>] [--anonymise] <files or folders…>
                                                    check review documents (.docx) for edited, pasted,
                                                    wrong-stage or unknown descriptors and rating problems,
                                                    with each review's outcome (rating, pay recommendation);
                                                    csv: one row per review (teacher, career stage, rating,
                                                    pay recommendation, objectives, what is missing, counts
                                                    of findings); findings-csv: one row per finding;
                                                    from 16 files, on a thread per core (up to 8);
                                                    --threads <n>: n threads, the main thread one of them;
                                                    --threads 1 checks on the main thread alone;
                                                    --anonymise codes teachers' and files' names
  compose objective --stage <career stage> --descriptor <id> [--descriptor <id> …]
        [--success …] [--timescale …] [--support …] [--evidence …] [--format text|json]
  compose development --stage <career stage> --descriptor <id> […] [--evidence …] [--support …]
        [--review …] [--format text|json]
  compose rationale --stage <career stage> --rating not-met|achieved|exceptional
        --descriptor <CEF id> […] [--route 1|2] [--note …] [--format text|json]
  compose pay --stage <career stage> --rating <rating>
        --recommendation progress|no-progress|not-eligible|not-applicable [--note …] [--format text|json]
                                                    compose wording as the pane inserts it (exit 1 when a
                                                    rule blocks it); --framework <folder> for an edition
  help                                              show this message

Exit codes: 0 nothing to report, 1 findings or problems found, 2 bad usage (or an --out that would overwrite
an input), 3 an input could not be read (the other files were still checked and reported), 4 the report could not
be written (any earlier file there is unchanged).`;

/** Each command's module is loaded only when it runs, so `--help` and usage errors start without the checker, ajv or the zip reader. */
const COMMANDS: Record<string, (args: string[], io: CommandIo) => Promise<number>> = {
  export: async (args, io) => (await import('./commands/export')).runExport(args, io),
  validate: async (args, io) => (await import('./commands/validate')).runValidate(args, io),
  edition: async (args, io) => (await import('./commands/edition')).runEdition(args, io),
  check: async (args, io) => (await import('./commands/check')).runCheck(args, io),
  compose: async (args, io) => (await import('./commands/compose')).runCompose(args, io),
};

/** `check --help`, `compose objective -h`: a request for the usage, as with other tools, unless it follows `--`. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    (command === undefined ? io.stderr : io.stdout)(USAGE);
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`Unknown command "${printable(command)}".\n\n${USAGE}`);
    return 2;
  }
  if (asksForHelp(rest)) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}`);
      return EXIT.USAGE;
    }
    if (error instanceof WriteError) {
      io.stderr(error.message);
      return EXIT.WRITE_FAILED;
    }
    throw error;
  }
}

/**
 * Standard output closed early (`check … | head`): stop quietly, as command-line tools do, rather than crash with EPIPE.
 * The exit code is the one for the work done so far.
 */
function endQuietlyOnBrokenPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** Runs the CLI on this process's arguments, stdout and stderr, and sets its exit code (bin/standards-companion.js). */
export function runFromCommandLine(): void {
  endQuietlyOnBrokenPipe(process.stdout);
  endQuietlyOnBrokenPipe(process.stderr);
  const io: CommandIo = {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    isTTY: process.stdout.isTTY === true,
  };
  void main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) runFromCommandLine();
