import { expect, test } from "vitest";
import { renderSummary } from "../../reports/summary-markdown.ts";
import { SAMPLE_RESULTS, sampleReport, sampleResult } from "./sample-results.ts";

const summary = renderSummary(sampleReport(undefined, ["allure writer failed: disk full"]));

test("the title names the target, the run and the totals", () => {
  expect(summary.split("\n")[0]).toBe("# sample-store (embedded) at http://127.0.0.1:4568");
  expect(summary).toContain("run `abcd1234` · seed 42");
  expect(summary).toContain("2025-01-02T03:04:05.000Z → 2025-01-02T03:05:00.000Z");
  expect(summary).toContain("**7 cases**: 2 passed, 2 failed, 1 unsupported, 1 skipped, 1 errored; **3 unexpected**; 1 run error");
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
  expect(cellsOf("GetObject")[0]).toEqual(["GetObject", "-", "1/2", "1/2", "-", "2/4"]);
  expect(cellsOf("PutObject")[0]).toEqual(["PutObject", "0/1", "-", "-", "0/1", "0/2"]);
  // The second table of the protocol: counts per status.
  expect(cellsOf("GetObject")[1]).toEqual(["GetObject", "2", "2", "0", "0", "0"]);
  expect(between(summary, "## mediastore-data", "## s3")).toContain("| PutObject |         0/1 | 0/1 |");
});

test("every unexpected outcome is listed with what was expected", () => {
  const section = between(summary, "## Unexpected outcomes", "## Failures");
  expect(section).toContain("- `s3.put-object.body.empty` — observed errored, expected passed (expected to pass)");
  expect(section).toContain("- `s3.get-object.conditional.evaluation-order` — observed failed, expected passed (expected to pass)");
  expect(section).not.toContain("s3.get-object.range.invalid-range");
});

test("every failure shows its message and how to reproduce it", () => {
  const section = between(summary, "## Failures", "## Skipped and unsupported");
  for (const result of SAMPLE_RESULTS.filter((each) => each.status === "failed" || each.status === "errored")) {
    for (const line of result.message!.split("\n")) expect(section).toContain(`  ${line}`);
  }
  expect(section).toContain("seed 42 (100 runs), path `3:1`");
  expect(section).toContain("replay: `s3-conformance run --filter s3.get-object.conditional.evaluation-order --seed 42`");
  expect(section).toContain('"key": "a"');
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
  expect(text).toContain("None: every case ended as expected.");
  expect(text).not.toContain("## Failures");
});

function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  expect(from).toBeGreaterThanOrEqual(0);
  return text.slice(from, to === -1 ? undefined : to);
}
