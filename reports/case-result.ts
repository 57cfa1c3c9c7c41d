import type { TestCase } from "vitest/node";
import type { CaseMeta } from "../harness/case-meta.ts";
import type { CaseResult } from "./report-types.ts";

const ANSI = /\u001b\[[0-9;]*m/g;
const MESSAGE_LINES = 20;

/** The case metadata a test declared, or undefined for a test that is not a conformance case. */
export function caseMetaOf(testCase: TestCase): CaseMeta | undefined {
  return testCase.meta().conformance;
}

/**
 * One finished (or never run) case, in the report's terms, read from the verdict the case runner left
 * in `task.meta.verdict`: the one channel for outcomes and findings. A case without one never ran its
 * body to the end (the run stopped, a fixture broke) and is errored.
 */
export function caseResultOf(testCase: TestCase, meta: CaseMeta): CaseResult {
  const result = testCase.result();
  const taskMeta = testCase.meta();
  const durationMs = Math.round(testCase.diagnostic()?.duration ?? 0);
  const verdict = taskMeta.verdict;
  const base: CaseResult = { ...meta, status: "errored", durationMs, findings: [], exercised: {}, inputs: 0 };
  if (taskMeta.requests !== undefined) base.requests = taskMeta.requests;
  if (taskMeta.observations?.length) base.observations = taskMeta.observations;
  if (result.state === "pending") return { ...base, message: "not run: the run ended before this case finished" };
  if (!verdict) {
    const error = result.state === "failed" ? result.errors[0] : undefined;
    const message = error ? `${error.name}: ${error.message}` : result.state === "skipped" ? (result.note ?? "skipped before the case began") : "ended without a verdict";
    return { ...base, status: result.state === "skipped" ? "skipped" : "errored", message: firstLines(message) };
  }
  const entry: CaseResult = { ...base, status: verdict.outcome, findings: verdict.findings, exercised: verdict.exercised, inputs: verdict.inputs };
  if (verdict.reason !== undefined) entry.message = firstLines(verdict.reason);
  if (verdict.findingsLeftOut !== undefined) entry.findingsLeftOut = verdict.findingsLeftOut;
  if (verdict.seed !== undefined) entry.seed = verdict.seed;
  if (verdict.numRuns !== undefined) entry.numRuns = verdict.numRuns;
  // A fixture's clean-up can fail after the body's verdict: the case then errored.
  if (result.state === "failed" && verdict.outcome !== "failed" && verdict.outcome !== "errored") {
    const error = result.errors[0];
    return { ...entry, status: "errored", message: firstLines(error ? `${error.name}: ${error.message}` : "failed after its verdict") };
  }
  return entry;
}

export function firstLines(text: string, lines = MESSAGE_LINES): string {
  return text.replace(ANSI, "").split("\n").slice(0, lines).join("\n").trim();
}
