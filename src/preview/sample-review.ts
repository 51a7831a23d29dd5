/** The sample review document shown on the preview page: realistic wording, placeholders instead of personal data. */
export const SAMPLE_DOCUMENT_KEY = 'sample-review-mpr';

export interface SampleParagraph {
  kind: 'heading' | 'paragraph';
  text: string;
}

export const SAMPLE_REVIEW: readonly SampleParagraph[] = [
  { kind: 'heading', text: 'Performance review 2025/26' },
  { kind: 'paragraph', text: "Teacher: [Teacher's name]" },
  { kind: 'paragraph', text: "Reviewer: [Reviewer's name]" },
  { kind: 'paragraph', text: 'Career stage: Main pay range' },
  { kind: 'paragraph', text: 'Review period: September 2025 to July 2026' },
  { kind: 'heading', text: 'Evidence against the Teachers’ Standards' },
  {
    kind: 'paragraph',
    text: 'Lesson observations and work scrutiny this year show well-planned sequences of lessons and clear routines for behaviour. ',
  },
  { kind: 'paragraph', text: '' },
  { kind: 'heading', text: 'Objectives for next year' },
  { kind: 'paragraph', text: '1. ' },
];
