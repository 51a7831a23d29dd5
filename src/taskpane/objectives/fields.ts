/** A label from the wording file without its colon ("Success criteria:" → "Success criteria"). */
export function stripColon(label: string): string {
  return label.replace(/:\s*$/, '');
}

/** Enough rows to show the whole value at the pane's width (about 34 characters a line), between 2 and 10. */
export function rowsFor(value: string): number {
  const lines = value.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 34)), 0);
  return Math.min(10, Math.max(2, lines));
}
