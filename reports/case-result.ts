import type { TestCase } from "vitest/node";
import type { CaseMeta } from "../harness/case-meta.ts";
import { statusOfError } from "../harness/outcome.ts";
import type { CaseResult } from "./report-types.ts";

const ANSI = /\u001b\[[0-9;]*m/g;
const MESSAGE_LINES = 20;

/** The case metadata a test declared, or undefined for a test that is not a conformance case. */
export function caseMetaOf(testCase: TestCase): CaseMeta | undefined {
  return testCase.meta().conformance;
}

/** One finished (or never run) case, in the report's terms. */
export function caseResultOf(testCase: TestCase, meta: CaseMeta): CaseResult {
  const result = testCase.result();
  const taskMeta = testCase.meta();
  const durationMs = Math.round(testCase.diagnostic()?.duration ?? 0);
  const base: CaseResult = { ...meta, status: "errored", durationMs };
  if (taskMeta.requests !== undefined) base.requests = taskMeta.requests;
  if (taskMeta.observations?.length) base.observations = taskMeta.observations;
  if (taskMeta.property) {
    base.counterexample = taskMeta.property.counterexample;
    base.seed = taskMeta.property.seed;
    base.numRuns = taskMeta.property.numRuns;
    if (taskMeta.property.path) base.path = taskMeta.property.path;
  }
  switch (result.state) {
    case "passed":
      return { ...base, status: "passed" };
    case "failed": {
      const error = result.errors[0];
      return { ...base, status: statusOfError(error), message: firstLines(error ? `${error.name}: ${error.message}` : "failed without an error") };
    }
    case "skipped": {
      const status = taskMeta.outcome ?? "skipped";
      return { ...base, status, message: firstLines(result.note ?? "skipped without a reason (a case must say why)") };
    }
    case "pending":
      return { ...base, status: "errored", message: "not run: the run ended before this case finished" };
  }
}

export function firstLines(text: string, lines = MESSAGE_LINES): string {
  return text.replace(ANSI, "").split("\n").slice(0, lines).join("\n").trim();
}
