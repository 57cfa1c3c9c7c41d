import { expect, test } from "vitest";
import { renderReportHtml } from "../../reports/html/report-html.ts";
import { PAGE_SCRIPT } from "../../reports/html/page-script.ts";
import { evaluateProfiles } from "../../reports/profiles/evaluate-profile.ts";
import { loadProfiles } from "../../cli/load-profiles.ts";
import { ORDER_FINDING, RANGE_FINDING, SAMPLE_RESULTS, sampleReport } from "./sample-results.ts";
import { expectSelfContained } from "./self-contained-page.ts";

const report = sampleReport();
const page = renderReportHtml(report, evaluateProfiles(loadProfiles(), report.cases));

/** The markup of one case: its article element. */
function caseMarkup(id: string): string {
  const start = page.indexOf(`<article class="case" id="${id}"`);
  expect(start, `case ${id} is on the page`).toBeGreaterThan(0);
  return page.slice(start, page.indexOf("</article>", start));
}

test("the page is one self-contained document: inline style and script, nothing fetched", () => {
  expect(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">")).toBe(true);
  expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
  expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  expectSelfContained(page);
  expect(PAGE_SCRIPT).not.toContain("</");
});

test("every case has its permalink, metadata and outcome as words", () => {
  for (const result of SAMPLE_RESULTS) {
    const markup = caseMarkup(result.id);
    expect(markup).toContain(`href="#${result.id}"`);
    expect(markup).toContain(`data-status="${result.status}"`);
    expect(markup).toMatch(new RegExp(`<span class="status status-${result.status}"><span aria-hidden="true">.</span> ${result.status}</span>`));
    for (const value of [result.protocol, result.operation, result.feature, result.requirement, result.source, result.title]) expect(markup).toContain(`>${value}<`);
  }
});

test("a finding shows its requirement, signature, statement, source, example, counterexample and a copyable replay", () => {
  const markup = caseMarkup("s3.get-object.conditional.evaluation-order");
  expect(markup).toContain("[MUST]");
  expect(markup).toContain(`<code>${ORDER_FINDING.signature}</code>`);
  expect(markup).toContain(ORDER_FINDING.statement);
  expect(markup).toContain(ORDER_FINDING.source);
  expect(markup).toContain("GET If-Match: &quot;other&quot;, If-None-Match: &quot;etag&quot;: status expected 412 PreconditionFailed, observed 304");
  expect(markup).toMatch(/<pre>\[\n {2}\{\n {4}&quot;key&quot;: &quot;a&quot;\n {2}\}\n\]<\/pre>/);
  const replay = report.cases.find((entry) => entry.id === "s3.get-object.conditional.evaluation-order")!.findings[0]!.replay!;
  const copyId = "replay-s3.get-object.conditional.evaluation-order-0";
  expect(unescapeHtml(markup)).toContain(`<code id="${copyId}">${replay}</code>`);
  expect(markup).toContain(`<button type="button" data-copy="${copyId}">Copy</button>`);
});

test("the findings are grouped by rule, the rule with most cases first", () => {
  const rules = [...page.matchAll(/<div class="rule" id="rule-([^"]+)">/g)].map((match) => match[1]);
  expect(rules).toEqual([RANGE_FINDING.rule, "read.not-modified.etag", "read.precondition.if-match-failed"]);
  const range = page.slice(page.indexOf(`id="rule-${RANGE_FINDING.rule}"`));
  expect(range.slice(0, range.indexOf("</div>"))).toMatch(/2 cases, 2 findings:.*href="#s3\.get-object\.range\.invalid-range".*href="#s3\.get-object\.range\.past-end"/s);
});

test("the filters offer every outcome, requirement, operation and feature, and a search by id", () => {
  const form = page.slice(page.indexOf('<form class="filters"'), page.indexOf("</form>"));
  for (const name of ["status", "requirement", "operation", "feature"]) expect(form).toContain(`<select name="${name}">`);
  for (const value of ["passed", "non-strict", "failed", "unsupported", "skipped", "errored", "MUST", "SHOULD", "MAY", "GetObject", "PutObject", "range", "size-limits"]) {
    expect(form).toContain(`<option value="${value}">${value}</option>`);
  }
  expect(form).toContain('<input type="search" name="search"');
  expect(caseMarkup("s3.get-object.conditional.not-modified-etag")).toContain('data-requirements="MUST SHOULD"');
});

test("the profiles open the page with each verdict in words", () => {
  const profiles = page.slice(page.indexOf('<section id="profiles">'), page.indexOf("</section>", page.indexOf('<section id="profiles">')));
  expect(page.indexOf('<section id="profiles">')).toBeLessThan(page.indexOf('<section id="findings-by-rule">'));
  expect(profiles).toContain("<code>s3-core</code>");
  expect(profiles).toMatch(/<span class="verdict verdict-not-conformant"><span aria-hidden="true">✗<\/span> not conformant<\/span>/);
  expect(profiles).toContain("not tested");
  expect(profiles).toContain("sse-c: 1 of 1 cases unsupported");
});

test("what a store answered is escaped, never markup", () => {
  const hostile = sampleReport([{ ...SAMPLE_RESULTS[1]!, title: "<script>alert(1)</script>", message: '<img src="https://example.com/x.png">' }]);
  const html = renderReportHtml(hostile, []);
  expect(html).not.toContain("<script>alert(1)</script>");
  expect(html).toContain("&lt;script>alert(1)&lt;/script>");
  expectSelfContained(html);
});

function unescapeHtml(text: string): string {
  return text.replace(/&(quot|#39|lt|gt|amp);/g, (_, name: string) => ({ quot: '"', "#39": "'", lt: "<", gt: ">", amp: "&" })[name]!);
}

test("the static check itself catches a remote reference in any form", () => {
  const remote = [
    '<img src="https://example.com/a.png">',
    '<a href="http://example.com">x</a>',
    "<a href='//example.com/x'>x</a>",
    "<a href=https://example.com>x</a>",
    '<a href="&#104;ttps://example.com">x</a>',
    '<link rel="stylesheet" href="style.css">',
    "<style>@import 'x.css';</style>",
    "<style>body { background: url(https://example.com/x.png) }</style>",
    '<div style="background: url(x.png)"></div>',
    '<script src="https://cdn.example.com/x.js"></script>',
  ];
  for (const markup of remote) expect(() => expectSelfContained(`<!DOCTYPE html><html><body>${markup}</body></html>`), markup).toThrow();
  expect(() => expectSelfContained('<p>&lt;img src="https://example.com/x.png"> as text</p><a href="#s3.a.b.c">x</a><a href="../run/report.html#x">y</a>')).not.toThrow();
});
