// Runs before each test file. The component tests wait for what the pane shows (findBy…, waitFor), and a wait ends
// when it appears, never at a clock deadline: on a busy machine a render can take several seconds, and a test must
// not fail for that. So the Testing Library's wait limit is raised far above any honest wait; it (and jest's test
// timeout, set in jest.config.js) only stops a test that would otherwise hang.
if (typeof window !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only the jsdom test files load React
  (require('@testing-library/react') as typeof import('@testing-library/react')).configure({ asyncUtilTimeout: 60_000 });
}
