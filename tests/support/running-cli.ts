import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import type { Report } from "../../reports/report-types.ts";

const BIN = fileURLToPath(new URL("../../cli/bin.js", import.meta.url));

/** A progress line of a finished case (`ok   s3.…`, `FAIL s3.…`, …). */
export const FINISHED_CASE = /^(ok|FAIL|skip|unsp|NSTR|ERR) +\S+/m;

/** The parent's own AWS and run settings must not leak into the run under test. */
function withoutRunVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of Object.keys(copy)) if (name.startsWith("AWS_") || name === "S3_CONFORMANCE_RUN" || name.startsWith("VITEST")) delete copy[name];
  delete copy.NODE_OPTIONS;
  return copy;
}

/**
 * `s3-conformance` started as a user would, in its own process, with its own report folder (`{out}`
 * in an argument), and left running: its process, its output so far, and a wait for a line, for self
 * tests that act on it while it runs (a signal, a killed child). `runCli` waits for it to end.
 */
export class RunningCli {
  readonly child: ChildProcess;
  readonly outDir: string;
  stdout = "";
  stderr = "";
  private readonly closed: Promise<number | null>;

  constructor(args: string[], env: NodeJS.ProcessEnv = {}) {
    this.outDir = mkdtempSync(join(inject("selfTmp"), "run-"));
    this.child = spawn(process.execPath, [BIN, ...args.map((arg) => arg.replace("{out}", this.outDir))], {
      env: { ...withoutRunVariables(process.env), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stdout?.on("data", (chunk: Buffer) => (this.stdout += chunk.toString()));
    this.child.stderr?.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.closed = new Promise((resolve) => this.child.on("close", resolve));
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Settles once stdout (or stderr) has a line matching `pattern`; rejects if the run ends first. */
  waitFor(pattern: RegExp, stream: "stdout" | "stderr" = "stdout"): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (pattern.test(this[stream])) resolve();
      };
      check();
      this.child[stream]?.on("data", () => setImmediate(check));
      void this.closed.then(() => {
        check();
        reject(new Error(`the run ended before ${pattern} showed in its ${stream}:\n${this.stdout.slice(-2000)}\n${this.stderr.slice(-2000)}`));
      });
    });
  }

  /** The exit code once the process ended. */
  exit(): Promise<number | null> {
    return this.closed;
  }

  /** The report.json the run wrote, if it wrote one. */
  report(): Report | undefined {
    const path = join(this.outDir, "report.json");
    return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Report) : undefined;
  }
}
