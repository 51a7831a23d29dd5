// jest's global setup: compiles the CLI into build/cli once, before any test runs, when the source has changed since
// the last build (scripts/ts-build.js). Tests that run the real command (cli-check-threads.test.ts, and the edition
// check that webpack.config.js uses) then share that one build; `npm test` and `npx jest` both keep it fresh.
const path = require('node:path');
const { ensureBuilt } = require('../../scripts/ts-build.js');

module.exports = async () => {
  ensureBuilt(path.join(__dirname, '..', '..'), 'cli', (message) => process.stderr.write(`\n${message}`));
};
