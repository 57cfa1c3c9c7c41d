import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findingBlocks, findingText, knownReason, messageBeyondVerdict, oneLine, verdictLines } from "../expectation-verdict.ts";
import type { Report, ReportCase, ReportFinding } from "../report-types.ts";
import { ALLURE_CATEGORIES } from "./allure-categories.ts";

// The Allure 2 results format (allurereport.org "Test result file", "Categories file", "Environment
// file"): one `<uuid>-result.json` per test, attachments as files beside them, `categories.json`
// and `environment.properties`.

export type AllureStatus = "passed" | "failed" | "broken" | "skipped";

export interface AllureStatusDetails {
  message?: string;
  trace?: string;
  /** A known issue: an as-expected case with known findings. */
  known?: boolean;
}

export interface AllureAttachment {
  name: string;
  source: string;
  type: string;
}

export interface AllureParameter {
  name: string;
  value: string;
  /** Left out of Allure's history identity: it varies between runs of the same case. */
  excluded?: boolean;
}

export interface AllureStep {
  name: string;
  status: AllureStatus;
  statusDetails: AllureStatusDetails;
  stage: "finished";
  start: number;
  stop: number;
  steps: AllureStep[];
  attachments: AllureAttachment[];
  parameters: AllureParameter[];
}

export interface AllureResult extends Omit<AllureStep, "steps"> {
  uuid: string;
  historyId: string;
  testCaseId: string;
  fullName: string;
  description: string;
  labels: { name: string; value: string }[];
  links: { name?: string; url: string; type?: string }[];
  steps: AllureStep[];
}

/** A file to write beside the results: its name in the folder and its content. */
export interface AllureFile {
  name: string;
  content: string;
}

const SEVERITY = { MUST: "critical", SHOULD: "normal", MAY: "minor" } as const;

/**
 * The Allure results of a report, with its expectations applied:
 * - status: an unexpected case is `failed` (`broken` when it errored); an as-expected case that was
 *   judged is `passed`, with the tag `known-issue` and `statusDetails.known` when it has known
 *   findings; an as-expected skipped, unsupported or errored case is `skipped`, its message saying which;
 * - the message is `verdictLines`, which `categories.json` groups by;
 * - labels: epic = protocol, feature = operation, story = feature, severity from the requirement
 *   (MUST critical, SHOULD normal, MAY minor), tag = outcome, target, and the suites target → protocol → operation;
 * - one step per finding, named by its signature: `failed` when new, `skipped` with
 *   "known finding: <reason>" when the expectations list it; one `failed` step per vanished finding;
 *   a finding's counterexample is a JSON attachment of its step;
 * - historyId is a hash of the target and the case id, so Allure's history follows a case per target.
 * The run's own errors are one more `broken` result, `run errors`.
 */
export function allureResults(report: Report, uuid: () => string = randomUUID): { results: AllureResult[]; attachments: AllureFile[] } {
  const attachments: AllureFile[] = [];
  const start = Date.parse(report.run.startedAt);
  const results = report.cases.map((entry) => caseResult(entry, report, start, uuid, attachments));
  if (report.run.errors.length > 0) results.push(runErrorsResult(report, start, Date.parse(report.run.finishedAt), uuid));
  return { results, attachments };
}

/** Writes `<outDir>/allure-results/` anew: the results, their attachments, `categories.json` and `environment.properties`; returns the folder. */
export function writeAllureResults(outDir: string, report: Report): string {
  const folder = join(outDir, "allure-results");
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const { results, attachments } = allureResults(report);
  for (const result of results) writeFileSync(join(folder, `${result.uuid}-result.json`), `${JSON.stringify(result, null, 2)}\n`);
  for (const attachment of attachments) writeFileSync(join(folder, attachment.name), attachment.content);
  writeFileSync(join(folder, "categories.json"), `${JSON.stringify(ALLURE_CATEGORIES, null, 2)}\n`);
  writeFileSync(join(folder, "environment.properties"), environmentProperties(report));
  return folder;
}

