// Production builds (the add-in with hidden source maps, and the baseline pane) and the task pane's bundle figures:
// what taskpane.html loads before the pane is usable, raw and gzip, and what each part costs, attributed byte by
// byte through the source map of the minified output.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

function compile(config) {
  const webpack = require('webpack');
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}

/** The add-in exactly as `npm run build` makes it, into `outDir`, plus source maps the pages do not reference. */
export async function buildAddin(root, outDir) {
  // With office.js copied into the build (OFFICE_JS=local): the pages are measured with no network, as the preview is,
  // and office.js is counted apart either way.
  const previous = process.env.OFFICE_JS;
  process.env.OFFICE_JS = 'local';
  let config;
  try {
    config = require(join(root, 'webpack.config.js'))({}, { mode: 'production' });
  } finally {
    if (previous === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = previous;
  }
  config.devtool = 'hidden-source-map';
  config.output = { ...config.output, path: outDir };
  // The config's build-info step writes into dist/; make sure it is there on a fresh clone.
  if (!existsSync(join(root, 'dist'))) mkdirSync(join(root, 'dist'), { recursive: true });
  await compile(config);
}

export async function buildBaseline(root, outDir) {
  await compile(require(join(root, 'bench', 'baseline', 'webpack.config.cjs'))(outDir));
}

const GROUPS = [
  ['React', /node_modules\/(react|react-dom|scheduler)\//],
  ['Fluent UI (incl. Griffel, Tabster)', /node_modules\/(@fluentui|@griffel|tabster|keyborg|@floating-ui|stylis|rtl-css-js|@swc\/helpers|use-sync-external-store|@ctrl|embla-carousel)/],
  ['framework data', /framework-data\//],
  ['app code (src/)', /(^|\/)src\//],
];

function groupOf(source) {
  if (!source || /webpack\/(runtime|bootstrap)/.test(source)) return 'webpack runtime, unmapped';
  for (const [name, test] of GROUPS) if (test.test(source)) return name;
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(source);
  return pkg ? `other: ${pkg[1]}` : 'other';
}

/** Splits minified code into the bytes each group owns, from the source map's mappings. */
function attribute(code, map) {
  const { SourceMapConsumer } = require('source-map');
  const consumer = new SourceMapConsumer(map);
  const lines = code.split('\n');
  const parts = new Map();
  const add = (group, text) => parts.set(group, (parts.get(group) ?? '') + text);
  const byLine = lines.map(() => []);
  consumer.eachMapping((m) => byLine[m.generatedLine - 1]?.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  lines.forEach((line, i) => {
    const mappings = byLine[i];
    let at = 0;
    let group = groupOf(null);
    for (const m of mappings) {
      if (m.generatedColumn > at) add(group, line.slice(at, m.generatedColumn));
      at = Math.max(at, m.generatedColumn);
      group = groupOf(m.source);
    }
    add(group, `${line.slice(at)}\n`);
  });
  // JSON modules (framework-data/*.json) have no mappings: webpack emits them as JSON.parse('…') in the bytes that
  // follow some other module's last mapping. Move those literals to the framework data. Each of the edition's files
  // has a "kind"; Fluent's themes, also JSON.parse literals once made at build time, stay with Fluent.
  const data = /JSON\.parse\('\{"(?:\$schema":"[^"]*","kind|kind)":(?:[^'\\]|\\.)*'\)/g;
  for (const [group, text] of [...parts]) {
    if (group === 'framework data') continue;
    const found = text.match(data) ?? [];
    if (found.length === 0) continue;
    parts.set(group, text.replace(data, ''));
    add('framework data', found.join('\n'));
  }
  return parts;
}

/** The task pane's first-load bytes: every script and stylesheet taskpane.html names, office.js apart. */
export function measureBundle(distDir, page = 'taskpane.html') {
  const html = readFileSync(join(distDir, page), 'utf8');
  const urls = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g), ...html.matchAll(/<link[^>]*rel=["']?stylesheet[^>]*href=["']?([^"' >]+)/g)].map((m) => m[1]);
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const files = [];
  const officeJs = [];
  const groups = new Map();
  for (const url of urls) {
    // In the default cdn mode taskpane.html names Microsoft's office.js; the build keeps a local copy of the same file.
    const file = /^https:\/\/appsforoffice\.microsoft\.com\/.*\/office\.js$/.test(url) ? 'office.js' : url.replace(/^\.?\//, '');
    const bytes = readFileSync(join(distDir, file));
    const entry = { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    if (/^office\.js$/.test(file)) {
      officeJs.push(entry);
      // office.js fetches its mapping table before Office.onReady resolves; count it with office.js.
      const table = readFileSync(join(distDir, 'o15apptofilemappingtable.js'));
      officeJs.push({ file: 'o15apptofilemappingtable.js', raw: table.length, gzip: gzipSync(table, { level: 9 }).length });
      continue;
    }
    files.push(entry);
    if (file.endsWith('.js') && existsSync(join(distDir, `${file}.map`))) {
      const parts = attribute(bytes.toString('utf8'), JSON.parse(readFileSync(join(distDir, `${file}.map`), 'utf8')));
      for (const [group, text] of parts) {
        const g = groups.get(group) ?? { raw: 0, text: '' };
        g.raw += Buffer.byteLength(text);
        g.text += text;
        groups.set(group, g);
      }
    }
  }
  if (inlineCss) files.push({ file: `${page} inline <style>`, raw: Buffer.byteLength(inlineCss), gzip: gzipSync(inlineCss, { level: 9 }).length });
  const total = { raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
  const parts = [...groups].map(([name, g]) => ({ name, raw: g.raw, gzipAlone: gzipSync(g.text, { level: 9 }).length })).sort((a, b) => b.raw - a.raw);
  return { page, files, total, parts, officeJs, css: files.filter((f) => /\.css$|<style>/.test(f.file)).reduce((s, f) => s + f.gzip, 0) };
}
