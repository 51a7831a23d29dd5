// How long a browser test waits for what it expects to appear (a tab's script, an insertion's confirmation, a
// report). A wait ends as soon as the thing appears; this limit only stops a test that would otherwise hang, so on a
// busy machine (CI, or the bench beside it) a slow first load makes the tests slower, never red. The same rule as the
// component tests' wait limit (test/support/jest-setup.ts).
export const WAIT = 30_000;
