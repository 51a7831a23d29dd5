import { aggregateOutcomes } from '../../core/check/outcomes';
import { diffToText } from '../../core/text/diff';
import type { FileReport, RunSummary } from './model';

/** The machine-readable report. Finding fields beyond kind/severity/id/message/excerpt are extras for tools. */
export function jsonReport(reports: readonly FileReport[], summary: RunSummary): string {
  const body = {
    files: reports.map((r) => ({
      path: r.path,
      careerStage: r.careerStage?.name ?? null,
      careerStageSource: r.careerStage?.source ?? null,
      findings: r.findings.map((f) => ({
        kind: f.kind,
        severity: f.severity,
        id: f.id,
        message: f.message,
        excerpt: f.excerpt,
        paragraph: f.location.paragraph,
        block: f.location.block,
        ...(f.similarity !== undefined ? { similarity: f.similarity } : {}),
        ...(f.diff ? { diff: diffToText(f.diff) } : {}),
        ...(f.currentText !== undefined ? { currentText: f.currentText } : {}),
      })),
      coverage: r.coverage?.cited ?? null,
      outcome: r.outcome ?? null,
      error: r.error,
    })),
    summary,
    outcomes: aggregateOutcomes(reports.map((r) => r.outcome ?? null)),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
