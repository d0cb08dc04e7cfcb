/** Progress of a long job on stderr: a live bar on a terminal, plain periodic lines otherwise (logs, CI). */
export interface ProgressOptions {
  label: string;
  total?: number;
  stream?: NodeJS.WriteStream;
  /** Seconds between plain lines when not a TTY. */
  intervalS?: number;
  quiet?: boolean;
}

export class Progress {
  private done = 0;
  private failed = 0;
  private readonly started = Date.now();
  private lastPrint = 0;
  private readonly stream: NodeJS.WriteStream;
  private readonly tty: boolean;

  constructor(private readonly options: ProgressOptions) {
    this.stream = options.stream ?? process.stderr;
    this.tty = Boolean(this.stream.isTTY);
  }

  set total(value: number | undefined) {
    this.options.total = value;
  }

  tick(ok = true): void {
    this.done++;
    if (!ok) this.failed++;
    const now = Date.now();
    const interval = this.tty ? 100 : (this.options.intervalS ?? 5) * 1000;
    if (now - this.lastPrint >= interval) {
      this.lastPrint = now;
      this.print(false);
    }
  }

  finish(): void {
    this.print(true);
  }

  line(): string {
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const { total, label } = this.options;
    const failed = this.failed ? `, ${this.failed} failed` : "";
    if (total === undefined) return `${label}: ${this.done} done${failed}, ${rate.toFixed(1)}/s`;
    const pct = total > 0 ? (100 * this.done) / total : 100;
    const eta = rate > 0 ? formatDuration((total - this.done) / rate) : "?";
    const width = 24;
    const filled = Math.round((width * Math.min(pct, 100)) / 100);
    const bar = this.tty ? `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ` : "";
    return `${label}: ${bar}${this.done}/${total} (${pct.toFixed(1)}%)${failed}, ${rate.toFixed(1)}/s, ETA ${eta}`;
  }

  private print(final: boolean): void {
    if (this.options.quiet) return;
    if (this.tty) this.stream.write(`\r\x1b[2K${this.line()}${final ? "\n" : ""}`);
    else this.stream.write(this.line() + "\n");
  }
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  if (seconds < 60) return `${Math.round(seconds)}s`;
  if (seconds < 3600)
    return `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, "0")}s`;
  return `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, "0")}m`;
}
