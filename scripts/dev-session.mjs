// Shared by start.mjs, start-web.mjs and stop.mjs: build, HTTPS where dev certificates can be installed,
// the background server and the state file that lets `npm stop` undo what `npm start` did.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const STATE_FILE = join(ROOT, 'build', 'dev-session.json');
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

export function build(baseUrl) {
  console.log(`Building dist/ for ${baseUrl} …`);
  const result = spawnSync(bin('webpack'), ['--mode', 'development'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ADDIN_BASE_URL: baseUrl }, shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error('The build failed.');
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
