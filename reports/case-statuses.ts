import type { CaseStatus } from "../harness/outcome.ts";

/** The six outcomes in the order reports list them. */
export const CASE_STATUSES = ["passed", "non-strict", "failed", "unsupported", "skipped", "errored"] as const satisfies readonly CaseStatus[];

// Fails to compile if CaseStatus gains a value this list lacks.
const everyStatusListed: (typeof CASE_STATUSES)[number] = "passed" as CaseStatus;
void everyStatusListed;

export function isCaseStatus(value: unknown): value is CaseStatus {
  return (CASE_STATUSES as readonly unknown[]).includes(value);
}
