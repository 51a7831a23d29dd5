/**
 * Career stage wordings as schools write them, from review forms, pay statements and older (NQT-era) documents.
 * Each row is the text and the career stage the pane and the checker should read from it (null: ask the user).
 * A specific wording always beats a generic one on the same line ("Upper pay range, UPR 3" is UPR 2/3).
 */
import { bundledFramework } from '../../src/core/framework/bundled';
import { detectCareerStage } from '../../src/core/detect/career-stage';

const framework = bundledFramework();
const detect = (text: string) => detectCareerStage(framework, text)?.careerStage.name ?? null;

const ECT1 = 'ECT year 1';
const ECT2 = 'ECT year 2';
const MPR = 'Main pay range';
const MPR_TLR = 'Main pay range with TLR';
const UPR1 = 'UPR 1';
const UPR23 = 'UPR 2/3';
const UPR1_TLR = 'UPR 1 with TLR';
const UPR23_TLR = 'UPR 2/3 with TLR';
const LP = 'Leading practitioner';
const AHT = 'Assistant/deputy headteacher';
const HOS = 'Head of school';
const HT = 'Headteacher';

const WORDINGS: [string, string | null][] = [
  // Upper pay range, labelled: the point beats the range, wherever it stands on the line.
  ['Career stage: Upper pay range, UPR 3', UPR23],
  ['Career stage: Upper pay range (UPR 2)', UPR23],
  ['Career stage: Upper Pay Range – UPR1', UPR1],
  ['Career stage: UPR 3 (upper pay range)', UPR23],
  ['Career stage: U3', UPR23],
  ['Pay point: U2', UPR23],
  ['Pay point: U1', UPR1],
  ['Pay scale: UPS3', UPR23],
  ['Pay scale: UPS 1', UPR1],
  ['Salary: UPS2/3', UPR23],
  ['Pay range: UPR 2-3', UPR23],
  ['Career stage: Upper pay scale point 3', UPR23],
  ['Career stage: upper pay range 2', UPR23],
  ['Career stage: Upper pay range', UPR1],
  ['Career stage: Post-threshold (UPS)', UPR1],
  ['Career stage: UPR (U1–U3)', UPR1],
  ['Career Stage/Pay Point: U3', UPR23],
  ['Current pay point: UPR2', UPR23],
  // Main pay range, points and the range.
  ['Pay point: M4', MPR],
  ['Salary: MPS 4', MPR],
  ['Career stage: Main pay scale point 4', MPR],
  ['Career stage: Main pay range (M6)', MPR],
  ['Pay scale: MPR4', MPR],
  ['Career stage: MPS', MPR],
  ['Career stage: main scale', MPR],
  ['Career stage: Main Pay Range M1–M6', MPR],
  // Early career teachers and the older NQT.
  ['Career stage: Year 2 ECT', ECT2],
  ['Career stage: ECT2', ECT2],
  ['Career stage: ECT (Year 1)', ECT1],
  ['Career stage: ECT – year 2', ECT2],
  ['Career stage: 1st year ECT', ECT1],
  ['Career stage: Early career teacher, year 2', ECT2],
  ['Career stage: Early Career Teacher (Year 1)', ECT1],
  ['Career stage: NQT', ECT1],
  ['Status: NQT', ECT1],
  ['Career stage: NQT+1', ECT2],
  ['Career stage: Newly qualified teacher', ECT1],
  ['Career stage: ECT year 1 (M1)', ECT1],
  ['Career stage: M2, ECT year 2', ECT2],
  ['Career stage: ECT', ECT1],
  // TLR: on the same line, in a row of its own, or said to be none.
  ['Career stage: Upper pay range, UPR 3, TLR 2b', UPR23_TLR],
  ['Career stage: U3 + TLR2a', UPR23_TLR],
  ['Pay point: M5 with TLR 2.1', MPR_TLR],
  ['Career stage: MPS 3 (TLR3)', MPR_TLR],
  ['Career stage: UPR 1, teaching and learning responsibility', UPR1_TLR],
  ['Career stage: UPR 3, no TLR', UPR23],
  ['Career stage: UPS3\nTLR: none', UPR23],
  ['Career stage: UPS3\nTLR: 2b (Head of English)', UPR23_TLR],
  ['Career stage: Main pay range\nTLR held: TLR 2a', MPR_TLR],
  ['Career stage: M4 TLR: n/a', MPR],
  // In tables: a label in one cell and the value in the next (a paragraph each, or tab-separated).
  ['Teacher\nJane Smith\nCareer stage\nUPR 3\nReviewer\nHeadteacher', UPR23],
  ['Career stage:\nM4', MPR],
  ['Pay point\tU2\tTLR\t2b', UPR23_TLR],
  ['Name\tA. Teacher\nCareer stage\tYear 2 ECT', ECT2],
  ['Career stage\nUpper pay range, UPR 3\nTLR\nTLR 2b', UPR23_TLR],
  // Leadership and other posts, on labelled lines only.
  ['Role: Deputy Headteacher', AHT],
  ['Post: Assistant Principal', AHT],
  ['Role: Vice Principal', AHT],
  ['Job title: Head of School', HOS],
  ['Role: Principal', HT],
  ['Post: Executive Headteacher', HT],
  ['Role: Lead Practitioner (Maths)', LP],
  ['Career stage: Leading Practitioner, L3', LP],
  // Without a label: every mention must agree; a point refines its range elsewhere; prose codes are not read.
  ['Performance review 2025–26: UPR 3', UPR23],
  ['This year on the upper pay range has gone well.\nShe moved to UPR 3 in September.', UPR23],
  ['The teacher is on the main pay scale and progressed to M4 this year.', MPR],
  ['Second year ECT, review of the year', ECT2],
  ['M4', MPR],
  ['U3', UPR23],
  ['Room U3 is booked for the M4 meeting with parents of the Year 3 class after lunch.', null],
  ['She mentors the NQT and supports ECTs across the department this year.', null],
  ['Moved from the main pay range to UPR 1 this year.', null],
  ['Signed by the deputy head and the headteacher.', null],
  // … nor a stage the teacher hopes for, nor a pay point code inside a sentence.
  ['She hopes to apply for the upper pay range next year.', null],
  ['The teacher is on the main pay range and is ready to move to UPR 1.', MPR],
  ['Eligible for progression to the upper pay range in September.', null],
  ['The M4 motorway closure delayed the visit.', null],
  ['Main pay range M4', MPR],
  // Labels that do not name the teacher's stage.
  ["Reviewer's role: Headteacher\nCareer stage: MPS 2", MPR],
  ['Pay recommendation: progress to U2\nCareer stage: UPR 1', UPR1],
  ['Next career stage: UPR 1\nCareer stage: M6', MPR],
  ['Career stage: ECT year 12', null],
  ['Key stage: KS2', null],
  ['Career stage: UPR 12', null],
];

describe('detectCareerStage on wordings schools use', () => {
  it('has at least 60 wordings', () => {
    expect(WORDINGS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(WORDINGS)('%j is %s', (text, expected) => {
    expect(detect(text)).toBe(expected);
  });

  it('reports the specific words as the evidence', () => {
    expect(detectCareerStage(framework, 'Career stage: Upper pay range, UPR 3')).toMatchObject({ evidence: 'UPR 3', labelled: true });
    expect(detectCareerStage(framework, 'Pay point: M4')).toMatchObject({ evidence: 'M4', labelled: true });
  });
});

describe('detectCareerStage and descriptor references', () => {
  it('does not read a stage from a descriptor’s reference (it names the descriptor’s stage, not the teacher’s)', () => {
    expect(detect("Moderate attainment data across the year group. (Teachers' Standard 2.1, UPR 2/3)")).toBeNull();
    expect(detect("Career stage: M4\nModerate attainment data across the year group. (Teachers' Standard 2.1, UPR 2/3)")).toBe(MPR);
  });
});