function caseResult(entry: ReportCase, report: Report, start: number, uuid: () => string, attachments: AllureFile[]): AllureResult {
  const stop = start + Math.max(0, Math.round(entry.durationMs));
  const status = statusOf(entry);
  const lines = verdictLines(entry);
  const knownIssue = entry.asExpected && entry.findings.length > 0;
  const message = messageBeyondVerdict(entry);
  const trace = [...(message !== undefined ? [message] : []), ...findingBlocks(entry)].join("\n");
  const statusDetails: AllureStatusDetails = {
    ...(lines.length > 0 ? { message: lines.join("\n") } : {}),
    ...(trace !== "" ? { trace } : {}),
    ...(knownIssue ? { known: true } : {}),
  };
  return {
    uuid: uuid(),
    historyId: hashOf(`${report.target.name}\n${entry.id}`),
    testCaseId: hashOf(entry.id),
    fullName: entry.id,
    name: entry.id,
    description: [entry.title, "", `requirement ${entry.requirement} · source ${entry.source}`, `outcome ${entry.status}, expected ${entry.expected.status}${entry.expected.reason ? ` (${entry.expected.reason})` : ""}`].join("\n"),
    status,
    statusDetails,
    stage: "finished",
    start,
    stop,
    labels: [
      { name: "epic", value: entry.protocol },
      { name: "feature", value: entry.operation },
      { name: "story", value: entry.feature },
      { name: "severity", value: SEVERITY[entry.requirement] },
      { name: "tag", value: entry.status },
      ...(knownIssue ? [{ name: "tag", value: "known-issue" }] : []),
      ...(entry.asExpected ? [] : [{ name: "tag", value: "unexpected" }]),
      { name: "target", value: report.target.name },
      { name: "requirement", value: entry.requirement },
      { name: "source", value: entry.source },
      { name: "parentSuite", value: report.target.name },
      { name: "suite", value: entry.protocol },
      { name: "subSuite", value: entry.operation },
      { name: "framework", value: report.tool.name },
    ],
    links: sourceLink(entry.source),
    parameters: [
      { name: "target", value: report.target.name },
      { name: "expected outcome", value: entry.expected.status, excluded: true },
      { name: "inputs", value: String(entry.inputs), excluded: true },
      { name: "requests", value: String(entry.requests ?? 0), excluded: true },
      ...(entry.seed !== undefined ? [{ name: "seed", value: String(entry.seed), excluded: true }] : []),
      ...(entry.numRuns !== undefined ? [{ name: "runs", value: String(entry.numRuns), excluded: true }] : []),
    ],
    steps: [...entry.findings.map((finding) => findingStep(entry, finding, start, uuid, attachments)), ...entry.vanished.map((finding) => vanishedStep(finding.signature, finding.reason, start))],
    attachments: [],
  };
}

function statusOf(entry: ReportCase): AllureStatus {
  if (!entry.asExpected) return entry.status === "errored" ? "broken" : "failed";
  return entry.status === "skipped" || entry.status === "unsupported" || entry.status === "errored" ? "skipped" : "passed";
}

function findingStep(entry: ReportCase, finding: ReportFinding, start: number, uuid: () => string, attachments: AllureFile[]): AllureStep {
  const stepAttachments: AllureAttachment[] = [];
  if (finding.counterexample !== undefined) {
    const name = `${uuid()}-attachment.json`;
    attachments.push({ name, content: `${jsonOf(finding.counterexample)}\n` });
    stepAttachments.push({ name: "counterexample", source: name, type: "application/json" });
  }
  const reason = knownReason(entry, finding);
  return {
    name: finding.signature,
    status: finding.known ? "skipped" : "failed",
    statusDetails: {
      message: finding.known ? `known finding: ${reason ?? "listed in the expectations"}` : `new finding [${finding.requirement}]: ${finding.statement}`,
      trace: findingText(finding, reason),
    },
    stage: "finished",
    start,
    stop: start,
    steps: [],
    attachments: stepAttachments,
    parameters: [
      { name: "rule", value: finding.rule },
      { name: "requirement", value: finding.requirement },
      { name: "provenance", value: `${finding.provenance.kind}: ${finding.source}` },
      { name: "field", value: finding.field },
      { name: "expected", value: finding.expected },
      { name: "observed", value: finding.observed },
      { name: "inputs", value: String(finding.inputs) },
      ...(finding.seed !== undefined ? [{ name: "seed", value: String(finding.seed) }] : []),
      ...(finding.path !== undefined ? [{ name: "path", value: finding.path }] : []),
      ...(finding.replay !== undefined ? [{ name: "replay", value: finding.replay }] : []),
    ],
  };
}

