/** One custom category of Allure 2's `categories.json`. */
export interface AllureCategory {
  name: string;
  description: string;
  matchedStatuses: ("passed" | "failed" | "broken" | "skipped")[];
  messageRegex: string;
}

// Allure 2 matches a regex against the whole message (Java's `matches`), other readers find it
// anywhere: every regex here spans the whole message, `[\s\S]` standing for any character, newlines
// included. The words they look for are the ones `verdictLines` (reports/expectation-verdict.ts) writes.

/** The categories of `allure-results/categories.json`: what the expectations made of each case. */
export const ALLURE_CATEGORIES: AllureCategory[] = [
  {
    name: "Known findings (expected)",
    description: "Cases whose findings the expectations list: as expected, not a failure of this run.",
    matchedStatuses: ["passed"],
    messageRegex: "[\\s\\S]*as expected: [\\s\\S]*known finding[\\s\\S]*",
  },
  {
    name: "New findings (regressions)",
    description: "Findings the expectations do not list.",
    matchedStatuses: ["failed", "broken"],
    messageRegex: "[\\s\\S]*new finding [\\s\\S]*",
  },
  {
    name: "Vanished findings (fixes to confirm)",
    description: "Findings the expectations list that this run did not see: confirm the fix, then update the expectations.",
    matchedStatuses: ["failed", "broken"],
    messageRegex: "[\\s\\S]*vanished finding [\\s\\S]*",
  },
  {
    name: "Outcome changed",
    description: "Cases that ended otherwise than the expectations say (e.g. skipped where they expect passed).",
    matchedStatuses: ["failed", "broken"],
    messageRegex: "[\\s\\S]*outcome changed: [\\s\\S]*",
  },
  {
    name: "Unsupported (optional feature)",
    description: "The target answered 501 NotImplemented to an optional feature.",
    matchedStatuses: ["skipped", "failed"],
    messageRegex: "unsupported: [\\s\\S]*",
  },
  {
    name: "Skipped",
    description: "Cases skipped with a reason (a feature not configured, a body too large for the target).",
    matchedStatuses: ["skipped", "failed"],
    messageRegex: "skipped: [\\s\\S]*",
  },
  {
    name: "Errored (no connection or harness)",
    description: "No connection to the target could be made, or the harness broke: the case says nothing of conformance.",
    matchedStatuses: ["broken", "skipped"],
    messageRegex: "errored: [\\s\\S]*",
  },
];
