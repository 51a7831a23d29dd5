// Helpers for webpack.config.js and the scripts: which office.js files to ship, the framework check,
// the manifest's base URL and the Content-Security-Policy. CommonJS so webpack's config can require it.
const fs = require('node:fs');
const path = require('node:path');

const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted';

/**
 * office.js files to serve from the add-in's own origin. Outside Office only office.js and
 * o15apptofilemappingtable.js are fetched; inside Word, office.js also loads the Word host script for the platform
 * and the locale's strings from the same base URL. So we ship those: everything in @microsoft/office-js/dist except
 * debug builds, type files and other Office applications' host scripts.
 */
function officeJsFiles(distDir) {
  const otherHosts = /^(excel|outlook|onenote|access|powerpoint|project|visio|custom-functions|html2canvas)/i;
  const files = [];
  const walk = (dir, rel) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relPath);
      else if (/\.js$/.test(entry.name) && !/\.debug\.js$/.test(entry.name) && !/vsdoc/.test(entry.name) && !otherHosts.test(entry.name)) {
        files.push(relPath);
      }
    }
  };
  walk(distDir, '');
  return files.sort();
}

/**
 * Checks the edition the web build bundles from framework-data/ in full, as the CLI loads a folder: the JSON Schema,
 * then the cross-checks (ids unique and in their cells, one edition, stages and roles that exist). The pane indexes
 * its bundled edition without either (src/core/framework/bundled.ts), so a problem has to stop the build, naming the
 * file and JSON path. Runs the compiled CLI's loader (compiled first if it is out of date); tests pass their own `load`.
 */
function checkShippedEdition(folder, rootDir, { load } = {}) {
  let loadFolder = load;
  if (!loadFolder) {
    require('./ts-build.js').ensureBuilt(rootDir, 'cli', (message) => process.stderr.write(message));
    loadFolder = require(path.join(rootDir, 'build', 'cli', 'src', 'cli', 'framework-folder.js')).loadFrameworkFolder;
  }
  try {
    loadFolder(folder);
  } catch (error) {
    if (!Array.isArray(error?.problems)) throw error;
    const lines = error.problems.slice(0, 20).map((p) => `${p.file}: ${p.path}: ${p.message}`);
    const more = error.problems.length > lines.length ? `\n… and ${error.problems.length - lines.length} more` : '';
    throw new Error(`The edition in ${folder} cannot be built:\n${lines.join('\n')}${more}`);
  }
}

/**
 * The school edition folder to bundle instead of framework-data/, or null: `--env edition=<path>` first, then the
 * STANDARDS_EDITION environment variable. A relative path is taken from where the command was typed (npm sets
 * INIT_CWD to it), not from the project folder npm runs scripts in.
 */
function editionFolderFrom(env = {}, processEnv = process.env) {
  const given = typeof env.edition === 'string' && env.edition !== '' ? env.edition : processEnv.STANDARDS_EDITION;
  if (!given) return null;
  return path.resolve(processEnv.INIT_CWD || process.cwd(), given);
}

/**
 * The folder of other editions a school edition's lineage goes through (the edition it was derived from, when that is
 * not the bundled one): `--env editions=<path>`, then STANDARDS_EDITIONS, relative to where the command was typed.
 */
function editionsFolderFrom(env = {}, processEnv = process.env) {
  const given = typeof env.editions === 'string' && env.editions !== '' ? env.editions : processEnv.STANDARDS_EDITIONS;
  if (!given) return undefined;
  return path.resolve(processEnv.INIT_CWD || process.cwd(), given);
}

/**
 * Checks a school edition folder with the add-in's own code (the compiled CLI, rebuilt only when stale: size, JSON, schema, cross-checks and
 * the one lineage and validity check of src/core/edition/lineage.ts, against framework-data/ and the editions in
 * `editionsFolder`). Throws an Error whose message lists every problem as `folder/file: /json/path: message`; returns
 * { editionKey, title } when the edition is good. `report` is for tests: a function (folder, baseFolder, editionsFolder)
 * => { editionKey, title, problems } to use instead.
 */
