/** Why a file could not be read as a Word document. The message is shown to the user as it is. */
export type DocxProblem = 'empty' | 'legacy-doc' | 'encrypted-or-doc' | 'not-zip' | 'too-large' | 'too-complex' | 'not-word' | 'corrupt' | 'unreadable';

export class DocxError extends Error {
  readonly problem: DocxProblem;
  constructor(problem: DocxProblem, message: string) {
    super(message);
    this.name = 'DocxError';
    this.problem = problem;
  }
}
