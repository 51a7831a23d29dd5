// jest's global setup, run once before any test:
// - compiles the CLI into build/cli when the source has changed since the last build (scripts/ts-build.js). Tests that
//   run the real command (cli-check-threads.test.ts, and the edition check that webpack.config.js uses) then share that
//   one build; `npm test` and `npx jest` both keep it fresh.
// - writes the framework schema's validator, compiled to plain JavaScript by ajv, as the pane's build does
//   (writePrecompiledAjv in scripts/build-support.js), when the schema or ajv has changed. jest.config.js maps `ajv`
//   to it, so the tests validate with the very code the pane runs instead of each test file compiling the schema
//   again (about half a second each, in some twenty files). edition-build.test.ts proves it gives the same problems as
//   ajv compiling the schema at run time, which the compiled CLI, run as a process, still does.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { ensureBuilt } = require('../../scripts/ts-build.js');
const { writePrecompiledAjv } = require('../../scripts/build-support.js');

const root = path.join(__dirname, '..', '..');
const PRECOMPILED_AJV_DIR = path.join(root, 'node_modules', '.cache', 'standards-companion', 'ajv');

function writeAjvStandInIfStale() {
  const schemaFile = path.join(root, 'framework-data', 'schema', 'framework.schema.json');
  const stamp = crypto
    .createHash('sha256')
    .update(fs.readFileSync(schemaFile))
    .update(require('ajv/package.json').version)
    .update(writePrecompiledAjv.toString())
    .digest('hex');
  const stampFile = path.join(PRECOMPILED_AJV_DIR, 'stamp');
  const shim = path.join(PRECOMPILED_AJV_DIR, 'ajv-precompiled.js');
  if (fs.existsSync(shim) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return;
  writePrecompiledAjv(schemaFile, PRECOMPILED_AJV_DIR);
  fs.writeFileSync(stampFile, stamp);
}

module.exports = async () => {
  ensureBuilt(root, 'cli', (message) => process.stderr.write(`\n${message}`));
  writeAjvStandInIfStale();
};
module.exports.PRECOMPILED_AJV_DIR = PRECOMPILED_AJV_DIR;
