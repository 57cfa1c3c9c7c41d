import { CASE_STATUSES } from "./case-statuses.ts";
import { markdownTable } from "./markdown-table.ts";
import { ruleGroups } from "./rule-groups.ts";
import { profilesMarkdown } from "./profiles/profiles-markdown.ts";
import type { Report, ReportCase, ReportFinding } from "./report-types.ts";

const MESSAGE_LINES = 20;

/** The human summary of a run, in Markdown that also reads well in a terminal. */
export function renderSummary(report: Report): string {
  const sections = [
    header(report),
    profilesMarkdown(report.profiles ?? [], report.run.filter),
    rootCausesSection(report),
    ...protocolsOf(report.cases).map((protocol) => protocolSection(protocol, report.cases.filter((entry) => entry.protocol === protocol))),
    unexpectedSection(report.cases),
    failuresSection(report.cases),
    skippedSection(report.cases),
    runErrorsSection(report.run.errors),
  ];
  return `${sections.filter((lines) => lines.length > 0).map((lines) => lines.join("\n")).join("\n\n")}\n`;
}

function header(report: Report): string[] {
  const { run, target, summary } = report;
  const counts = CASE_STATUSES.map((status) => `${summary[status]} ${status}`).join(", ");
  const runErrors = run.errors.length > 0 ? `; ${run.errors.length} run error${run.errors.length === 1 ? "" : "s"}` : "";
  const lines = [
    `# ${target.name} (${target.kind}) at ${target.endpoint}`,
    "",
    `${report.tool.name} ${report.tool.version} · run ${code(run.id)} · seed ${run.seed} · ${run.numRuns} runs per property`,
    `${run.startedAt} → ${run.finishedAt}`,
  ];
  if (run.filter !== undefined) lines.push(`filter ${code(run.filter)}`);
  if (run.shard !== undefined) lines.push(`shard ${run.shard} of a split run: \`s3-conformance merge\` joins the shards into the whole run`);
  if (run.mergedShards !== undefined) lines.push(`merged from shards ${run.mergedShards.join(", ")}`);
  if (run.expectations !== undefined) lines.push(`expectations ${code(run.expectations)}`);
  lines.push("", `**${summary.total} cases**: ${counts}; **${summary.unexpected} unexpected**${runErrors}`);
  const { findings } = summary;
  lines.push("", `**${findings.MUST + findings.SHOULD + findings.MAY} findings**: ${findings.MUST} MUST, ${findings.SHOULD} SHOULD, ${findings.MAY} MAY; ${summary.newFindings} new, ${summary.vanishedFindings} vanished; ${summary.requests} requests`);
  return lines;
}

/** The findings grouped by rule across cases: the root causes, the rule with most cases first. */
function rootCausesSection(report: Report): string[] {
  const groups = ruleGroups(report);
  if (groups.length === 0) return ["## Findings by rule", "", "None: no case found a deviation."];
  const rows = groups.map((group) => [
    code(group.rule),
    group.requirement,
    String(group.cases.length),
    group.deviations.slice(0, 3).join("; ") + (group.deviations.length > 3 ? `; … ${group.deviations.length - 3} more` : ""),
    group.source,
  ]);
  return [
    "## Findings by rule",
    "",
    "Each row is one rule the target deviates from (a root cause), with the cases that show it.",
    "",
    ...markdownTable(["rule", "requirement", "cases", "deviations (field: expected / observed)", "source"], rows, ["left", "left", "right", "left", "left"]),
  ];
}

/** Passed/total per operation × feature, then each operation's count per status. */
function protocolSection(protocol: string, cases: ReportCase[]): string[] {
  const operations = distinctSorted(cases.map((entry) => entry.operation));
  const features = distinctSorted(cases.map((entry) => entry.feature));
  const passedOf = (group: ReportCase[]) => (group.length === 0 ? "-" : `${group.filter((entry) => entry.status === "passed").length}/${group.length}`);
  const featureRows = operations.map((operation) => {
    const ofOperation = cases.filter((entry) => entry.operation === operation);
    return [operation, ...features.map((feature) => passedOf(ofOperation.filter((entry) => entry.feature === feature))), passedOf(ofOperation)];
  });
  const statusRows = operations.map((operation) => {
    const ofOperation = cases.filter((entry) => entry.operation === operation);
    return [operation, ...CASE_STATUSES.map((status) => String(ofOperation.filter((entry) => entry.status === status).length))];
  });
  const right = (count: number) => Array.from({ length: count }, () => "right" as const);
  return [
    `## ${protocol}`,
    "",
    ...markdownTable(["operation", ...features, "all"], featureRows, ["left", ...right(features.length + 1)]),
    "",
    ...markdownTable(["operation", ...CASE_STATUSES], statusRows, ["left", ...right(CASE_STATUSES.length)]),
  ];
}

