// `npm run test:build`: the tests that run a real build (webpack, test/build/) and those that check the test tooling
// against the installed packages (test/toolchain/), kept out of `npm test` for its speed. .ci/run runs both.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = { ...base, testMatch: ['<rootDir>/test/{build,toolchain}/**/*.test.ts'] };
