import type { CliStream } from '../io.ts';

/**
 * A one-line progress bar on stderr, redrawn in place. Only for a terminal: in a pipe or a CI log the
 * carriage returns would be noise, so callers create it only when stderr is a TTY.
 */
export class ProgressBar {
  private readonly stream: CliStream;
  private readonly total: number;
  private label: string;
  private done = 0;

  constructor(stream: CliStream, total: number, label: string) {
    this.stream = stream;
    this.total = total;
    this.label = label;
    this.draw();
  }

  tick(): void {
    this.done = Math.min(this.total, this.done + 1);
    this.draw();
  }

  /** Sets the count done (a poller that learns totals rather than counting steps) and a new label. */
  set(done: number, label?: string): void {
    this.done = Math.max(0, Math.min(this.total, done));
    if (label !== undefined) this.label = label;
    this.draw();
  }

  finish(): void {
    this.stream.write('\r\x1b[2K');
  }

  private draw(): void {
    const width = 24;
    const filled = this.total === 0 ? width : Math.round((this.done / this.total) * width);
    const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
    this.stream.write(`\r\x1b[2K${this.label} [${bar}] ${this.done}/${this.total}`);
  }
}
