import type { TestContext } from "vitest";
import { redactCustomerKeys } from "./customer-key-secrets.ts";
import type { CaseMeta } from "./case-meta.ts";
import { CaseRecord, runChecks, withRecord } from "./case-record.ts";
import type { Finding } from "./findings.ts";
import { isOptionalCase } from "./optional-features.ts";
import { TargetUnreachable, type CaseStatus } from "./outcome.ts";

/** Ends a case as skipped, with the reason in the report. */
export class CaseSkipped extends Error {
  override name = "CaseSkipped";
}

/**
 * A case's outcome and findings: the one channel from the case runner to every reporter
 * (`task.meta.verdict`).
 */
export interface Verdict {
  outcome: CaseStatus;
  /** Why a case was skipped, unsupported or errored. */
  reason?: string;
  findings: Finding[];
  /** Distinct findings seen beyond the per-case cap, left out of `findings`. */
  findingsLeftOut?: number;
  /** Inputs (or case bodies) that compared an answer decided by each rule. */
  exercised: Record<string, number>;
  inputs: number;
  /** The seed and runs of the case's properties, when it has some. */
  seed?: number;
  numRuns?: number;
}

/**
 * Runs a case body and leaves its verdict in `task.meta.verdict`: failed with a MUST finding,
 * unsupported when an optional feature answered 501 and nothing else was wrong, non-strict with
 * SHOULD/MAY findings only, else passed; skipped or errored when the body ended so. To vitest, a
 * failed case throws and an unsupported or skipped one is a skip.
 */
export async function runCase(
  meta: CaseMeta,
  context: Pick<TestContext, "task" | "skip"> & { run: { finding?: string } },
  body: () => Promise<void>,
): Promise<void> {
  const record = new CaseRecord(isOptionalCase(meta));
  let ended: unknown;
  try {
    const scope = await withRecord(record, () => runChecks(record, body));
    record.absorb(scope);
  } catch (error) {
    ended = error;
  }
  const verdict = redacted(verdictOf(record, ended, context.run.finding));
  context.task.meta.verdict = verdict;
  switch (verdict.outcome) {
    case "failed":
      throw Object.assign(new Error(failureText(verdict)), { name: "ConformanceFailure" });
    case "unsupported":
    case "skipped":
      context.skip(verdict.reason);
      return;
    case "errored":
      throw ended instanceof Error ? redactedError(ended) : new Error(verdict.reason);
    default:
      return;
  }
}

function verdictOf(record: CaseRecord, ended: unknown, wanted: string | undefined): Verdict {
  const all = record.findings();
  const findings = wanted === undefined ? all : all.filter((finding) => finding.signature === wanted);
  const base: Verdict = {
    outcome: "passed",
    findings,
    exercised: Object.fromEntries([...record.exercised.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
    inputs: record.inputs,
    ...(record.capped() > 0 ? { findingsLeftOut: record.capped() } : {}),
    ...(record.property ? { seed: record.property.seed, numRuns: record.property.numRuns } : {}),
  };
  if (ended instanceof CaseSkipped) return { ...base, outcome: "skipped", reason: ended.message };
  // A store that dropped a request of this case and then refused connections died on the case: the
  // dropped request is its finding, not an error of the run.
  if (ended instanceof TargetUnreachable && findings.some((finding) => finding.rule === "server.answers-request")) {
    return { ...base, outcome: "failed", reason: `the target stopped answering during the case: ${ended.message}` };
  }
  if (ended !== undefined) return { ...base, outcome: "errored", reason: ended instanceof Error ? `${ended.name}: ${ended.message}` : String(ended) };
  if (findings.some((finding) => finding.requirement === "MUST")) return { ...base, outcome: "failed" };
  if (record.unsupported !== undefined) return { ...base, outcome: "unsupported", reason: record.unsupported };
  if (findings.length > 0) return { ...base, outcome: "non-strict" };
  return base;
}

function failureText(verdict: Verdict): string {
  return verdict.findings.map((finding) => `[${finding.requirement}] ${finding.signature}\n  ${finding.example}`).join("\n");
}

/**
 * No customer key leaves the case's process: every key it sent is taken out of the verdict's strings,
 * by exact value (the JSON is redacted value by value, so no replacement can cut through an escape).
 */
function redacted(verdict: Verdict): Verdict {
  return redactStrings(JSON.parse(JSON.stringify(verdict))) as Verdict;
}

function redactStrings(value: unknown): unknown {
  if (typeof value === "string") return redactCustomerKeys(value);
  if (Array.isArray(value)) return value.map(redactStrings);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([name, item]) => [redactCustomerKeys(name), redactStrings(item)]));
  return value;
}

/** The error that ended a case, as vitest will print and keep it: without the keys the case sent. */
function redactedError(error: Error): Error {
  try {
    error.message = redactCustomerKeys(error.message);
    if (error.stack !== undefined) error.stack = redactCustomerKeys(error.stack);
    return error;
  } catch {
    return new Error(redactCustomerKeys(`${error.name}: ${error.message}`));
  }
}
