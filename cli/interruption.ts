/** How long a graceful stop may take before the run stops waiting for the cases in flight. */
const GRACE_MS = 10_000;

/**
 * SIGINT and SIGTERM during a run: the first asks the run to stop (`stop` is called: cancel the cases
 * not started) and, after a grace period, stops waiting for the cases in flight, so the report is
 * still written and the targets stopped; a second one exits at once.
 */
export class Interruption {
  signal: NodeJS.Signals | undefined;
  /** Settles when the grace period after the first signal is over. */
  readonly graceOver: Promise<void>;
  private endGrace: () => void = () => undefined;
  private readonly handler: (signal: NodeJS.Signals) => void;

  constructor(stop: () => void) {
    this.graceOver = new Promise<void>((resolve) => (this.endGrace = resolve));
    this.handler = (signal) => {
      if (this.signal) {
        process.stderr.write(`s3-conformance: ${signal} again: exiting at once\n`);
        process.exit(exitCodeOf(signal));
      }
      this.signal = signal;
      process.stderr.write(`s3-conformance: ${signal}: stopping the run; the report is written with the cases finished so far (${signal} again exits at once)\n`);
      stop();
      setTimeout(this.endGrace, GRACE_MS).unref();
    };
    process.on("SIGINT", this.handler);
    process.on("SIGTERM", this.handler);
  }

  /**
   * Takes the signals over from vitest, whose logger exits the process 1 ms after a SIGINT or SIGTERM:
   * called once vitest is set up, it leaves this handler the only one.
   */
  claim(): void {
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      for (const listener of process.listeners(signal)) if (listener !== this.handler) process.off(signal, listener);
    }
  }

  /** The exit code of an interrupted run: 128 + the signal's number, as shells report it. */
  exitCode(): number | undefined {
    return this.signal ? exitCodeOf(this.signal) : undefined;
  }

  dispose(): void {
    process.off("SIGINT", this.handler);
    process.off("SIGTERM", this.handler);
  }
}

function exitCodeOf(signal: NodeJS.Signals): number {
  return signal === "SIGINT" ? 130 : 143;
}