function checkSchoolEdition(folder, rootDir, { report, editionsFolder = editionsFolderFrom() } = {}) {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new Error(`The edition folder ${folder} does not exist.`);
  let check = report;
  if (!check) {
    require('./ts-build.js').ensureBuilt(rootDir, 'cli', (message) => process.stderr.write(message));
    check = require(path.join(rootDir, 'build', 'cli', 'src', 'cli', 'editions.js')).editionFolderReport;
  }
  const result = check(folder, path.join(rootDir, 'framework-data'), editionsFolder);
  if (result.problems) throw new Error(`The edition in ${folder} cannot be built:\n${result.problems}`);
  return { editionKey: result.editionKey, title: result.title };
}

/**
 * For webpack's NormalModuleReplacementPlugin: imports of framework-data/<file>.json are pointed at the same file in
 * the school edition folder. A file the edition does not have (wording.json is optional) stays the bundled one.
 */
const FRAMEWORK_DATA_IMPORT = /(^|[\\/])framework-data[\\/](edition|teachers-standards|career-expectations|career-stages|wording)\.json$/;
function editionModuleReplacer(folder) {
  return (resolveData) => {
    const match = FRAMEWORK_DATA_IMPORT.exec(resolveData.request);
    if (!match) return;
    const file = path.join(folder, `${match[2]}.json`);
    if (fs.existsSync(file)) resolveData.request = file;
  };
}

/**
 * The pane validates a draft edition with the JSON Schema, but its Content-Security-Policy forbids eval, which ajv's
 * run-time compiler needs. So the build compiles the schema to plain JavaScript with ajv's standalone code generator
 * (the same options as src/core/framework/validate.ts) and gives the browser bundles a stand-in for `ajv` whose
 * compile() returns that function. Writes two files into outDir and returns the stand-in's path (for resolve.alias).
 */
function writePrecompiledAjv(schemaFile, outDir) {
  // ajv's entry by its file: under jest the bare name `ajv` is mapped to the stand-in this writes (jest.config.js).
  const AjvModule = require('ajv/dist/ajv');
  const Ajv = AjvModule.default ?? AjvModule;
  const standalone = require('ajv/dist/standalone');
  const standaloneCode = standalone.default ?? standalone;
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, code: { source: true } });
  // The generated code requires ajv's small run-time helpers; resolve them here so the file works wherever it is written.
  const code = standaloneCode(ajv, ajv.compile(schema)).replace(/require\("(ajv\/dist\/runtime\/[a-z0-9_]+)"\)/g, (_m, id) => `require(${JSON.stringify(require.resolve(id))})`);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'framework-schema-validate.js'), `// Generated by scripts/build-support.js from ${path.basename(schemaFile)}; do not edit.\n${code}\n`);
  const shim = path.join(outDir, 'ajv-precompiled.js');
  fs.writeFileSync(
    shim,
    `// Generated by scripts/build-support.js; do not edit. Stands in for ajv in the browser bundles (see writePrecompiledAjv).
'use strict';
const validate = require('./framework-schema-validate.js');
const SCHEMA_ID = ${JSON.stringify(schema.$id)};
class PrecompiledAjv {
  compile(schema) {
    if (!schema || schema.$id !== SCHEMA_ID) throw new Error('Only the framework schema is compiled into this build.');
    return validate;
  }
}
module.exports = PrecompiledAjv;
module.exports.default = PrecompiledAjv;
`,
  );
  return shim;
}

/** manifest.xml with the development base URL replaced by the hosting address. */
function manifestFor(xml, baseUrl) {
  const clean = baseUrl.replace(/\/+$/, '');
  return xml.replace(/https:\/\/localhost:3000/g, clean);
}