function unexpectedSection(cases: ReportCase[]): string[] {
  const unexpected = cases.filter((entry) => !entry.asExpected);
  if (unexpected.length === 0) return ["## Unexpected outcomes", "", "None: every case ended as expected."];
  return [
    "## Unexpected outcomes",
    ...unexpected.flatMap((entry) => [
      "",
      `- ${code(entry.id)} — observed ${entry.status}, expected ${entry.expected.status}${entry.expected.reason ? ` (${entry.expected.reason})` : ""}`,
      ...entry.findings.filter((finding) => !finding.known).map((finding) => `  - new finding: ${code(finding.signature)}`),
      ...entry.vanished.map((finding) => `  - vanished finding: ${code(finding.signature)}`),
      ...messageBlock(entry.message),
    ]),
  ];
}

function failuresSection(cases: ReportCase[]): string[] {
  const failures = cases.filter((entry) => entry.findings.length > 0 || entry.status === "errored");
  if (failures.length === 0) return [];
  return ["## Findings by case", ...failures.flatMap((entry) => ["", `- ${code(entry.id)} — ${entry.status}: ${entry.title}`, ...messageBlock(entry.status === "errored" ? entry.message : undefined), ...entry.findings.flatMap(findingLines), ...leftOut(entry)])];
}

function leftOut(entry: ReportCase): string[] {
  return entry.findingsLeftOut ? ["", `  - … ${entry.findingsLeftOut} more distinct finding(s) left out (at most 8 per case)`] : [];
}

/** One finding: its signature, requirement and source, an example, and what it takes to see it again. */
function findingLines(finding: ReportFinding): string[] {
  const lines = [
    "",
    `  - [${finding.requirement}] ${code(finding.signature)}${finding.known ? " (expected)" : " (**new**)"}`,
    `    - ${finding.statement} (${finding.source}); ${finding.inputs} input(s)`,
    `    - e.g. ${finding.example.split("\n")[0]}`,
  ];
  if (finding.seed !== undefined) lines.push(`    - seed ${finding.seed}${finding.path !== undefined ? `, path ${code(finding.path)}` : ""}${finding.shrinks !== undefined ? `, ${finding.shrinks} shrinks` : ""}${finding.reproduced === false ? ", not seen again on replay" : ""}`);
  if (finding.replay !== undefined) lines.push(`    - replay: ${code(finding.replay)}`);
  if (finding.counterexample !== undefined) lines.push("    - counterexample:", "", ...fenced(jsonOf(finding.counterexample), "      ", "json"));
  return lines;
}

function skippedSection(cases: ReportCase[]): string[] {
  const notRun = cases.filter((entry) => entry.status === "skipped" || entry.status === "unsupported");
  if (notRun.length === 0) return [];
  return ["## Skipped and unsupported", "", ...notRun.map((entry) => `- ${code(entry.id)} — ${entry.status}: ${reasonOf(entry)}`)];
}

function runErrorsSection(errors: string[]): string[] {
  if (errors.length === 0) return [];
  return ["## Run errors", "", ...errors.map((error) => `- ${error}`)];
}

function reasonOf(entry: ReportCase): string {
  const firstLine = entry.message?.split("\n").map((line) => line.trim()).find((line) => line !== "");
  if (firstLine) return firstLine;
  return (entry.expected.status === entry.status ? entry.expected.reason : undefined) ?? "no reason given";
}

/** The message's first lines in a fenced block, indented to sit inside a list item. */
function messageBlock(message: string | undefined): string[] {
  if (message === undefined || message.trim() === "") return [];
  return ["", ...fenced(message, "  ")];
}

function fenced(text: string, indent: string, language = ""): string[] {
  const lines = text.replace(/\s+$/, "").split(/\r?\n/);
  const shown = lines.slice(0, MESSAGE_LINES);
  if (lines.length > MESSAGE_LINES) shown.push(`… ${lines.length - MESSAGE_LINES} more lines`);
  const fence = "`".repeat(Math.max(3, longestRun(text, "`") + 1));
  return [fence + language, ...shown, fence].map((line) => `${indent}${line}`.trimEnd());
}

function code(text: string): string {
  const ticks = "`".repeat(longestRun(text, "`") + 1);
  return ticks.length === 1 ? `\`${text}\`` : `${ticks} ${text} ${ticks}`;
}

function longestRun(text: string, character: string): number {
  let longest = 0;
  let current = 0;
  for (const each of text) {
    current = each === character ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}

function jsonOf(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

function protocolsOf(cases: ReportCase[]): string[] {
  return [...new Set(cases.map((entry) => entry.protocol))];
}

function distinctSorted(values: string[]): string[] {
  return [...new Set(values)].sort();
}
