import { expect, test } from "vitest";
import { renderSummary } from "../../reports/summary-markdown.ts";
import {
  ACTUAL_SIZE_SIGNATURE,
  ETAG_FINDING,
  IF_MATCH_RULE,
  NOT_MODIFIED_RULE,
  ORDER_FINDING,
  RANGE_FINDING,
  RANGE_RULE,
  SAMPLE_RESULTS,
  sampleFinding,
  sampleReport,
  sampleResult,
} from "./sample-results.ts";

const summary = renderSummary(sampleReport(undefined, ["allure writer failed: disk full"]));

test("the title names the target, the run and the totals", () => {
  expect(summary.split("\n")[0]).toBe("# sample-store (embedded) at http://127.0.0.1:4568");
  expect(summary).toContain("run `abcd1234` · seed 42");
  expect(summary).toContain("2025-01-02T03:04:05.000Z → 2025-01-02T03:05:00.000Z");
  expect(summary).toContain("**9 cases**: 2 passed, 1 non-strict, 3 failed, 1 unsupported, 1 skipped, 1 errored; **4 unexpected**; 1 run error");
  expect(summary).toContain("**4 findings**: 3 MUST, 1 SHOULD, 0 MAY; 1 new, 1 vanished; 121 requests");
});

test("the summary opens, right after the header, with the findings by rule", () => {
  const sections = summary.split(/\n(?=## )/);
  expect(sections[0]!.startsWith("# sample-store")).toBe(true);
  expect(sections[0]!.trimEnd().endsWith("121 requests")).toBe(true);
  expect(sections[1]!.split("\n")[0]).toBe("## Findings by rule");
  expect(sections.map((section) => section.split("\n")[0])).toEqual([
    "# sample-store (embedded) at http://127.0.0.1:4568",
    "## Findings by rule",
    "## mediastore-data",
    "## s3",
    "## Unexpected outcomes",
    "## Findings by case",
    "## Skipped and unsupported",
    "## Run errors",
  ]);
});

test("the findings by rule list each rule once, the rule with most cases first, with its deviations and source", () => {
  const rows = tableRows(between(summary, "## Findings by rule", "## mediastore-data"));
  expect(rows[0]).toEqual(["rule", "requirement", "cases", "deviations (field: expected / observed)", "source"]);
  // read.range.unsatisfiable has two cases; the rules with one case follow in id order.
  expect(rows.slice(1)).toEqual([
    ["`read.range.unsatisfiable`", "MUST", "2", "status: 416 InvalidRange / 200", "aws-observed get-range-unsatisfiable"],
    ["`read.not-modified.etag`", "SHOULD", "1", "header etag: value / absent", "RFC 9110 §15.4.5"],
    ["`read.precondition.if-match-failed`", "MUST", "1", "status: 412 PreconditionFailed / 304", "RFC 9110 §13.2.2"],
  ]);
});

test("a rule's deviations are its distinct signatures, at most three shown", () => {
  const fields = ["status", "error Code", "error <ActualObjectSize>", "header content-range", "header content-length"];
  const report = sampleReport([
    sampleResult({ id: "s3.get-object.range.many", status: "failed", findings: fields.map((field) => sampleFinding(RANGE_RULE, field, "value", "other value")) }),
    sampleResult({ id: "s3.get-object.range.again", status: "failed", findings: [sampleFinding(RANGE_RULE, "status", "value", "other value")] }),
    sampleResult({ id: "s3.get-object.conditional.one", status: "failed", findings: [ORDER_FINDING] }),
  ]);
  const rows = tableRows(between(renderSummary(report), "## Findings by rule", "## s3"));
  expect(rows.slice(1).map((row) => row.slice(0, 4))).toEqual([
    ["`read.range.unsatisfiable`", "MUST", "2", "status: value / other value; error Code: value / other value; error <ActualObjectSize>: value / other value; … 2 more"],
    ["`read.precondition.if-match-failed`", "MUST", "1", "status: 412 PreconditionFailed / 304"],
  ]);
});

test("each protocol has an operation × feature table of passed/total", () => {
  // Protocols come in order of first appearance among the cases, which are sorted by id.
  expect(summary.indexOf("## mediastore-data")).toBeLessThan(summary.indexOf("## s3"));
  const lines = between(summary, "## s3", "## Unexpected outcomes").split("\n");
  const header = lines.find((line) => line.startsWith("| operation") && line.includes("conditional"));
  expect(header?.split("|").map((cell) => cell.trim()).filter(Boolean)).toEqual(["operation", "body", "conditional", "range", "sse-c", "all"]);
  const cellsOf = (operation: string) =>
    lines
      .filter((line) => line.startsWith(`| ${operation} `))
      .map((line) => line.split("|").map((cell) => cell.trim()).filter(Boolean));
  expect(cellsOf("GetObject")[0]).toEqual(["GetObject", "-", "1/3", "1/3", "-", "2/6"]);
  expect(cellsOf("PutObject")[0]).toEqual(["PutObject", "0/1", "-", "-", "0/1", "0/2"]);
  // The second table of the protocol: counts per status, non-strict among them.
  const statusHeader = lines.find((line) => line.startsWith("| operation") && line.includes("non-strict"));
  expect(statusHeader?.split("|").map((cell) => cell.trim()).filter(Boolean)).toEqual(["operation", "passed", "non-strict", "failed", "unsupported", "skipped", "errored"]);
  expect(cellsOf("GetObject")[1]).toEqual(["GetObject", "2", "1", "3", "0", "0", "0"]);
  expect(cellsOf("PutObject")[1]).toEqual(["PutObject", "0", "0", "0", "1", "0", "1"]);
  expect(between(summary, "## mediastore-data", "## s3")).toContain("| PutObject |         0/1 | 0/1 |");
});

test("every unexpected outcome is listed with what was expected, naming new and vanished findings", () => {
  const section = between(summary, "## Unexpected outcomes", "## Findings by case");
  expect(section).toContain("- `s3.put-object.body.empty` — observed errored, expected passed\n");
  expect(section).toContain("  target unreachable: ECONNRESET");
  expect(section).toContain(
    "- `s3.get-object.conditional.evaluation-order` — observed failed, expected passed\n" +
      `  - new finding: \`${ORDER_FINDING.signature}\`\n`,
  );
  expect(section).toContain("  If-Match | If-None-Match evaluated in the wrong order");
  expect(section).toContain("- `s3.get-object.range.past-end` — observed failed, expected failed\n" + `  - vanished finding: \`${ACTUAL_SIZE_SIGNATURE}\``);
  // Only what differs is named: past-end's known finding is not.
  expect(section).not.toContain(`finding: \`${RANGE_FINDING.signature}\``);
  expect(section).toContain("- `mediastore-data.put-object.size-limits.too-large` — observed skipped, expected passed");
  expect(section).not.toContain("s3.get-object.range.invalid-range");
  expect(section).not.toContain("s3.get-object.conditional.not-modified-etag");
  expect(section).not.toContain("s3.put-object.sse-c.round-trip");
});

test("an unexpected outcome shows the expectation's reason", () => {
  const text = renderSummary(sampleReport([sampleResult({ id: "s3.put-object.sse-c.round-trip", status: "passed" })]));
  expect(between(text, "## Unexpected outcomes", "\n## ")).toContain("- `s3.put-object.sse-c.round-trip` — observed passed, expected unsupported (no SSE-C)");
});

test("every finding is shown per case with its requirement, example, replay and counterexample", () => {
  const section = between(summary, "## Findings by case", "## Skipped and unsupported");
  expect(section).toContain("- `s3.get-object.conditional.evaluation-order` — failed: A sample behaviour");
  expect(section).toContain(
    [
      `  - [MUST] \`${ORDER_FINDING.signature}\` (**new**)`,
      `    - ${IF_MATCH_RULE.statement} (RFC 9110 §13.2.2); 7 input(s)`,
      `    - e.g. ${ORDER_FINDING.example}`,
      "    - seed 42, path `3:1`, 5 shrinks",
      `    - replay: \`s3-conformance run --filter s3.get-object.conditional.evaluation-order --seed 42 --finding '${ORDER_FINDING.signature}'\``,
      "    - counterexample:",
      "",
      "      ```json",
      "      [",
      "        {",
      '          "key": "a"',
      "        }",
      "      ]",
      "      ```",
    ].join("\n"),
  );
  expect(section).toContain("- `s3.get-object.conditional.not-modified-etag` — non-strict: A sample behaviour");
  expect(section).toContain(`  - [SHOULD] \`${ETAG_FINDING.signature}\` (expected)\n    - ${NOT_MODIFIED_RULE.statement} (RFC 9110 §15.4.5); 2 input(s)`);
  expect(section).toContain(`  - [MUST] \`${RANGE_FINDING.signature}\` (expected)`);
  // A finding without a replay offered has no replay line.
  const invalidRange = between(section, "- `s3.get-object.range.invalid-range`", "- `s3.get-object.range.past-end`");
  expect(invalidRange).not.toContain("replay");
  // An errored case shows its message; passed, skipped and unsupported cases are not listed.
  expect(section).toContain("- `s3.put-object.body.empty` — errored: A sample behaviour\n\n  ```\n  target unreachable: ECONNRESET\n  ```");
  for (const entry of SAMPLE_RESULTS.filter((result) => result.findings.length === 0 && result.status !== "errored")) expect(section).not.toContain(entry.id);
});

test("a case whose findings were capped says how many were left out", () => {
  const text = renderSummary(sampleReport([sampleResult({ id: "s3.get-object.range.capped", status: "failed", findings: [RANGE_FINDING], findingsLeftOut: 3 })]));
  expect(text).toContain("  - … 3 more distinct finding(s) left out (at most 8 per case)");
});

test("skipped and unsupported cases give their reason; run errors close the summary", () => {
  const section = between(summary, "## Skipped and unsupported", "## Run errors");
  expect(section).toContain("- `s3.put-object.sse-c.round-trip` — unsupported: answers 501 NotImplemented");
  expect(section).toContain("- `mediastore-data.put-object.size-limits.too-large` — skipped: needs a 25 MB body");
  expect(summary.trimEnd().endsWith("- allure writer failed: disk full")).toBe(true);
});

test("table cells escape pipes and long messages are cut to 20 lines", () => {
  const message = Array.from({ length: 30 }, (_, index) => `line ${index + 1}`).join("\n");
  const text = renderSummary(
    sampleReport([sampleResult({ id: "s3.get-object.range.long-message", operation: "Get|Object", status: "failed", message })]),
  );
  expect(text).toContain("| Get\\|Object |");
  expect(text).toContain("  line 20\n");
  expect(text).not.toContain("line 21");
  expect(text).toContain("… 10 more lines");
});

test("a message holding a fence gets a longer fence", () => {
  const text = renderSummary(sampleReport([sampleResult({ id: "s3.get-object.range.fenced", status: "failed", message: "```\ninside\n```" })]));
  expect(text).toContain("  ````\n  ```\n  inside\n  ```\n  ````");
});

test("a clean run says so", () => {
  const text = renderSummary(sampleReport([sampleResult({ id: "s3.get-object.range.suffix-range", status: "passed" })]));
  expect(text).toContain("## Findings by rule\n\nNone: no case found a deviation.");
  expect(text).toContain("None: every case ended as expected.");
  expect(text).toContain("**0 findings**: 0 MUST, 0 SHOULD, 0 MAY; 0 new, 0 vanished; 0 requests");
  expect(text).not.toContain("## Findings by case");
});

function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  expect(from).toBeGreaterThanOrEqual(0);
  return text.slice(from, to === -1 ? undefined : to);
}

/** The cells of a Markdown table's rows (without the alignment row). */
function tableRows(text: string): string[][] {
  return text
    .split("\n")
    .filter((line) => line.startsWith("| ") && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) => line.slice(2, -2).split(" | ").map((cell) => cell.trim()));
}