/** A finding the expectations list and this run did not see: what made the case unexpected, a fix to confirm. */
function vanishedStep(signature: string, reason: string, start: number): AllureStep {
  return {
    name: `vanished: ${signature}`,
    status: "failed",
    statusDetails: { message: `vanished finding: expected (${reason}) but not seen; confirm the fix, then update the expectations` },
    stage: "finished",
    start,
    stop: start,
    steps: [],
    attachments: [],
    parameters: [],
  };
}

function runErrorsResult(report: Report, start: number, stop: number, uuid: () => string): AllureResult {
  return {
    uuid: uuid(),
    historyId: hashOf(`${report.target.name}\nrun errors`),
    testCaseId: hashOf("run errors"),
    fullName: "run errors",
    name: "run errors",
    description: "Problems of the run itself: a target that did not start, a harness error. They make the run exit 1.",
    status: "broken",
    statusDetails: { message: `errored: ${report.run.errors.map(oneLine).join("\n")}` },
    stage: "finished",
    start,
    stop: Number.isNaN(stop) ? start : stop,
    labels: [
      { name: "epic", value: "run" },
      { name: "target", value: report.target.name },
      { name: "parentSuite", value: report.target.name },
      { name: "suite", value: "run" },
      { name: "framework", value: report.tool.name },
    ],
    links: [],
    parameters: [{ name: "target", value: report.target.name }],
    steps: [],
    attachments: [],
  };
}

/** A link to the case's source when it is a page: an AWS documentation URL or an RFC section. */
function sourceLink(source: string): AllureResult["links"] {
  if (source.startsWith("aws-docs:")) return [{ name: "AWS documentation", url: source.slice("aws-docs:".length), type: "link" }];
  const rfc = /^rfc:(\d+)#(\S+)$/.exec(source);
  if (rfc) return [{ name: `RFC ${rfc[1]} §${rfc[2]}`, url: `https://www.rfc-editor.org/rfc/rfc${rfc[1]}#section-${rfc[2]}`, type: "link" }];
  return [];
}

/** `environment.properties`: the run and the target, in Java properties syntax (escaped, ASCII). */
export function environmentProperties(report: Report): string {
  const values: Record<string, string | undefined> = {
    target: report.target.name,
    "target.kind": report.target.kind,
    "target.endpoint": report.target.endpoint,
    tool: `${report.tool.name} ${report.tool.version}`,
    "run.id": report.run.id,
    "run.started": report.run.startedAt,
    "run.finished": report.run.finishedAt,
    seed: String(report.run.seed),
    "runs.per.property": String(report.run.numRuns),
    filter: report.run.filter,
    expectations: report.run.expectations,
  };
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${propertyText(key, true)}=${propertyText(value, false)}\n`)
    .join("");
}

function propertyText(text: string, key: boolean): string {
  return text.replace(/[\\=:#!\s]|[^\x20-\x7e]/g, (char) => {
    if (char === "\\") return "\\\\";
    if (char === "\n") return "\\n";
    if (char === "\r") return "\\r";
    if (char === "\t") return "\\t";
    if (char === " ") return key ? "\\ " : " ";
    if ("=:#!".includes(char)) return `\\${char}`;
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

function jsonOf(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return JSON.stringify(String(value));
  }
}
