import type { Reporter, TestCase, TestModule } from "vitest/node";
import { caseMetaOf, caseResultOf } from "./case-result.ts";

const MARK = { passed: "ok  ", "non-strict": "NSTR", failed: "FAIL", unsupported: "unsp", skipped: "skip", errored: "ERR " } as const;

/**
 * Live progress: on a terminal one rewritten line (done / total, failures so far), otherwise one
 * plain line per finished case.
 */
export class ProgressReporter implements Reporter {
  private total = 0;
  private done = 0;
  private failures = 0;

  private readonly out: NodeJS.WriteStream;
  private readonly selects: (id: string) => boolean;

  constructor(out: NodeJS.WriteStream, selects: (id: string) => boolean) {
    this.out = out;
    this.selects = selects;
  }

  onTestModuleCollected(testModule: TestModule): void {
    for (const testCase of testModule.children.allTests()) {
      const meta = caseMetaOf(testCase);
      if (meta && this.selects(meta.id)) this.total += 1;
    }
    this.draw();
  }

  onTestCaseResult(testCase: TestCase): void {
    const meta = caseMetaOf(testCase);
    if (!meta || !this.selects(meta.id)) return;
    const result = caseResultOf(testCase, meta);
    this.done += 1;
    if (result.status === "failed" || result.status === "errored") this.failures += 1;
    if (this.out.isTTY) this.draw();
    else this.out.write(`${MARK[result.status]} ${meta.id} (${result.durationMs} ms)\n`);
  }

  onTestRunEnd(): void {
    if (this.out.isTTY) this.out.write("\n");
  }

  private draw(): void {
    if (!this.out.isTTY) return;
    this.out.write(`\r\u001b[2Kcases ${this.done}/${this.total}, failures so far ${this.failures}`);
  }
}
