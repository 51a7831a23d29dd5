import { parseArgs } from 'util';
import { exportCsv, exportRows } from '../../core/export/export';
import { FrameworkError } from '../../core/framework/framework';
import { formatProblems } from '../../core/framework/validate';
import { loadFrameworkFolder } from '../framework-folder';
import { UsageError, type CommandIo } from '../io';

export function runExport(args: string[], io: CommandIo): number {
  let values: { format?: string; framework?: string };
  try {
    ({ values } = parseArgs({ args, options: { format: { type: 'string' }, framework: { type: 'string' } }, allowPositionals: false }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, not "${format}".`);
  let framework;
  try {
    framework = loadFrameworkFolder(values.framework);
  } catch (error) {
    if (error instanceof FrameworkError) {
      io.stderr(formatProblems(error.problems));
      return 1;
    }
    throw error;
  }
  const rows = exportRows(framework);
  io.stdout(format === 'csv' ? exportCsv(rows) : `${JSON.stringify(rows, null, 2)}\n`);
  return 0;
}
