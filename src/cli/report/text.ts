import { FINDING_KINDS, FINDING_KIND_LABELS } from '../../core/check/findings';
import { diffToText } from '../../core/text/diff';
import { printable } from '../io';
import { paragraphLabel, type FileReport, type RunSummary } from './model';

/** The terminal report: per file a line per finding, then a summary. */
export function textReport(reports: readonly FileReport[], summary: RunSummary): string {
  const lines: string[] = [];
  for (const r of reports) {
    if (r.error !== null) {
      lines.push(`${printable(r.path)}: error: ${printable(r.error)}`);
      continue;
    }
    const stage = r.careerStage ? ` (${r.careerStage.name}${r.careerStage.source === 'detected' ? ', from the text' : ''})` : ' (no career stage)';
    if (r.findings.length === 0) {
      lines.push(`${printable(r.path)}${stage}: no findings`);
      continue;
    }
    lines.push(`${printable(r.path)}${stage}:`);
    for (const f of r.findings) {
      const where = paragraphLabel(f);
      lines.push(`  ${f.severity.padEnd(7)} ${f.kind.padEnd(19)} ${where ? `${where} ` : ''}${f.message}`);
      if (f.diff && f.kind === 'edited-descriptor') lines.push(`          ${diffToText(f.diff)}`);
      else if (f.excerpt) lines.push(`          “${printable(f.excerpt)}”`);
    }
  }
  lines.push('');
  lines.push(
    `Checked ${summary.files} file${summary.files === 1 ? '' : 's'}: ${summary.filesWithFindings} with findings to look at, ${summary.errors} could not be read.`,
  );
  const kinds = FINDING_KINDS.filter((k) => summary.byKind[k] > 0).map((k) => `${FINDING_KIND_LABELS[k]} ${summary.byKind[k]}`);
  if (kinds.length > 0) lines.push(`Findings: ${kinds.join(', ')}.`);
  return `${lines.join('\n')}\n`;
}
