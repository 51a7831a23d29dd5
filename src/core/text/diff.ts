import { diffWords } from 'diff';

/** One piece of a word-level diff between an official text and the text found (or between two editions). */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** A word-level diff from `before` to `after`, as data (the pane and the reports render it). */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value,
  }));
}

/** The diff as plain text with `[-deleted-]` and `{+inserted+}` marks, for terminals and CSV. */
export function diffToText(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.op === 'equal' ? p.text : p.op === 'delete' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');
}
