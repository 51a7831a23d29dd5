import { bundledFramework } from '../../src/core/framework/bundled';
import { wordingOf } from '../../src/core/compose/wording';
import {
  endSentence,
  joinClauses,
  joinList,
  lowerInitial,
  nestQuotes,
  splitSentences,
  stripTrailingPunctuation,
  tidyOfficialText,
  userLines,
} from '../../src/core/compose/english';

const rules = wordingOf(bundledFramework()).english;

describe('joinList', () => {
  it('joins simple items with commas and "and", without a serial comma', () => {
    expect(joinList([], rules)).toBe('');
    expect(joinList(['plan lessons'], rules)).toBe('plan lessons');
    expect(joinList(['plan lessons', 'mark books'], rules)).toBe('plan lessons and mark books');
    expect(joinList(['plan lessons', 'mark books', 'meet parents'], rules)).toBe('plan lessons, mark books and meet parents');
  });

  it('adds a serial comma when an earlier item has its own "and"', () => {
    expect(joinList(['monitor and evaluate progress', 'help others'], rules)).toBe('monitor and evaluate progress, and help others');
    expect(joinList(['help others', 'monitor and evaluate progress'], rules)).toBe('help others and monitor and evaluate progress');
  });

  it('uses semicolons when an earlier item has commas of its own', () => {
    expect(joinList(['create an environment, which is calm', 'develop relationships', 'follow policy'], rules)).toBe(
      'create an environment, which is calm; develop relationships; and follow policy',
    );
    expect(joinList(['follow policy', 'meet parents, identifying strengths'], rules)).toBe('follow policy and meet parents, identifying strengths');
  });

  it('repeats "that" before each further clause', () => {
    expect(joinClauses(['children make progress', 'attendance is high'], 'that', rules)).toBe('children make progress and that attendance is high');
  });
});

describe('lowerInitial', () => {
  it.each([
    ['Monitor the progress of all pupils', 'monitor the progress of all pupils'],
    ['Consistently meets the requirements', 'consistently meets the requirements'],
    ['ECTs are supported', 'ECTs are supported'],
    ['SENDCO referrals are prompt', 'SENDCO referrals are prompt'],
    ['AfL is used well', 'AfL is used well'],
    ['High Quality Inclusive Teaching (HQIT) and high expectations', 'High Quality Inclusive Teaching (HQIT) and high expectations'],
    ['English lessons are planned', 'English lessons are planned'],
    ['Use AfL strategies', 'use AfL strategies'],
    ['Pupils’ work and outcomes', 'pupils’ work and outcomes'],
  ])('%j → %j', (input, expected) => {
    expect(lowerInitial(input, rules)).toBe(expected);
  });
});

describe('sentence tidying', () => {
  it('keeps official words but mends doubled and stray full stops and spacing', () => {
    expect(tidyOfficialText('support learning, e.g.. practical work', rules)).toBe('support learning, e.g. practical work');
    expect(tidyOfficialText('teaching across the year. group/ team', rules)).toBe('teaching across the year group/ team');
    expect(tidyOfficialText('First.  Second', rules)).toBe('First. Second');
    expect(tidyOfficialText('e.g. practical work', rules)).toBe('e.g. practical work');
  });

  it('strips trailing punctuation before joining, but not an abbreviation’s full stop', () => {
    expect(stripTrailingPunctuation('Assess pupils’ attainment;', rules)).toBe('Assess pupils’ attainment');
    expect(stripTrailingPunctuation('in the year group,', rules)).toBe('in the year group');
    expect(stripTrailingPunctuation('less teacher talk etc.', rules)).toBe('less teacher talk etc.');
    expect(stripTrailingPunctuation('less teacher talk etc.,', rules)).toBe('less teacher talk etc.');
  });

  it('ends a sentence with exactly one full stop', () => {
    expect(endSentence('Follow the policy', rules)).toBe('Follow the policy.');
    expect(endSentence('Follow the policy.', rules)).toBe('Follow the policy.');
    expect(endSentence('Follow the policy;', rules)).toBe('Follow the policy.');
    expect(endSentence('less teacher talk etc.', rules)).toBe('less teacher talk etc.');
    expect(endSentence('(It is recognised.)', rules)).toBe('(It is recognised.)');
  });

  it('splits sentences, not at an abbreviation', () => {
    expect(splitSentences('Plan lessons. (It is recognised.) Be familiar with resources.', rules)).toEqual([
      'Plan lessons.',
      '(It is recognised.)',
      'Be familiar with resources.',
    ]);
    expect(splitSentences('Remain abreast of legislation, e.g. Physical Intervention, Exclusion', rules)).toHaveLength(1);
  });

  it('nests quotation marks inside a quotation, leaving apostrophes alone', () => {
    expect(nestQuotes('Has reached the ‘expected standard’ on the teachers’ standards')).toBe('Has reached the “expected standard” on the teachers’ standards');
  });

  it('keeps what a user typed, line by line', () => {
    expect(userLines('  <b>Bold</b> & more \r\n\n second line ')).toEqual(['<b>Bold</b> & more', 'second line']);
  });
});
