#!/usr/bin/env node
import { runCheck } from './commands/check';
import { runEdition } from './commands/edition';
import { runExport } from './commands/export';
import { runValidate } from './commands/validate';
import { UsageError, type CommandIo } from './io';

export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  export --format json|csv [--framework <folder>]   print every descriptor of both documents
  validate <file or folder>                         check a framework file or edition folder
  edition diff <a> <b> [--format text|html] [--out <file>]
                                                    list what changed between two edition folders
  check [--format text|json|csv|html] [--out <file>] [--framework <folder>]
        [--editions <folder of edition folders>] <files or folders…>
                                                    check review documents (.docx) for edited, pasted,
                                                    wrong-stage or unknown descriptors and rating problems
  help                                              show this message

Exit codes: 0 success, 1 problems found, 2 bad usage.`;

const COMMANDS: Record<string, (args: string[], io: CommandIo) => number> = {
  export: runExport,
  validate: runValidate,
  edition: runEdition,
  check: runCheck,
};

export function main(argv: string[], io: CommandIo): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    (command === undefined ? io.stderr : io.stdout)(USAGE);
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  try {
    return run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  const io: CommandIo = {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    isTTY: process.stdout.isTTY === true,
  };
  process.exitCode = main(process.argv.slice(2), io);
}