/** The pages' Content-Security-Policy: nothing beyond the add-in's own origin, except Microsoft's CDN in cdn mode. */
function contentSecurityPolicy(officeJs) {
  const cdn = officeJs === 'cdn' ? ' https://appsforoffice.microsoft.com' : '';
  return [
    "default-src 'self'",
    `script-src 'self'${cdn}`,
    // Fluent UI (Griffel) adds its rules through <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${cdn}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * How webpack compiles the pane's TypeScript: ts-loader (types are checked by `npm run typecheck`), then Griffel's
 * loader, which turns each makeStyles() into precomputed CSS classes at build time. Without it every style rule was
 * compiled in the browser while the pane opened (about a fifth of its first render, in a profile).
 */
function scriptRule(tsconfig) {
  return {
    test: /\.tsx?$/,
    use: [
      {
        loader: '@griffel/webpack-loader',
        options: {
          babelOptions: { presets: ['@babel/preset-typescript'] },
          // Style values need only Fluent's tokens; see griffel-evaluation-tokens.cjs.
          webpackResolveOptions: { alias: { '@fluentui/react-components$': path.join(__dirname, 'griffel-evaluation-tokens.cjs') } },
        },
      },
      { loader: 'ts-loader', options: { transpileOnly: true, ...(tsconfig ? { configFile: tsconfig } : {}), compilerOptions: { module: 'esnext', noEmit: false } } },
    ],
  };
}

/**
 * Fluent's themes and `tokens` as data made at build time (see fluent-tokens-loader.cjs): the same objects, about 50 KB
 * less code in the pane's first script.
 */
function fluentTokensRule() {
  const loader = path.join(__dirname, 'fluent-tokens-loader.cjs');
  const { THEME_FILE, TOKENS_FILE } = require(loader);
  return {
    test: (file) => /[\\/]@fluentui[\\/]tokens[\\/]lib[\\/]/.test(file) && (THEME_FILE.test(file) || TOKENS_FILE.test(file)),
    use: [{ loader }],
  };
}

/**
 * Adds V8's explicit compile hint, the magic comment `//# allFunctionsCalledOnLoad`, at the top of the named entry
 * scripts (https://v8.dev/blog/explicit-compile-hints; Chromium 136 and later, so Edge WebView2 and Word on the web in
 * Chromium browsers; other engines read a comment). V8 then compiles the script's functions while it streams it in on a
 * background thread, instead of parsing and compiling each one on the page's main thread when it is first called,
 * which a trace of the preview page showed was about a third of the main thread's work before the pane was ready.
 * Only the first scripts get it: nearly all their functions run while the pane opens; the chunks loaded later do not.
 */
class CompileHintPlugin {
  constructor(entries) {
    this.entries = new Set(entries);
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CompileHintPlugin', (compilation) => {
      // After the minifier (which would drop the comment), before source maps and content hashes are made.
      compilation.hooks.processAssets.tap({ name: 'CompileHintPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 }, () => {
        for (const chunk of compilation.chunks) {
          if (!chunk.name || !this.entries.has(chunk.name) || !chunk.canBeInitial()) continue;
          for (const file of chunk.files) {
            if (file.endsWith('.js')) compilation.updateAsset(file, (source) => new sources.ConcatSource('//# allFunctionsCalledOnLoad\n', source));
          }
        }
      });
    });
  }
}

/**
 * Marks the named chunks' scripts as already minified, so the minifier leaves them alone. Used for the draft-edition
 * checker (the JSON Schema compiled to code by ajv): it is loaded only when someone tries a draft edition, minifying it
 * took about a tenth of a build's time (3.5 s of CPU), and it shrinks only from about 400 KB to 310 KB when minified.
 */
class LeaveUnminifiedPlugin {
  constructor(chunkNames) {
    this.chunkNames = new Set(chunkNames);
  }

  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('LeaveUnminifiedPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'LeaveUnminifiedPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 }, () => {
        for (const chunk of compilation.chunks) {
          if (!chunk.name || !this.chunkNames.has(chunk.name)) continue;
          for (const file of chunk.files) compilation.updateAsset(file, (source) => source, (info) => ({ ...info, minimized: true }));
        }
      });
    });
  }
}

module.exports = {
  LeaveUnminifiedPlugin,
  CompileHintPlugin,
  OFFICE_CDN,
  scriptRule,
  fluentTokensRule,
  officeJsFiles,
  checkShippedEdition,
  editionFolderFrom,
  editionsFolderFrom,
  checkSchoolEdition,
  editionModuleReplacer,
  writePrecompiledAjv,
  manifestFor,
  contentSecurityPolicy,
};
