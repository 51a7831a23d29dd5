// npm run validate: offline manifest check (see scripts/manifest-check.js for what it covers).
// `npm run validate -- --online` also runs Microsoft's validator, which posts the manifest to a Microsoft service.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { checkManifest } = require('./manifest-check.js');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const targets = [join(root, 'manifest.xml')];
if (process.argv.includes('--dist')) targets.push(join(root, 'dist', 'manifest.xml'));

let failed = false;
for (const file of targets) {
  let problems;
  try {
    problems = checkManifest(readFileSync(file, 'utf8'), { assetsDir: join(root, 'assets') });
  } catch (error) {
    problems = [error.message];
  }
  if (problems.length > 0) {
    failed = true;
    console.error(`${file}: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  - ${p}`);
  } else {
    console.log(`${file}: well-formed; structure, requirement sets, resids, https URLs, permissions and icons check out (offline check).`);
  }
}
if (process.argv.includes('--online')) {
  const result = spawnSync('npx', ['office-addin-manifest', 'validate', targets[0]], { stdio: 'inherit', shell: process.platform === 'win32' });
  failed ||= result.status !== 0;
} else {
  console.log("Not checked offline: Microsoft's full schema and store rules (run with --online where there is network).");
}
process.exit(failed ? 1 : 0);
