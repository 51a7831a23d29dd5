#!/usr/bin/env node
// The `standards-companion` command (npm run cli -- …, npx standards-companion …). It runs the CLI compiled into
// build/cli, which `npm install` builds (the `prepare` script) and `npm run build:cli` rebuilds. When the source has
// changed since that build (a developer editing src/), it compiles first and says so on stderr, so the command never
// runs stale code.
'use strict';
const path = require('node:path');
const root = path.join(__dirname, '..');
const { ensureBuilt } = require('../scripts/ts-build.js');

try {
  ensureBuilt(root, 'cli', (message) => process.stderr.write(message));
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
require('../build/cli/src/cli/main.js').runFromCommandLine();
