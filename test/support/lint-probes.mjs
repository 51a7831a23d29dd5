// Lints probe sources with the project's own eslint.config.mjs, as if each were the file it names, and prints what
// ESLint reports as JSON. Used by test/unit/boundaries.test.ts: ESLint loads its flat config with import(), which
// jest's module sandbox does not support, so the probes are linted in one plain Node process.
//   stdin:  [{ "filePath": "src/core/x/probe.ts", "code": "…" }, …]   (paths relative to the project folder)
//   stdout: [{ "filePath": …, "messages": [{ "ruleId": …, "severity": …, "message": … }] }, …]
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const probes = JSON.parse(readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: root });
const results = [];
for (const probe of probes) {
  const [result] = await eslint.lintText(probe.code, { filePath: join(root, probe.filePath), warnIgnored: true });
  results.push({ filePath: probe.filePath, messages: result.messages.map(({ ruleId, severity, message }) => ({ ruleId, severity, message })) });
}
process.stdout.write(JSON.stringify(results));
