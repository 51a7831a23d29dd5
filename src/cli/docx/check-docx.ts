/**
 * Checking one .docx file's bytes into its report, with no file system: the one route for both the browser check
 * page's workers and the CLI (its check-file.ts reads the file from disk, then calls this). The limits and the
 * messages are the CLI's.
 */
import { checkWithEditions } from '../../core/edition/check';
import type { Framework } from '../../core/framework/framework';
import type { FileReport } from '../report/model';
import { DocxError } from './errors';
import { readDocx } from './read-docx';

/** Files bigger than this are not read at all (a review is well under 10 MB, even with photos). The CLI's limit. */
export const MAX_DOCX_FILE_BYTES = 256 * 1024 * 1024;

/** The report's error for a file over {@link MAX_DOCX_FILE_BYTES}, as the CLI words it. */
export function tooLargeMessage(size: number): string {
  return `The file is ${Math.round(size / 1048576)} MB, too large to be a review document; it was not read.`;
}

/** A report for a file that could not be checked. */
export function failedReport(path: string, error: string): FileReport {
  return { path, careerStage: null, findings: [], coverage: null, error };
}

/**
 * Checks a .docx file's bytes. `path` is what the report names the file by; its name also tells a .doc from a
 * password-protected .docx. Any problem with the file becomes the report's `error`.
 */
export function checkDocxBytes(framework: Framework, editions: ReadonlyMap<string, Framework>, path: string, bytes: Uint8Array): FileReport {
  try {
    if (bytes.length > MAX_DOCX_FILE_BYTES) return failedReport(path, tooLargeMessage(bytes.length));
    const doc = readDocx(bytes, { fileName: path });
    const result = checkWithEditions(framework, editions, doc);
    return { path, careerStage: result.careerStage, findings: result.findings, coverage: result.coverage, outcome: result.outcome, error: null };
  } catch (error) {
    if (error instanceof DocxError) return failedReport(path, error.message);
    return failedReport(path, `The file could not be checked: ${(error as Error).message}`);
  }
}
