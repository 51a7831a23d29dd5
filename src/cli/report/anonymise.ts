/**
 * `--anonymise`: the report for governors, with each teacher's name and each file's name replaced by a stable code.
 * The same path always gives the same file code and the same name (spaces and case aside) the same teacher code, in
 * every run, so a pay committee can follow a review from one year's report to the next without seeing who it is.
 * The codes are a hash (FNV-1a, 32 bits), not encryption: someone holding the list of staff names could work them out.
 * A teacher's name is also replaced wherever it appears in a finding's message, excerpt or diff.
 */
import type { Finding } from '../../core/check/findings';
import type { FileReport } from './model';

/** A 32-bit FNV-1a hash of the text's UTF-16 code units, as 8 hexadecimal digits. */
export function stableHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** "Review-1a2b3c4d.docx": the code for a file, from its path (separators made alike). */
export function fileCode(filePath: string): string {
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(filePath)?.[0] ?? '';
  return `Review-${stableHash(filePath.replace(/\\/g, '/'))}${ext.toLowerCase()}`;
}

/** "Teacher-1a2b3c4d": the code for a teacher, from their name (case and spacing aside). */
export function teacherCode(name: string): string {
  return `Teacher-${stableHash(name.trim().replace(/\s+/g, ' ').toLowerCase())}`;
}

function replaceAll(text: string, name: string, code: string): string {
  return text.split(name).join(code);
}

function anonymiseFinding(f: Finding, name: string | null, code: string | null): Finding {
  if (name === null || code === null) return f;
  return {
    ...f,
    message: replaceAll(f.message, name, code),
    excerpt: replaceAll(f.excerpt, name, code),
    ...(f.diff ? { diff: f.diff.map((p) => ({ ...p, text: replaceAll(p.text, name, code) })) } : {}),
    ...(f.currentText !== undefined ? { currentText: replaceAll(f.currentText, name, code) } : {}),
  };
}

/** The reports with teachers' names and file names replaced by their codes. The reports given are not changed. */
export function anonymiseReports(reports: readonly FileReport[]): FileReport[] {
  return reports.map((r) => {
    const name = r.outcome?.teacher ?? null;
    const code = name !== null ? teacherCode(name) : null;
    return {
      ...r,
      path: fileCode(r.path),
      findings: r.findings.map((f) => anonymiseFinding(f, name, code)),
      ...(r.outcome ? { outcome: { ...r.outcome, teacher: code } } : {}),
    };
  });
}
