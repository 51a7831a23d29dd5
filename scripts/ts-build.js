// Compiles the TypeScript that runs outside webpack (the CLI, and the review-document writer the tests, scripts and
// bench use) with tsc, and knows when that output is stale, so nothing compiles on every run:
//   cli    tsconfig.cli.json    → build/cli     src/core, src/cli and framework-data/
//   tools  tsconfig.tools.json  → build/tools   test/support/review-docx/, with the core and CLI code it imports
// A build is stale when any file or folder under its sources (or its tsconfig, or tsconfig.json) is newer than the
// stamp written after its last successful build, or when its entry file is missing. Checking costs a few
// milliseconds (one stat per file), so the `standards-companion` command does it on every start and rebuilds first
// when a developer has edited the source. CommonJS, so bin/, webpack.config.js and the scripts can all require it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const PROJECTS = {
  cli: { tsconfig: 'tsconfig.cli.json', out: 'build/cli', entry: 'src/cli/main.js', sources: ['src/core', 'src/cli', 'framework-data'] },
  tools: { tsconfig: 'tsconfig.tools.json', out: 'build/tools', entry: 'test/support/review-docx/review-scenarios.js', sources: ['test/support/review-docx', 'src/core', 'src/cli', 'framework-data'] },
};

function project(name) {
  const p = PROJECTS[name];
  if (!p) throw new Error(`Unknown build "${name}"; known: ${Object.keys(PROJECTS).join(', ')}.`);
  return p;
}

/** The newest modification time (ms) of a file, or of a folder and everything in it. */
function newestMtime(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  let newest = stat.mtimeMs;
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

const stampOf = (root, p) => path.join(root, p.out, '.built');

/** Why the build is stale ("never built", "src/cli changed", …), or null when it is up to date. */
function staleReason(root, name) {
  const p = project(name);
  if (!fs.existsSync(path.join(root, p.out, p.entry))) return 'not built yet';
  let built;
  try {
    built = fs.statSync(stampOf(root, p)).mtimeMs;
  } catch {
    return 'not built yet';
  }
  for (const source of [...p.sources, p.tsconfig, 'tsconfig.json']) {
    if (newestMtime(path.join(root, source)) > built) return `${source} changed since the last build`;
  }
  return null;
}

/**
 * Validates the shipped framework-data/ against the JSON Schema once, at build time, and records its digest beside the
 * build (build/cli/framework-data.validated.json), so the CLI need not compile the schema at every start; it still
 * validates any folder whose files differ (see src/cli/framework-folder.ts). An invalid framework-data/ leaves no
 * record and does not stop the build: the CLI then reports its problems itself.
 */
function recordShippedFramework(out) {
  const { recordValidatedFramework } = require(path.join(out, 'src', 'cli', 'framework-folder.js'));
  try {
    recordValidatedFramework();
  } catch (error) {
    if (!Array.isArray(error.problems)) throw error;
  }
}

/** Compiles the project with tsc (incrementally). Throws with tsc's output when it reports errors. */
function build(root, name) {
  const p = project(name);
  const out = path.join(root, p.out);
  const buildInfo = path.join(out, '.tsbuildinfo');
  // tsc's incremental mode does not notice deleted output files; start afresh when the entry is missing.
  if (!fs.existsSync(path.join(out, p.entry))) fs.rmSync(buildInfo, { force: true });
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, p.tsconfig)], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`tsc -p ${p.tsconfig} failed (exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  }
  if (name === 'cli') recordShippedFramework(out);
  fs.writeFileSync(stampOf(root, p), `${new Date(started).toISOString()}\n`);
  // The stamp must not be newer than a source saved while tsc ran: date it from when the build started.
  const when = new Date(started);
  fs.utimesSync(stampOf(root, p), when, when);
}

/** Builds the project when it is stale; returns the reason it was rebuilt, or null. `log` hears about a rebuild. */
function ensureBuilt(root, name, log = () => {}) {
  const reason = staleReason(root, name);
  if (reason === null) return null;
  log(`Compiling ${project(name).out} (${reason})…\n`);
  build(root, name);
  return reason;
}

module.exports = { PROJECTS, staleReason, build, ensureBuilt };

// `node scripts/ts-build.js cli [tools …]` builds each named project, whether stale or not (npm run build:cli).
if (require.main === module) {
  const root = path.join(__dirname, '..');
  try {
    for (const name of process.argv.slice(2)) build(root, name);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}
