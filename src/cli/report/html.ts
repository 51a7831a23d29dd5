import { FINDING_KINDS, FINDING_KIND_LABELS, type Finding } from '../../core/check/findings';
import type { Framework } from '../../core/framework/framework';
import { aggregateOutcomes, NONE, OUTCOME_PARTS } from '../../core/check/outcomes';
import { PAY_RECOMMENDATIONS } from '../../core/tags';
import { escapeHtml as e } from '../html';
import { paragraphLabel, type FileReport, type RunSummary } from './model';
import { MISSING_LABELS, PAY_LABELS, ratingName as ratingLabel } from './outcome-labels';

// Readable from a 375 px phone up; every text colour at least 4.5:1 on its background (WCAG AA), and changes in a word
// diff marked by more than colour: removed words struck through, added words underlined, both named to screen readers.
const STYLE = `
*{box-sizing:border-box}
body{font:15px/1.45 "Segoe UI",system-ui,-apple-system,Arial,sans-serif;color:#1f2328;margin:0;background:#f6f7f9}
header{background:#1b3a5c;color:#fff;padding:20px 32px}
header h1{margin:0;font-size:22px;font-weight:600}
header p{margin:4px 0 0;color:#d3dce6;font-size:13px}
main{padding:20px 32px 40px;max-width:1200px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin-bottom:20px}
.card{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:12px 18px;min-width:150px;flex:1 1 150px}
.card b{display:block;font-size:26px}
.card span{color:#57606a;font-size:13px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,340px),1fr));gap:16px;margin-bottom:24px}
.chart{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:14px 18px;min-width:0}
.chart h2{font-size:15px;margin:0 0 10px}
.bar{display:grid;grid-template-columns:minmax(0,150px) minmax(40px,1fr) 40px;align-items:center;gap:8px;margin:5px 0;font-size:13px}
.track{background:#eef1f4;border-radius:4px;height:14px;overflow:hidden}
.fill{background:#2f6fb0;height:100%;border-radius:4px}
.fill.zero{background:transparent}
.num{text-align:right;font-variant-numeric:tabular-nums}
.chart h3{font-size:13px;margin:10px 0 2px;color:#1b3a5c}
section.outcomes{margin-bottom:24px}
section.outcomes>h2{font-size:18px;margin:0 0 12px}
.outcome-table{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:8px 12px}
.outcome-table summary{cursor:pointer;font-weight:600;color:#1b3a5c;padding:4px 0}
.charts.wide{grid-template-columns:repeat(auto-fit,minmax(min(100%,560px),1fr))}
.charts.wide .chart{overflow-x:auto}
.chart h2.next{margin-top:18px}
table.xtab{table-layout:auto;font-size:13px}
.xtab th,.xtab td{padding:4px 5px;vertical-align:middle}
.xtab thead th{font-size:11.5px;vertical-align:bottom}
.xtab tbody th{font-weight:600;color:#1f2328;min-width:120px}
.xtab .n{text-align:right;font-variant-numeric:tabular-nums;width:1%;overflow-wrap:normal}
.xtab td.n{white-space:nowrap}
.xtab .brief{display:none}
.stack{display:flex;height:8px;border-radius:4px;overflow:hidden;background:#eef1f4;margin-top:3px}
.stack span{display:block;height:100%}
.legend{display:flex;flex-wrap:wrap;gap:4px 12px;font-size:12px;color:#57606a;margin:0 0 6px}
.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
section.file{background:#fff;border:1px solid #dde1e6;border-radius:8px;margin:0 0 16px;padding:14px 18px}
section.file h2{font-size:15px;margin:0;overflow-wrap:anywhere}
.meta{color:#57606a;font-size:13px;margin:4px 0 8px}
.chips{display:flex;gap:4px;flex-wrap:wrap;margin:6px 0 10px}
.chip{font-size:12px;border:1px dashed #6e7781;border-radius:10px;padding:0 8px;color:#57606a}
.chip.on{background:#e7f0fa;border:1px solid #2f6fb0;color:#1b3a5c;font-weight:600}
.chip.on::before{content:"\\2713\\00a0"}
.key{color:#57606a;font-size:12px;margin:0 0 8px}
table{border-collapse:collapse;width:100%;font-size:13.5px;table-layout:fixed}
col.c1{width:90px}col.c2{width:150px}col.c3{width:60px}col.c4{width:170px}
td{overflow-wrap:anywhere}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-top:1px solid #eaeef2}
th{color:#57606a;font-weight:600;border-top:none}
.sev{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;font-weight:600}
.sev.error{background:#ffebe9;color:#a40e26}.sev.warning{background:#fff4d4;color:#7d4e00}.sev.info{background:#ddf4ff;color:#0a3069}
.excerpt{color:#57606a;margin-top:4px}
del{background:#ffebe9;color:#a40e26;margin-right:3px;text-decoration:line-through}
ins{background:#dafbe1;color:#116329;text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:2px}
del::before,del::after,ins::before,ins::after{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
del::before{content:" [removed: "}ins::before{content:" [added: "}del::after,ins::after{content:"] "}
.ok{color:#116329}
.err{color:#a40e26}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
footer{color:#57606a;font-size:12px;padding:0 32px 24px}
@media (max-width:640px){
header{padding:16px}
main{padding:16px 12px 32px}
footer{padding:0 16px 24px}
section.file,.chart{padding:12px}
.bar{grid-template-columns:minmax(0,110px) minmax(40px,1fr) 32px}
table,tbody,tr,td{display:block;width:100%}
colgroup,thead{display:none}
tr{border-top:1px solid #d0d7de;padding:6px 0}
td{border-top:none;padding:2px 0}
td[data-label]::before{content:attr(data-label) ": ";color:#57606a;font-weight:600}
td[data-label=""]::before{content:none}
table.xtab{display:table;width:100%}table.xtab thead{display:table-header-group}table.xtab tbody{display:table-row-group}
table.xtab tr{display:table-row;padding:0;border:none}table.xtab th,table.xtab td{display:table-cell;width:auto;padding:4px 3px;border-top:1px solid #eaeef2}
table.xtab{font-size:12px}.xtab tbody th{min-width:0;font-size:11.5px}.xtab thead th{font-size:10px;letter-spacing:-0.1px}table.xtab .n{padding:4px 2px}
.xtab .long{display:block;position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}.xtab .brief{display:inline}
}
`;

