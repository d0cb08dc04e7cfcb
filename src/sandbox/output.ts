/** Keeps the first `keep` bytes of a stream and counts the rest, so a flood cannot exhaust host memory. */
export class CappedOutput {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  total = 0;

  constructor(private readonly keep: number) {}

  push(chunk: Buffer): void {
    this.total += chunk.length;
    if (this.kept >= this.keep) return;
    const room = this.keep - this.kept;
    const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
    this.chunks.push(part);
    this.kept += part.length;
  }

  get truncated(): boolean {
    return this.total > this.kept;
  }

  /** The kept text, with a marker saying how much was dropped. */
  text(): string {
    const body = Buffer.concat(this.chunks).toString("utf8");
    return this.truncated ? body + truncationMarker(this.total - this.kept) : body;
  }
}

export function truncationMarker(droppedBytes: number): string {
  return `\n[purpcode sandbox: output truncated, ${droppedBytes} more bytes dropped]\n`;
}

/** Truncates text already in memory (output reported by a harness inside the sandbox). */
export function truncateText(text: string, keep: number): { text: string; truncated: boolean } {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= keep) return { text, truncated: false };
  return {
    text: bytes.subarray(0, keep).toString("utf8") + truncationMarker(bytes.length - keep),
    truncated: true,
  };
}

/**
 * The host's watch over one run: both streams capped, a wall-clock timer, and the first reason the run was
 * stopped early (the timer, or a flood past outputKillBytes). `kill` ends the run however it was started.
 */
export class RunWatch {
  readonly stdout: CappedOutput;
  readonly stderr: CappedOutput;
  stopped: "timeout" | "output-limit" | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(
    limits: { outputBytes: number; outputKillBytes: number },
    wallMs: number,
    private readonly kill: () => void,
  ) {
    this.stdout = new CappedOutput(limits.outputBytes);
    this.stderr = new CappedOutput(limits.outputBytes);
    this.timer = setTimeout(() => this.stop("timeout"), wallMs);
    const watch = (out: CappedOutput) => (chunk: Buffer) => {
      out.push(chunk);
      if (out.total > limits.outputKillBytes) this.stop("output-limit");
    };
    this.onStdout = watch(this.stdout);
    this.onStderr = watch(this.stderr);
  }

  readonly onStdout: (chunk: Buffer) => void;
  readonly onStderr: (chunk: Buffer) => void;

  stop(why: "timeout" | "output-limit"): void {
    this.stopped ??= why;
    this.kill();
  }

  /** The run has ended: no more timer; what it printed. */
  finish(): { stdout: string; stderr: string; stdoutTruncated: boolean; stderrTruncated: boolean } {
    clearTimeout(this.timer);
    return {
      stdout: this.stdout.text(),
      stderr: this.stderr.text(),
      stdoutTruncated: this.stdout.truncated,
      stderrTruncated: this.stderr.truncated,
    };
  }
}
