import { withArticle } from '../../src/core/check/rules/context';

describe('the article before a stage name in a finding', () => {
  it('follows the sound of an initialism and the letter of a word', () => {
    expect(withArticle('MPR')).toBe('an MPR');
    expect(withArticle('ECT 1')).toBe('an ECT 1');
    expect(withArticle('UPR 2/3')).toBe('a UPR 2/3');
    expect(withArticle('Assistant/Deputy Head')).toBe('an Assistant/Deputy Head');
    expect(withArticle('Leading Practitioner')).toBe('a Leading Practitioner');
  });
});
