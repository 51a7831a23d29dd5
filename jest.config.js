/** @type {import('jest').Config} */
module.exports = {
  roots: ['<rootDir>/test'],
  // The build and toolchain tests (webpack; the test tooling against the installed packages) run apart, with
  // `npm run test:build` (jest.build.config.js).
  testMatch: ['<rootDir>/test/{unit,component,adapter,reliability}/**/*.test.ts?(x)'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true, isolatedModules: true } }],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose import chain is ESM-only under jest; the mock needs only the OfficeApp enum.
    '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.js',
    // Fluent's own code, each package or icon loaded on first use rather than all of them for every test file
    // (test/support/fluent-on-demand/; test/toolchain/fluent-on-demand.test.ts checks the exports are the package's).
    '^@fluentui/react-components$': '<rootDir>/test/support/fluent-on-demand/react-components.js',
    '^@fluentui/react-icons$': '<rootDir>/test/support/fluent-on-demand/react-icons.js',
    // The framework schema's validator precompiled by ajv, as the pane's build gives it (written by the global setup;
    // edition-build.test.ts compares it with ajv compiling at run time).
    '^ajv$': '<rootDir>/node_modules/.cache/standards-companion/ajv/ajv-precompiled.js',
  },
  // The CLI is compiled once for the tests that run the real command, and only when its source has changed.
  globalSetup: '<rootDir>/test/support/jest-global-setup.js',
  setupFilesAfterEnv: ['<rootDir>/test/support/jest-setup.ts'],
  // Both cores: lint and the type check have finished before jest starts (jest's own default leaves one core idle).
  maxWorkers: 2,
  // No test depends on timing: waits end on a condition, and this limit only stops a test that hangs.
  testTimeout: 120_000,
};
