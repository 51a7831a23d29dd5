// Shared by start.mjs, start-web.mjs and stop.mjs: the production build (reused when nothing changed), HTTPS where dev certificates can be installed,
// the background server and the state file that lets `npm stop` undo what `npm start` did.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const STATE_FILE = join(ROOT, 'build', 'dev-session.json');
const BUILD_STAMP = join(ROOT, 'build', 'start-build.json');
export const PORT = Number(process.env.PORT || 3000);
const bin = (name) => join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

/** Where Word desktop normally lives; npm start sideloads only when one of these exists. */
export function wordDesktopPresent() {
  if (process.platform === 'darwin') return existsSync('/Applications/Microsoft Word.app');
  if (process.platform === 'win32') {
    const roots = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean);
    return roots.some((r) => ['Office16', 'Office15'].some((v) => existsSync(join(r, 'Microsoft Office', 'root', v, 'WINWORD.EXE'))));
  }
  return false;
}

/** Installs and trusts the Office dev certificates where that works (Windows, macOS); null elsewhere. */
export async function devCertificates() {
  if (process.platform !== 'win32' && process.platform !== 'darwin') return null;
  try {
    const certs = await import('office-addin-dev-certs');
    const getOptions = certs.getHttpsServerOptions ?? certs.default?.getHttpsServerOptions;
    if (typeof getOptions !== 'function') throw new Error('office-addin-dev-certs has no getHttpsServerOptions');
    const options = await getOptions();
    const dir = join(ROOT, 'build', 'certs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'key.pem'), options.key);
    writeFileSync(join(dir, 'cert.pem'), options.cert);
    return { key: join(dir, 'key.pem'), cert: join(dir, 'cert.pem') };
  } catch (error) {
    console.warn(`Could not install trusted dev certificates (${error.message}); serving plain http on localhost.`);
    return null;
  }
}

/** Every file the production build reads from the project (node_modules is covered by package-lock.json). */
function buildInputs() {
  const files = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  for (const dir of ['src', 'framework-data', 'assets']) walk(join(ROOT, dir));
  const edition = process.env.STANDARDS_EDITION;
  if (edition) walk(resolve(ROOT, edition));
  for (const file of ['webpack.config.js', 'scripts/build-support.js', 'scripts/griffel-evaluation-tokens.cjs', 'manifest.xml', 'package-lock.json', 'tsconfig.json']) files.push(join(ROOT, file));
  return files.filter((f) => existsSync(f) && !f.includes(`${join('assets', 'screenshots')}`)).sort();
}

/** A hash of the build's inputs and the settings it is built with, so an unchanged build can be reused. */
function buildFingerprint(baseUrl) {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ baseUrl, officeJs: process.env.OFFICE_JS ?? '', edition: process.env.STANDARDS_EDITION ?? '', node: process.version }));
  for (const file of buildInputs()) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

/** Every page webpack.config.js builds; `npm run build` builds them all. */
export const ALL_PAGES = ['taskpane', 'commands', 'preview', 'check'];
/** What the preview needs: its own page and HR's check page, which it links to. */
export const PREVIEW_PAGES = ['preview', 'check'];

function readStamp() {
  try {
    return JSON.parse(readFileSync(BUILD_STAMP, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The production build of `pages` in dist/, as `npm run build` makes them, for `baseUrl` (the address in manifest.xml).
 * When nothing it reads has changed since the last build npm start made, and that build had these pages, dist/ is
 * reused as it is; otherwise webpack builds with its filesystem cache in build/webpack-cache, so only what changed is
 * built again. Resolves, once dist/ is written, to `{ saved }`: a promise that settles when webpack's cache is written
 * too (wait for it before exiting). Without Word, npm start builds only the preview and the check page (PREVIEW_PAGES): the pane's own
 * page and the ribbon's are for Word, and leaving them out saves about a third of a first build.
 */
export async function build(baseUrl, pages = ALL_PAGES) {
  const fingerprint = buildFingerprint(baseUrl);
  const previous = readStamp();
  const built = previous?.fingerprint === fingerprint ? (previous.pages ?? ALL_PAGES) : [];
  if (pages.every((p) => built.includes(p) && existsSync(join(ROOT, 'dist', `${p}.html`)))) {
    console.log(`dist/ is up to date (production build of ${previous.builtAt}); nothing to build.`);
    return { saved: Promise.resolve() };
  }
  const partly = pages.length < ALL_PAGES.length ? ` (the ${pages.join(' and ')} pages)` : '';
  console.log(`Building dist/${partly} for production, with manifest.xml pointing at ${baseUrl} …`);
  const started = Date.now();
  process.env.ADDIN_BASE_URL = baseUrl;
  const require = createRequire(import.meta.url);
  const webpack = require(join(ROOT, 'node_modules', 'webpack'));
  const config = require(join(ROOT, 'webpack.config.js'))({ cache: true, pages: pages.join(',') }, { mode: 'production' });
  const compiler = webpack(config);
  // Closing the compiler writes webpack's cache for the next start, which takes a few seconds on a first build: dist/
  // is complete before that, so the caller may serve it first and wait for `saved` afterwards.
  let saved;
  const stats = await new Promise((resolvePromise, reject) => {
    compiler.run((error, result) => {
      saved = new Promise((done) => compiler.close(() => done()));
      if (error) saved.then(() => reject(error));
      else resolvePromise(result);
    });
  });
  if (stats.hasErrors() || stats.hasWarnings()) console.error(stats.toString({ all: false, errors: true, warnings: true, colors: false }));
  if (stats.hasErrors()) {
    await saved;
    throw new Error('The build failed.');
  }
  // One line instead of webpack's listing of every file (most of them office.js's runtime files).
  const dist = join(ROOT, 'dist');
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  const scripts = files
    .filter((f) => /^(taskpane|preview)\.[0-9a-f]+\.js$/.test(f.name))
    .map((f) => `${f.name.split('.')[0]}.js ${kib(statSync(join(f.parentPath ?? f.path, f.name)).size)}`)
    .join(', ');
  console.log(`Built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s: ${scripts} (minified), ${files.length} files in all, most of them office.js's own.`);
  mkdirSync(dirname(BUILD_STAMP), { recursive: true });
  writeFileSync(BUILD_STAMP, JSON.stringify({ fingerprint, pages, builtAt: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC' }, null, 2));
  return { saved };
}

export function readState() {
  try {
    return JSON.parse(readFileSync(STATE_FILE, 'utf8'));
  } catch {
    return null;
  }
}

export function writeState(state) {
  mkdirSync(dirname(STATE_FILE), { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
}

export function clearState() {
  rmSync(STATE_FILE, { force: true });
}

/** Starts scripts/serve.mjs in the background and waits until it answers. */
export async function startServer(certs) {
  const args = [join(ROOT, 'scripts', 'serve.mjs'), '--root', join(ROOT, 'dist'), '--port', String(PORT)];
  if (certs) args.push('--https-key', certs.key, '--https-cert', certs.cert);
  const child = spawn(process.execPath, args, { cwd: ROOT, detached: true, stdio: 'ignore' });
  child.unref();
  const url = `${certs ? 'https' : 'http'}://localhost:${PORT}`;
  // Wait until it answers (over http; with a dev certificate Node's fetch may not trust it, so just give it a moment).
  for (let i = 0; i < 50; i++) {
    if (certs) {
      await new Promise((r) => setTimeout(r, 500));
      break;
    }
    try {
      if ((await fetch(`${url}/preview.html`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { pid: child.pid, url };
}

export function runOfficeDebugging(args) {
  return spawnSync(bin('office-addin-debugging'), args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
}
