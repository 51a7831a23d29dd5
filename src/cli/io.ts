/** Where a command writes. Injected so that tests can capture output without touching the process. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stdout is a terminal (progress bars are shown only then). */
  isTTY: boolean;
}

/** Bad arguments: the CLI prints the message and the usage, and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The CLI's exit codes. A run that both finds problems and cannot read a file exits with UNREADABLE; one whose report
 * cannot be written exits with WRITE_FAILED whatever it found.
 */
export const EXIT = {
  /** Nothing to report. */
  OK: 0,
  /** Findings (check), problems (validate), or a broken lineage (edition diff). */
  FINDINGS: 1,
  /** Bad usage: unknown command or option, missing argument, or an --out that would overwrite an input. */
  USAGE: 2,
  /** An input could not be read: a document (the others were still checked and reported) or an edition folder. */
  UNREADABLE: 3,
  /** The report could not be written to --out; any earlier file there is left as it was. */
  WRITE_FAILED: 4,
} as const;

/**
 * A name as text output shows it: control characters (newline, escape, C1 controls, DEL) and Unicode's
 * direction overrides are written as `\n`, `\x1b`, `\u202e` …, so a file name cannot rewrite the terminal or forge lines.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
