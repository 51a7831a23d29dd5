import type { CheckedCareerStage } from '../../core/check/checker';
import type { Coverage } from '../../core/check/coverage';
import { FINDING_KINDS, needsAttention, type Finding, type FindingKind } from '../../core/check/findings';
import type { Framework } from '../../core/framework/framework';

/** What the check command found in one file. */
export interface FileReport {
  /** As given on the command line or found in a folder. */
  path: string;
  careerStage: CheckedCareerStage | null;
  findings: Finding[];
  coverage: Coverage | null;
  /** Why the file could not be checked; null when it was. */
  error: string | null;
}

export interface RunSummary {
  files: number;
  /** Files with at least one warning or error finding. */
  filesWithFindings: number;
  /** Files that could not be read. */
  errors: number;
  /** Findings of each kind (info included), every kind listed. */
  byKind: Record<FindingKind, number>;
  /** Findings by the standard of the descriptor they name: "1"–"8", "career expectations", or "none". */
  byStandard: Record<string, number>;
}

/** The group a finding is charted under: its descriptor's standard, the career expectations, or none. */
export function standardOf(framework: Framework, finding: Pick<Finding, 'id'>): string {
  const d = finding.id ? framework.byId.get(finding.id) : undefined;
  if (d?.standard) return d.standard.split('.')[0] as string;
  if (d?.source === 'career-expectations') return 'career expectations';
  return 'none';
}

export function summarise(framework: Framework, reports: readonly FileReport[]): RunSummary {
  const byKind = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
  const byStandard: Record<string, number> = {};
  for (const n of framework.teachersStandards.standards.map((s) => s.number)) byStandard[n] = 0;
  byStandard['career expectations'] = 0;
  byStandard.none = 0;
  for (const r of reports) {
    for (const f of r.findings) {
      byKind[f.kind] += 1;
      const s = standardOf(framework, f);
      byStandard[s] = (byStandard[s] ?? 0) + 1;
    }
  }
  return {
    files: reports.length,
    filesWithFindings: reports.filter((r) => r.findings.some(needsAttention)).length,
    errors: reports.filter((r) => r.error !== null).length,
    byKind,
    byStandard,
  };
}

/**
 * The exit code of a check run (see EXIT in ../io.ts): 3 when any file could not be read or checked (the others were
 * still checked, and all are in the report), else 1 when any file needs attention (a warning or error finding), else 0.
 */
export function exitCode(reports: readonly FileReport[]): number {
  if (reports.some((r) => r.error !== null)) return 3;
  return reports.some((r) => r.findings.some(needsAttention)) ? 1 : 0;
}

/** "¶12" (1-based, as a person counts) or "" when the finding is about the whole document. */
export function paragraphLabel(f: Pick<Finding, 'location'>): string {
  return f.location.paragraph !== null ? `¶${f.location.paragraph + 1}` : '';
}
