// Runs before each test file. The component tests wait for what the pane shows (findBy…, waitFor), and a wait ends
// when it appears, never at a clock deadline: on a busy machine a render can take several seconds, and a test must
// not fail for that. So the Testing Library's wait limit is raised far above any honest wait; it (and jest's test
// timeout, set in jest.config.js) only stops a test that would otherwise hang.
if (typeof window !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only the jsdom test files load React
  (require('@testing-library/react') as typeof import('@testing-library/react')).configure({ asyncUtilTimeout: 60_000 });

  // Fluent's styles (Griffel) insert thousands of CSS rules, and jsdom matches every one of them against each element
  // whose computed style is asked for, which Testing Library does for every element a role query looks at. jsdom lays
  // nothing out, so those rules decide nothing a component test checks (how the pane looks is checked in Chromium, by
  // the browser tests and their screenshots); dropping them makes the component tests several times faster.
  CSSStyleSheet.prototype.insertRule = function insertNothing(this: CSSStyleSheet) {
    return this.cssRules.length;
  };
}
