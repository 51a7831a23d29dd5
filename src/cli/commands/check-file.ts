/**
 * Checking one .docx file into its report. Used by `check` on its own thread and by its worker threads
 * (check-worker.ts), so that both give exactly the same report for the same file.
 */
import { checkWithEditions } from '../../core/edition/check';
import type { Framework } from '../../core/framework/framework';
import { DocxError } from '../docx/errors';
import { readDocx } from '../docx/read-docx';
import { notRegularFile, readRegularFile } from '../input-files';
import type { FileReport } from '../report/model';

/** Files bigger than this are not read at all (a review is well under 10 MB, even with photos). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Reads and checks one file; any problem with the file becomes its `error`, and the run carries on.
 * `editions` (by `id@version`) are the editions a document may name in its StandardsEdition property; a document is
 * checked against its own edition when it is there, and against `framework` (the current edition) otherwise.
 */
export function checkFile(framework: Framework, file: string, editions: ReadonlyMap<string, Framework> = new Map()): FileReport {
  const empty = { path: file, careerStage: null, findings: [], coverage: null };
  try {
    // The type first: a pipe or a device is never opened (its size reads as 0, and reading it may never end).
    const notFile = notRegularFile(file);
    if (notFile) return { ...empty, error: notFile };
    const read = readRegularFile(file, MAX_FILE_BYTES);
    if ('tooLarge' in read) return { ...empty, error: `The file is ${Math.round(read.tooLarge / 1048576)} MB, too large to be a review document; it was not read.` };
    const doc = readDocx(read.bytes, { fileName: file });
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

/** A report for a file that was never read (a command-line argument that is not there). */
export function unreadReport(file: string, error: string): FileReport {
  return { path: file, careerStage: null, findings: [], coverage: null, error };
}