function bars(rows: readonly [string, number][]): string {
  const max = Math.max(1, ...rows.map(([, n]) => n));
  return rows
    .map(
      ([label, n]) =>
        `<div class="bar"><span>${e(label)}</span><div class="track" role="img" aria-label="${e(`${label}: ${n}`)}"><div class="fill${n === 0 ? ' zero' : ''}" style="width:${((n / max) * 100).toFixed(1)}%"></div></div><span class="num">${n}</span></div>`,
    )
    .join('');
}

/** A column of a cross-tabulation: its key in the counts, its heading, and its colour in the stacked bars. */
interface Column {
  key: string;
  label: string;
  /** The heading on a narrow screen (the full one is still read out). */
  short: string;
  colour: string;
}

/**
 * A cross-tabulation with a stacked bar under each row's name: the numbers are in the cells (so colour is never the
 * only way to read it), the bar shows the shares at a glance, and a legend names the colours.
 */
function crossTab(caption: string, rowHeading: string, columns: readonly Column[], rows: readonly [string, Record<string, number>, string?][]): string {
  const head = `<tr><th scope="col">${e(rowHeading)}</th>${columns.map((c) => `<th scope="col" class="n"><span class="long">${e(c.label)}</span><span class="brief" aria-hidden="true">${e(c.short)}</span></th>`).join('')}<th scope="col" class="n">Total</th></tr>`;
  const body = rows
    .map(([label, counts, short]) => {
      const total = columns.reduce((n, c) => n + (counts[c.key] ?? 0), 0);
      const stack = columns
        .filter((c) => (counts[c.key] ?? 0) > 0)
        .map((c) => `<span style="width:${(((counts[c.key] ?? 0) / Math.max(1, total)) * 100).toFixed(1)}%;background:${c.colour}"></span>`)
        .join('');
      // A name may break after a slash on a narrow screen ("Assistant/ deputy headteacher").
      const name = short ? `<span class="long">${e(label)}</span><span class="brief" aria-hidden="true">${e(short)}</span>` : e(label).replace(/\//g, '/<wbr>');
      return `<tr><th scope="row">${name}<div class="stack" aria-hidden="true">${stack}</div></th>${columns.map((c) => `<td class="n">${counts[c.key] ?? 0}</td>`).join('')}<td class="n"><b>${total}</b></td></tr>`;
    })
    .join('');
  const legend = columns.map((c) => `<span><i style="background:${c.colour}"></i>${e(c.label)}</span>`).join('');
  return `<div class="legend" aria-hidden="true">${legend}</div><table class="xtab"><caption class="vh">${e(caption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/** Colours of the ratings and pay recommendations in the stacked bars (each at least 3:1 against white). */
const RATING_COLOURS: Readonly<Record<string, string>> = { 'not-met': '#b42318', achieved: '#2f6fb0', exceptional: '#116329', [NONE]: '#6e7781' };
const PAY_COLOURS: Readonly<Record<string, string>> = { progress: '#116329', 'no-progress': '#b42318', 'not-eligible': '#8a5a00', 'not-applicable': '#5a4fcf', [NONE]: '#6e7781' };
/** Column headings for a narrow screen. */
const RATING_SHORT: Readonly<Record<string, string>> = { 'not-met': 'Not met', achieved: 'Achieved', exceptional: 'Exceptional', [NONE]: 'None' };
const PAY_SHORT: Readonly<Record<string, string>> = { progress: 'Progress', 'no-progress': 'No progress', 'not-eligible': 'Not eligible', 'not-applicable': 'N/A', [NONE]: 'None' };

/** The outcomes section, first in the report: the pay panel's view across the reviews, as tables with bars. */
function outcomesSection(framework: Framework, reports: readonly FileReport[]): string {
  const agg = aggregateOutcomes(reports.map((r) => r.outcome ?? null));
  if (agg.reviews === 0) return '';
  const ratingColumns: Column[] = [...framework.careerExpectations.ratings.map((r) => r.code as string), NONE].map((k) => ({ key: k, label: ratingLabel(framework, k), short: RATING_SHORT[k] ?? ratingLabel(framework, k), colour: RATING_COLOURS[k] ?? '#6e7781' }));
  const payColumns: Column[] = [...PAY_RECOMMENDATIONS, NONE].map((k) => ({ key: k, label: k === NONE ? 'None' : (PAY_LABELS[k] as string), short: PAY_SHORT[k] ?? k, colour: PAY_COLOURS[k] ?? '#6e7781' }));
  // The edition's order, then any other stage (a review checked against another edition), then "not known".
  const known = framework.careerStages.map((c) => c.name);
  const others = Object.keys(agg.ratingsByCareerStage).filter((name) => name !== NONE && !known.includes(name));
  const stages = [...known, ...others, NONE].filter((name) => agg.ratingsByCareerStage[name]);
  const byStage = crossTab(
    'Reviews by career stage and rating',
    'Career stage',
    ratingColumns,
    stages.map((name) => [name === NONE ? 'Not known' : name, agg.ratingsByCareerStage[name] as Record<string, number>]),
  );
  const byRating = crossTab(
    'Pay recommendations by rating',
    'Rating',
    payColumns,
    ratingColumns.filter((c) => Object.values(agg.payByRating[c.key] ?? {}).some((n) => n > 0)).map((c) => [c.label, agg.payByRating[c.key] as Record<string, number>, c.short]),
  );
  const complete = bars([['Complete', agg.completeness.complete], ...OUTCOME_PARTS.map((m) => [MISSING_LABELS[m], agg.completeness.missing[m]] as [string, number])]);
  const rows = reports
    .filter((r) => r.outcome)
    .map((r) => {
      const o = r.outcome as NonNullable<FileReport['outcome']>;
      return `<tr><td data-label="Teacher">${e(o.teacher ?? 'not named')}</td><td data-label="File">${e(r.path)}</td><td data-label="Career stage">${e(o.careerStage ?? 'not known')}</td><td data-label="Rating">${e(ratingLabel(framework, o.rating))}</td><td data-label="Pay">${e(PAY_LABELS[o.payRecommendation ?? NONE] as string)}</td><td data-label="Objectives">${o.objectives}</td><td data-label="Missing">${e(o.missing.map((m) => MISSING_LABELS[m]).join(', ') || 'Nothing')}</td></tr>`;
    })
    .join('');
  return `<section class="outcomes" aria-labelledby="outcomes-h"><h2 id="outcomes-h">Outcomes</h2>
<div class="cards"><div class="card"><b>${agg.reviews}</b><span>reviews</span></div><div class="card"><b>${agg.completeness.complete}</b><span>with a rating, rationale, pay recommendation and objectives</span></div></div>
<div class="charts wide"><div class="chart"><h2>Ratings by career stage</h2>${byStage}</div><div class="chart"><h2>Pay recommendations by rating</h2>${byRating}<h2 class="next">Completeness</h2>${complete}</div></div>
<details class="outcome-table"><summary>Every review’s outcome (${agg.reviews})</summary><table><thead><tr><th>Teacher</th><th>File</th><th>Career stage</th><th>Rating</th><th>Pay</th><th>Objectives</th><th>Missing</th></tr></thead><tbody>${rows}</tbody></table></details></section>`;
}

function diffHtml(f: Finding): string {
  if (!f.diff) return `“${e(f.excerpt)}”`;
  return f.diff.map((p) => (p.op === 'equal' ? e(p.text) : p.op === 'delete' ? `<del>${e(p.text)}</del>` : `<ins>${e(p.text)}</ins>`)).join('');
}

function fileSection(framework: Framework, r: FileReport): string {
  const head = `<h2>${e(r.path)}</h2>`;
  if (r.error !== null) return `<section class="file">${head}<p class="err">Could not be checked: ${e(r.error)}</p></section>`;
  const stage = r.careerStage
    ? `Career stage: ${e(r.careerStage.name)}${r.careerStage.source === 'detected' ? ' (found in the text)' : ''}`
    : 'Career stage: not known';
  const cited = new Set(r.coverage?.cited ?? []);
  const chips = framework.teachersStandards.standards
    .map((s) => `<span class="chip${cited.has(s.number) ? ' on' : ''}" title="${e(s.heading)}">Standard ${e(s.number)}<span class="vh">${cited.has(s.number) ? ', cited' : ', not cited'}</span></span>`)
    .join('');
  const rows = r.findings
    .map(
      (f) =>
        // On a narrow screen the table becomes one block per finding, each cell named by data-label.
        `<tr><td data-label=""><span class="sev ${f.severity}">${e(f.severity)}</span></td><td data-label="Kind">${e(FINDING_KIND_LABELS[f.kind])}</td><td data-label="Where">${e(paragraphLabel(f))}</td><td data-label="${f.id ? 'Descriptor' : ''}">${e(f.id ?? '')}</td><td data-label="">${e(f.message)}${f.excerpt || f.diff ? `<div class="excerpt">${diffHtml(f)}</div>` : ''}</td></tr>`,
    )
    .join('');
  const table =
    r.findings.length === 0
      ? '<p class="ok">No findings.</p>'
      : `<table><colgroup><col class="c1"><col class="c2"><col class="c3"><col class="c4"><col></colgroup><thead><tr><th>Severity</th><th>Kind</th><th>Where</th><th>Descriptor</th><th>What was found</th></tr></thead><tbody>${rows}</tbody></table>`;
  const key = r.findings.some((f) => f.diff) ? '<p class="key">In the word diffs, removed words are <del>struck through</del> and added words <ins>underlined</ins>.</p>' : '';
  return `<section class="file">${head}<div class="meta">${stage}</div><div class="chips" role="group" aria-label="Standards cited (ticked)">${chips}</div>${key}${table}</section>`;
}

/** One self-contained page for HR: no scripts, fonts or images from elsewhere; every piece of data escaped. */
export function htmlReport(framework: Framework, reports: readonly FileReport[], summary: RunSummary, generated: Date): string {
  const total = FINDING_KINDS.reduce((n, k) => n + summary.byKind[k], 0);
  const byKind = bars(FINDING_KINDS.map((k) => [FINDING_KIND_LABELS[k], summary.byKind[k]]));
  const byStandard = bars(
    Object.entries(summary.byStandard).map(([s, n]) => [s === 'none' ? 'No descriptor' : s === 'career expectations' ? 'Career expectations' : `Standard ${s}`, n] as [string, number]),
  );
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Standards Companion: consistency report</title><style>${STYLE}</style></head>
<body><header><h1>Consistency report</h1><p>${e(framework.edition.title)} (${e(framework.editionKey)}) · generated ${e(generated.toISOString().slice(0, 16).replace('T', ' '))} UTC</p></header>
<main>
${outcomesSection(framework, reports)}
<div class="cards"><div class="card"><b>${summary.files}</b><span>documents checked</span></div><div class="card"><b>${summary.filesWithFindings}</b><span>with findings to look at</span></div><div class="card"><b>${total}</b><span>findings</span></div><div class="card"><b>${summary.errors}</b><span>could not be read</span></div></div>
<div class="charts"><div class="chart"><h2>Findings by kind</h2>${byKind}</div><div class="chart"><h2>Findings by standard</h2>${byStandard}</div></div>
${reports.map((r) => fileSection(framework, r)).join('\n')}
</main><footer>Made by Standards Companion. The documents were only read, never changed.</footer></body></html>
`;
}
