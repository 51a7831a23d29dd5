/** A one-line progress bar, redrawn in place on a terminal. */
export class ProgressBar {
  private last = '';
  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly width = 30,
  ) {}

  update(done: number, label = ''): void {
    const filled = Math.round((done / Math.max(1, this.total)) * this.width);
    const line = `Checking [${'#'.repeat(filled)}${'.'.repeat(this.width - filled)}] ${done}/${this.total} ${label}`.slice(0, 100);
    if (line === this.last) return;
    this.last = line;
    this.write(`\r${line.padEnd(100)}`);
  }

  finish(): void {
    this.write(`\r${' '.repeat(100)}\r`);
  }
}
