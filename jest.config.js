/** @type {import('jest').Config} */
module.exports = {
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/{unit,component,adapter,reliability}/**/*.test.ts?(x)'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true, isolatedModules: true } }],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose import chain is ESM-only under jest; the mock needs only the OfficeApp enum.
    '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.js',
  },
};
