import { blockPlacement, containerOf, inlineJoin, inlineText, isEmptyParagraph } from '../../src/core/insertion';

describe('insertion rules shared by the Word and preview adapters', () => {
  it('separates a descriptor from the text it touches by one space', () => {
    expect(inlineJoin('clear routines for behaviour.', '')).toEqual({ spaceBefore: true, spaceAfter: false });
    expect(inlineJoin('Our focus is ', '')).toEqual({ spaceBefore: false, spaceAfter: false });
    expect(inlineJoin('Our focus is', 'and more')).toEqual({ spaceBefore: true, spaceAfter: true });
    expect(inlineJoin('(Teachers’ Standard 2.1, MPR)', '')).toEqual({ spaceBefore: true, spaceAfter: false });
  });

  it('fills an empty paragraph with no spaces', () => {
    expect(inlineJoin('', '')).toEqual({ spaceBefore: false, spaceAfter: false });
  });

  it('adds no space after an opening bracket or quote, nor before closing punctuation', () => {
    expect(inlineJoin('as in (', ')')).toEqual({ spaceBefore: false, spaceAfter: false });
    expect(inlineJoin('she said \u201C', '\u201D.')).toEqual({ spaceBefore: false, spaceAfter: false });
    expect(inlineJoin('text', '. More')).toEqual({ spaceBefore: true, spaceAfter: false });
    expect(inlineJoin('text', ', more')).toEqual({ spaceBefore: true, spaceAfter: false });
  });

  it('joins several descriptors at one place with single spaces', () => {
    expect(inlineText(['A.', 'B.', 'C.'], { spaceBefore: true, spaceAfter: false })).toBe(' A. B. C.');
    expect(inlineText(['A.'], { spaceBefore: false, spaceAfter: true })).toBe('A. ');
  });

  it('treats an empty line or a bare typed list number as an empty paragraph', () => {
    for (const text of ['', '   ', '1.', '1. ', '12)', 'a)', '(iv)', '•', '- ', '\u2022 ', '1.\r']) expect(isEmptyParagraph(text)).toBe(true);
    for (const text of ['1. Plan lessons', 'Objectives', 'a) first', '2025.', 'ii. x']) expect(isEmptyParagraph(text)).toBe(false);
  });

  it('places a composed block in an empty paragraph, before a paragraph whose start holds the caret, otherwise after the caret paragraph or the own block holding it', () => {
    expect(blockPlacement('1. ', '1. ', 'none')).toBe('fill-empty-paragraph');
    expect(blockPlacement('', '', 'other')).toBe('fill-empty-paragraph');
    expect(blockPlacement('Objectives for next year', 'Objectives for next year', 'none')).toBe('after-paragraph');
    expect(blockPlacement('Objectives for next year', 'Objectives', 'none')).toBe('after-paragraph');
    expect(blockPlacement('Signed:', '', 'none')).toBe('before-paragraph');
    expect(blockPlacement('Signed:', null, 'none')).toBe('after-paragraph');
    expect(blockPlacement('', '', 'own')).toBe('after-paragraph');
  });

  it("tells the add-in's own blocks from other content controls by tag", () => {
    expect(containerOf(null)).toBe('none');
    expect(containerOf(undefined)).toBe('none');
    expect(containerOf('tsd:TS2.1/MPR/2')).toBe('own');
    expect(containerOf('tso:TS2.1/MPR/1+2')).toBe('own');
    expect(containerOf('tsr:MPR/achieved')).toBe('own');
    expect(containerOf('')).toBe('other');
    expect(containerOf('Objective1')).toBe('other');
  });
});
