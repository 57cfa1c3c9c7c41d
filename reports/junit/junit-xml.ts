import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLBuilder } from "fast-xml-parser";
import { differenceLines, findingBlocks, messageBeyondVerdict, oneLine, verdictLines } from "../expectation-verdict.ts";
import type { Report, ReportCase } from "../report-types.ts";

/** An element as fast-xml-parser's builder takes it: `@_name` keys are attributes, `#text` is text. */
type XmlNode = { [key: string]: string | number | XmlNode | XmlNode[] };

interface SuiteCounts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  ms: number;
}

interface Suite {
  element: XmlNode;
  counts: SuiteCounts;
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, suppressEmptyNode: true });

/**
 * `junit.xml` from the report, so it honours the expectations: JUnit's failures and errors are
 * exactly the unexpected cases (those that make the run exit 1), plus a `run` test case for the run's
 * own errors.
 *
 * One `<testsuite>` per protocol and operation, one `<testcase>` per case named by its id, classname
 * `<protocol>.<operation>` (a JUnit viewer shows the protocol as the package and the operation as the
 * class; `operation` alone would merge S3's and MediaStore Data's PutObject). Each case:
 * - as expected and judged (passed, non-strict, or failed with known findings only): no failure; each
 *   known finding is in `<system-out>` as `expected finding: [REQ] <signature>`;
 * - as expected and ended early: `<skipped message="skipped: …">`, `"unsupported: …"` or `"errored: …"`;
 * - unexpected: `<failure>` (`<error>` when it errored) whose message names the outcome change, the
 *   new and the vanished findings.
 * Every case carries the properties outcome, expected-outcome, requirement, feature, source (and
 * protocol, operation, title), so unsupported, skipped and non-strict cases stay distinguishable.
 */
export function renderJunitXml(report: Report): string {
  const suites = suitesOf(report.cases).map(({ name, cases }) => suiteElement(name, cases, report));
  if (report.run.errors.length > 0) suites.push(runErrorsSuite(report));
  const total = (key: keyof SuiteCounts) => suites.reduce((sum, suite) => sum + suite.counts[key], 0);
  const document: XmlNode = {
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    testsuites: {
      "@_name": xmlText(`${report.tool.name} ${report.target.name}`),
      "@_tests": total("tests"),
      "@_failures": total("failures"),
      "@_errors": total("errors"),
      "@_skipped": total("skipped"),
      "@_time": seconds(total("ms")),
      "@_timestamp": report.run.startedAt,
      testsuite: suites.map((suite) => suite.element),
    },
  };
  return `${builder.build(document).trimEnd()}\n`;
}

/** Writes `<outDir>/junit.xml`; returns its path. */
export function writeJunitXml(outDir: string, report: Report): string {
  const path = join(outDir, "junit.xml");
  writeFileSync(path, renderJunitXml(report));
  return path;
}

function suitesOf(cases: ReportCase[]): { name: string; cases: ReportCase[] }[] {
  const suites = new Map<string, ReportCase[]>();
  for (const entry of cases) {
    const name = `${entry.protocol}.${entry.operation}`;
    suites.set(name, [...(suites.get(name) ?? []), entry]);
  }
  return [...suites.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, entries]) => ({ name, cases: entries }));
}

function suiteElement(name: string, cases: ReportCase[], report: Report): Suite {
  const testcases = cases.map(caseElement);
  const counts: SuiteCounts = {
    tests: cases.length,
    failures: testcases.filter((testcase) => "failure" in testcase).length,
    errors: testcases.filter((testcase) => "error" in testcase).length,
    skipped: testcases.filter((testcase) => "skipped" in testcase).length,
    ms: cases.reduce((total, entry) => total + entry.durationMs, 0),
  };
  const element: XmlNode = {
    ...suiteAttributes(name, counts, report),
    properties: propertiesOf({
      target: report.target.name,
      "target-kind": report.target.kind,
      endpoint: report.target.endpoint,
      "run-id": report.run.id,
      seed: String(report.run.seed),
      "num-runs": String(report.run.numRuns),
      tool: `${report.tool.name} ${report.tool.version}`,
    }),
    testcase: testcases,
  };
  return { element, counts };
}

function suiteAttributes(name: string, counts: SuiteCounts, report: Report): XmlNode {
  return {
    "@_name": xmlText(name),
    "@_tests": counts.tests,
    "@_failures": counts.failures,
    "@_errors": counts.errors,
    "@_skipped": counts.skipped,
    "@_time": seconds(counts.ms),
    "@_timestamp": report.run.startedAt,
  };
}

function caseElement(entry: ReportCase): XmlNode {
  const element: XmlNode = {
    "@_name": xmlText(entry.id),
    "@_classname": xmlText(`${entry.protocol}.${entry.operation}`),
    "@_time": seconds(entry.durationMs),
    properties: propertiesOf({
      outcome: entry.status,
      "expected-outcome": entry.expected.status,
      requirement: entry.requirement,
      feature: entry.feature,
      source: entry.source,
      protocol: entry.protocol,
      operation: entry.operation,
      title: entry.title,
    }),
  };
  const verdict = verdictLines(entry);
  if (!entry.asExpected) {
    const summary = xmlText(differenceLines(entry).join("; "));
    const message = messageBeyondVerdict(entry);
    const text = xmlText([...verdict, ...(message !== undefined ? ["", message] : [])].join("\n"));
    element[entry.status === "errored" ? "error" : "failure"] = { "@_message": summary, "@_type": entry.status === "errored" ? "errored" : "unexpected", "#text": text };
  } else if (entry.status === "skipped" || entry.status === "unsupported" || entry.status === "errored") {
    element.skipped = { "@_message": xmlText(verdict[0]!) };
  }
  const out = systemOut(entry);
  if (out !== "") element["system-out"] = xmlText(out);
  return element;
}

/** The case's findings for people: known ones as `expected finding: …`, new ones as `new finding: …`, then the vanished ones. */
function systemOut(entry: ReportCase): string {
  const blocks = findingBlocks(entry);
  if (entry.observations && entry.observations.length > 0) blocks.push(`observations:\n${entry.observations.map((line) => `  ${oneLine(line)}`).join("\n")}`);
  return blocks.join("\n");
}

/** The run's own errors (a target that did not start, a harness error) as one errored test case: they make the run exit 1 too. */
function runErrorsSuite(report: Report): Suite {
  const counts: SuiteCounts = { tests: 1, failures: 0, errors: 1, skipped: 0, ms: 0 };
  const error = { "@_message": xmlText(oneLine(report.run.errors[0] ?? "")), "@_type": "run-error", "#text": xmlText(report.run.errors.join("\n")) };
  return { element: { ...suiteAttributes("run", counts, report), testcase: [{ "@_name": "run errors", "@_classname": "run", "@_time": seconds(0), error }] }, counts };
}

function propertiesOf(values: Record<string, string>): XmlNode {
  return { property: Object.entries(values).map(([name, value]) => ({ "@_name": name, "@_value": xmlText(value) })) };
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/**
 * Text XML 1.0 can hold: the builder escapes markup, but characters XML forbids (most C0 controls,
 * lone surrogates, U+FFFE/U+FFFF), which a counterexample's key may hold, become `\uXXXX`.
 */
export function xmlText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
