import type { SerializedError } from "vitest";
import type { Reporter, TestCase, TestModule, Vitest } from "vitest/node";
import type { CaseMeta } from "../harness/case-meta.ts";
import type { TargetInfo } from "../harness/target-info.ts";
import { caseMetaOf, caseResultOf, firstLines } from "./case-result.ts";
import type { CaseResult } from "./report-types.ts";

/**
 * Collects every conformance case of a run: the declared ones as they are collected, their outcomes
 * as they finish, and the run's own errors. Cases that never finish end up errored, so a run whose
 * target or harness dies still reports every case it knew of.
 */
export class CaseCollector implements Reporter {
  private vitest: Vitest | undefined;
  private readonly declared = new Map<string, { testCase: TestCase; meta: CaseMeta }>();
  private readonly finished = new Map<string, CaseResult>();
  readonly runErrors: string[] = [];
  private target: TargetInfo | undefined;
  private readonly selects: (id: string) => boolean;

  constructor(selects: (id: string) => boolean = () => true) {
    this.selects = selects;
  }

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestModuleCollected(testModule: TestModule): void {
    for (const testCase of testModule.children.allTests()) {
      const meta = caseMetaOf(testCase);
      if (meta && this.selects(meta.id)) this.declared.set(meta.id, { testCase, meta });
    }
    for (const error of testModule.errors()) this.runErrors.push(`${testModule.moduleId}: ${firstLines(error.message ?? String(error), 3)}`);
  }

  onTestCaseResult(testCase: TestCase): void {
    const meta = caseMetaOf(testCase);
    if (!meta || !this.selects(meta.id)) return;
    this.finished.set(meta.id, caseResultOf(testCase, meta));
    // A clean-up that left something on the target is the run's failure, not the case's.
    for (const line of testCase.meta().leftBehind ?? []) this.runErrors.push(`clean-up after ${meta.id}: ${line}`);
  }

  onTestRunEnd(_modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    this.target = this.providedTarget();
    for (const error of unhandledErrors) this.runErrors.push(firstLines(`${error.name ?? "Error"}: ${error.message ?? ""}`, 3));
  }

  /**
   * Every selected case: finished ones as they ended, the rest errored as not run, or with
   * `unfinished` as the reason (an interrupted run).
   */
  results(unfinished?: string): CaseResult[] {
    return [...this.declared.values()].map(({ testCase, meta }) => {
      const finished = this.finished.get(meta.id);
      if (finished && (unfinished === undefined || testCase.meta().verdict)) return finished;
      const result = caseResultOf(testCase, meta);
      return unfinished !== undefined && !testCase.meta().verdict ? { ...result, status: "errored", message: unfinished } : result;
    });
  }

  /** The vitest the run started, once it has. */
  vitestInstance(): Vitest | undefined {
    return this.vitest;
  }

  /** Asks the run to start no more cases (an interruption). */
  cancel(): void {
    void this.vitest?.cancelCurrentRun("keyboard-input").catch(() => undefined);
  }

  /** The target globalSetup started, when it got that far. */
  startedTarget(): TargetInfo | undefined {
    return this.target ?? this.providedTarget();
  }

  private providedTarget(): TargetInfo | undefined {
    const project = this.vitest?.projects.find((candidate) => candidate.name === "conformance");
    try {
      return project?.getProvidedContext().target;
    } catch {
      return undefined;
    }
  }
}
