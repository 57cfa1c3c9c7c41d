import type { CaseStatus } from "../../harness/outcome.ts";

/**
 * How bad an outcome is, for a diff: passed < skipped, unsupported (not judged) < non-strict <
 * failed, errored. A move up is worse; failed and errored are equally bad, so a move between them
 * is a change, not a regression (the findings the diff compares say more).
 */
const RANK: Record<CaseStatus, number> = { passed: 0, skipped: 1, unsupported: 1, "non-strict": 2, failed: 3, errored: 3 };

export type OutcomeDirection = "worse" | "better" | "changed";

export function outcomeDirection(from: CaseStatus, to: CaseStatus): OutcomeDirection {
  return RANK[to] > RANK[from] ? "worse" : RANK[to] < RANK[from] ? "better" : "changed";
}

/** The outcomes that judged the target: their findings were looked for. */
export function isJudged(status: CaseStatus): boolean {
  return status === "passed" || status === "non-strict" || status === "failed";
}

export const OUTCOME_ORDER_TEXT = "passed < skipped, unsupported < non-strict < failed, errored";
