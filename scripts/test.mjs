// `npm test`: ESLint and the type check side by side (each uses about one core, and both keep a cache under
// node_modules/.cache so a second run looks only at what changed), then jest on both cores. Extra arguments go to jest:
// `npm test -- test/unit/tags.test.ts`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs an npm script with its output held back, so the two checks running at once do not interleave their lines. */
function runQuietly(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ script, code: code ?? 1, output }));
  });
}

const checks = await Promise.all([runQuietly('lint'), runQuietly('typecheck')]);
for (const { script, code, output } of checks) {
  process.stdout.write(`${code === 0 ? 'passed' : 'FAILED'}: npm run ${script}\n${output}`);
}
if (checks.some((c) => c.code !== 0)) process.exit(1);

const jest = spawn(process.execPath, [fileURLToPath(new URL('../node_modules/jest/bin/jest.js', import.meta.url)), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
jest.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
