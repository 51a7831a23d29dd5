/**
 * Checking one .docx file on disk into its report. Used by `check` on its own thread and by its worker threads
 * (check-worker.ts), so that both give exactly the same report for the same file. Reading the file is the CLI's own
 * (its type, its size, permissions); checking its bytes is check-docx.ts, the one route the browser page takes too.
 */
import type { Framework } from '../../core/framework/framework';
import { checkDocxBytes, failedReport, MAX_DOCX_FILE_BYTES, tooLargeMessage } from '../docx/check-docx';
import { notRegularFile, readRegularFile } from '../input-files';
import type { FileReport } from '../report/model';

/** Files bigger than this are not read at all: the same limit as the browser page's. */
export const MAX_FILE_BYTES = MAX_DOCX_FILE_BYTES;

/**
 * Reads and checks one file; any problem with the file becomes its `error`, and the run carries on.
 * `editions` (by `id@version`) are the editions a document may name in its StandardsEdition property; a document is
 * checked against its own edition when it is there, and against `framework` (the current edition) otherwise.
 */
export function checkFile(framework: Framework, file: string, editions: ReadonlyMap<string, Framework> = new Map()): FileReport {
  let bytes: Uint8Array;
  try {
    // The type first: a pipe or a device is never opened (its size reads as 0, and reading it may never end).
    const notFile = notRegularFile(file);
    if (notFile) return failedReport(file, notFile);
    const read = readRegularFile(file, MAX_FILE_BYTES);
    if ('tooLarge' in read) return failedReport(file, tooLargeMessage(read.tooLarge));
    bytes = read.bytes;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return failedReport(file, 'The file cannot be opened (permission denied).');
    if (code === 'EISDIR' || code === 'ENOENT') return failedReport(file, 'No such file.');
    return failedReport(file, `The file could not be checked: ${(error as Error).message}`);
  }
  return checkDocxBytes(framework, editions, file, bytes);
}

/** A report for a file that was never read (a command-line argument that is not there). */
export const unreadReport = failedReport;
