/** The self-test's report (self-test.ts), apart from the code that runs it, so the pane can show it without Word code. */
export interface SelfTestCheck {
  name: string;
  ok: boolean;
  /** What was found, or why it failed. */
  detail: string;
}

export interface SelfTestReport {
  /** When it ran (ISO time). */
  at: string;
  /** Office's own description: platform and version (Office.context.diagnostics). */
  word: string;
  /** The requirement sets this copy of Word reports, and the ones it lacks, among those the add-in knows. */
  requirementSets: { name: string; supported: boolean }[];
  checks: SelfTestCheck[];
  /** The document's text and paragraph count are as they were before the test. */
  unchanged: boolean;
}

/** The report as plain text, for the Copy button. */
export function selfTestText(report: SelfTestReport): string {
  const supported = report.requirementSets.filter((s) => s.supported).map((s) => s.name);
  const missing = report.requirementSets.filter((s) => !s.supported).map((s) => s.name);
  return [
    `Standards Companion self-test, ${report.at}`,
    `Word: ${report.word}`,
    `Requirement sets: ${supported.join(', ') || 'none'}${missing.length ? ` (not: ${missing.join(', ')})` : ''}`,
    ...report.checks.map((c) => `${c.ok ? 'pass' : 'FAIL'}  ${c.name}: ${c.detail}`),
    `Document as it was: ${report.unchanged ? 'yes' : 'NO'}`,
  ].join('\n');
}
