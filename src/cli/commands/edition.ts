import { parseArgs } from 'util';
import { diffEditions, type EditionDiff } from '../../core/edition/diff';
import { FrameworkError, type Descriptor } from '../../core/framework/framework';
import { editionProblems } from '../../core/edition/lineage';
import { formatProblems, type FrameworkProblem } from '../../core/framework/validate';
import { diffToText, type DiffPart } from '../../core/text/diff';
import { inFolder } from '../editions';
import { defaultFrameworkFolder, loadFrameworkFolder } from '../framework-folder';
import { escapeHtml } from '../html';
import { EXIT, UsageError, printable, type CommandIo } from '../io';
import { guardOutput, writeFileAtomic } from '../safe-output';

function place(d: Descriptor): string {
  return d.source === 'teachers-standards' ? `Teachers’ Standard ${d.standard}, ${d.stage}` : `career expectations, ${d.role}, ${d.rating}`;
}

export function editionDiffText(diff: EditionDiff, problems: readonly FrameworkProblem[] = []): string {
  const lines = [`Changes from ${diff.from} to ${diff.to}`, ''];
  lines.push(`Changed wording (${diff.changed.length}):`);
  for (const c of diff.changed) lines.push(`  ${c.id}`, `    ${diffToText(c.diff)}`);
  lines.push('', `Added (${diff.added.length}):`);
  for (const d of diff.added) lines.push(`  ${d.id} (${place(d)})`, `    ${d.text}`);
  lines.push('', `Retired (${diff.retired.length}):`);
  for (const d of diff.retired) lines.push(`  ${d.id} (${place(d)})`, `    ${d.text}`);
  if (diff.removed.length > 0) {
    lines.push('', `Removed without being retired (${diff.removed.length}) — not allowed; retire them instead:`);
    for (const d of diff.removed) lines.push(`  ${d.id} (${place(d)})`);
  }
  if (diff.reused.length > 0) {
    lines.push('', `Retired, then used again (${diff.reused.length}) — not allowed; give new wording a new id:`);
    for (const d of diff.reused) lines.push(`  ${d.id} (${place(d)})`, `    ${d.text}`);
  }
  if (problems.length > 0) {
    lines.push('', `The lineage is broken (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
    for (const p of problems) lines.push(`  ${formatProblems([p])}`);
  }
  return `${lines.join('\n')}\n`;
}

function diffHtml(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => (p.op === 'equal' ? escapeHtml(p.text) : p.op === 'delete' ? `<del>${escapeHtml(p.text)}</del>` : `<ins>${escapeHtml(p.text)}</ins>`))
    .join('');
}

export function editionDiffHtml(diff: EditionDiff, problems: readonly FrameworkProblem[] = []): string {
  const rows = (items: Descriptor[]) =>
    items.map((d) => `<tr><td class="id">${escapeHtml(d.id)}</td><td>${escapeHtml(place(d))}</td><td>${escapeHtml(d.text)}</td></tr>`).join('');
  const section = (title: string, count: number, body: string) =>
    `<section><h2>${escapeHtml(title)} <span class="count">(${count})</span></h2>${count === 0 ? '<p>None.</p>' : body}</section>`;
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Edition changes: ${escapeHtml(diff.from)} to ${escapeHtml(diff.to)}</title>
<style>
body{font-family:"Segoe UI",system-ui,sans-serif;margin:2rem;max-width:60rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}.count{color:#555;font-weight:normal}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.4rem .6rem;vertical-align:top;text-align:left}
.id{font-family:Consolas,monospace;white-space:nowrap}del{background:#fde2e1;color:#8a1c1c}ins{background:#dff3e3;color:#0b5d1e;text-decoration:none}
</style></head><body>
<h1>Changes from ${escapeHtml(diff.from)} to ${escapeHtml(diff.to)}</h1>
<p>For consultation with staff. Deleted words are <del>struck through</del>; new words are <ins>highlighted</ins>.</p>
${section('Changed wording', diff.changed.length, `<table><thead><tr><th>Id</th><th>Wording (old → new)</th></tr></thead><tbody>${diff.changed
    .map((c) => `<tr><td class="id">${escapeHtml(c.id)}</td><td>${diffHtml(c.diff)}</td></tr>`)
    .join('')}</tbody></table>`)}
${section('Added', diff.added.length, `<table><thead><tr><th>Id</th><th>Where</th><th>Wording</th></tr></thead><tbody>${rows(diff.added)}</tbody></table>`)}
${section('Retired', diff.retired.length, `<table><thead><tr><th>Id</th><th>Where</th><th>Wording</th></tr></thead><tbody>${rows(diff.retired)}</tbody></table>`)}
${diff.removed.length > 0 ? section('Removed without being retired (not allowed)', diff.removed.length, `<table><tbody>${rows(diff.removed)}</tbody></table>`) : ''}
${diff.reused.length > 0 ? section('Retired, then used again (not allowed)', diff.reused.length, `<table><tbody>${rows(diff.reused)}</tbody></table>`) : ''}
${problems.length > 0 ? section('The lineage is broken', problems.length, `<ul>${problems.map((p) => `<li>${escapeHtml(formatProblems([p]))}</li>`).join('')}</ul>`) : ''}
</body></html>
`;
}

export function runEdition(args: string[], io: CommandIo): number {
  const [sub, ...rest] = args;
  if (sub !== 'diff') throw new UsageError(sub ? `Unknown edition command "${printable(sub)}".` : 'edition needs a command: diff.');
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { format: { type: 'string' }, out: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2) throw new UsageError('edition diff needs two edition folders: <a> <b>.');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'html') throw new UsageError(`--format must be text or html, not "${format}".`);
  const [fromFolder, toFolder] = positionals as [string, string];
  const bundledFolder = defaultFrameworkFolder();
  // The page may never be written over a file of either edition, or of the bundled one.
  const guarded = { files: [], folders: [fromFolder, toFolder, bundledFolder] };
  if (values.out) guardOutput(values.out, guarded);
  let diff: EditionDiff;
  let problems: FrameworkProblem[];
  try {
    const from = loadFrameworkFolder(fromFolder);
    const to = loadFrameworkFolder(toFolder);
    const bundled = loadFrameworkFolder(bundledFolder);
    diff = diffEditions(from, to);
    // The one lineage and validity check: <b> against <a> (a parent named on the command line) and the bundled edition,
    // and <a> against the bundled edition.
    problems = [...inFolder(fromFolder, editionProblems(from, [bundled])), ...inFolder(toFolder, editionProblems(to, [from, bundled]))];
  } catch (error) {
    if (error instanceof FrameworkError) {
      io.stderr(error.problems.map((p) => printable(formatProblems([p]))).join('\n'));
      return EXIT.FINDINGS;
    }
    throw error;
  }
  const output = format === 'html' ? editionDiffHtml(diff, problems) : editionDiffText(diff, problems);
  const broken = problems.length > 0 || diff.removed.length > 0 || diff.reused.length > 0;
  if (values.out) {
    guardOutput(values.out, guarded);
    writeFileAtomic(values.out, output);
    const counts = `${diff.changed.length} changed, ${diff.added.length} added, ${diff.retired.length} retired${diff.removed.length ? `, ${diff.removed.length} removed` : ''}${diff.reused.length ? `, ${diff.reused.length} reused` : ''}`;
    io.stdout(`Wrote ${printable(values.out)}: ${counts}.`);
    if (broken) io.stderr(`The lineage is broken:\n${problems.map((p) => printable(formatProblems([p]))).join('\n')}`);
  } else {
    io.stdout(output);
  }
  return broken ? EXIT.FINDINGS : EXIT.OK;
}
