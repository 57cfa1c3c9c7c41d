import { readFileSync, writeFileSync } from "node:fs";
import { CASE_STATUSES, isCaseStatus } from "./case-statuses.ts";
import type { Finding } from "../harness/findings.ts";
import type { CaseResult, Expectation, ExpectationsFile, ExpectedFinding } from "./report-types.ts";

const PASS: Expectation = { status: "passed", findings: [] };
const MAX_REASON_LENGTH = 200;

/**
 * Reads `expectations/<target>.json`. Every problem is thrown as one line naming the file.
 * With `optional`, a missing file means "every case is expected to pass".
 */
export function loadExpectations(path: string, options: { target: string; optional?: boolean }): ExpectationsFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (options.optional && (error as NodeJS.ErrnoException).code === "ENOENT") return { target: options.target, cases: {} };
    throw problem(path, `cannot be read (${oneLine(String((error as Error).message ?? error))})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw problem(path, `is not valid JSON (${oneLine((error as Error).message)})`);
  }
  return checkedExpectations(path, value);
}

export function expectationFor(file: ExpectationsFile, caseId: string): Expectation {
  return Object.hasOwn(file.cases, caseId) ? file.cases[caseId]! : { ...PASS, findings: [] };
}

/**
 * The expectations a run observed: one entry per case that did not pass, with its findings. A
 * previous reason survives for a finding (or status) that did not change. A filtered run (`ranAll`
 * false) keeps the entries of cases it did not run.
 */
export function updatedExpectations(previous: ExpectationsFile, results: CaseResult[], ranAll: boolean): ExpectationsFile {
  const ran = new Set(results.map((result) => result.id));
  const cases: Record<string, Expectation> = {};
  if (!ranAll) {
    for (const [id, entry] of Object.entries(previous.cases)) if (!ran.has(id)) cases[id] = entry;
  }
  for (const result of results) {
    if (result.status === "passed") continue;
    const before = Object.hasOwn(previous.cases, result.id) ? previous.cases[result.id] : undefined;
    const findings = result.findings.map((finding): ExpectedFinding => ({
      signature: finding.signature,
      reason: before?.findings.find((known) => known.signature === finding.signature)?.reason ?? findingReason(finding),
    }));
    const entry: Expectation = { status: result.status, findings };
    if (findings.length === 0) entry.reason = before?.status === result.status && before.reason ? before.reason : reasonOf(result);
    cases[result.id] = entry;
  }
  const sorted = Object.fromEntries(Object.entries(cases).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { target: previous.target, ...(previous.version !== undefined ? { version: previous.version } : {}), cases: sorted };
}

/** A finding's reason: what was observed against what the rule expects, and where the rule comes from. */
export function findingReason(finding: Finding): string {
  return oneLine(`${finding.field}: observed ${finding.observed}, expected ${finding.expected}; ${finding.statement} (${finding.requirement}, ${finding.source})`).slice(0, 400);
}

export function writeExpectations(path: string, file: ExpectationsFile): void {
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
}

/** Ids the file lists that are no case of the suite (renamed or removed cases, typos). */
export function staleExpectations(file: ExpectationsFile, knownIds: string[]): string[] {
  const known = new Set(knownIds);
  return Object.keys(file.cases).filter((id) => !known.has(id));
}

function reasonOf(result: CaseResult): string {
  const firstLine = (result.message ?? "").split("\n").map((line) => line.trim()).find((line) => line !== "");
  return firstLine ? firstLine.slice(0, MAX_REASON_LENGTH) : `observed ${result.status}`;
}

function checkedExpectations(path: string, value: unknown): ExpectationsFile {
  if (!isRecord(value)) throw problem(path, "must hold a JSON object");
  if (typeof value.target !== "string" || value.target === "") throw problem(path, `"target" must be a non-empty string`);
  if (value.version !== undefined && typeof value.version !== "string") throw problem(path, `"version" must be a string`);
  if (!isRecord(value.cases)) throw problem(path, `"cases" must be an object`);
  const cases: Record<string, Expectation> = {};
  for (const [id, entry] of Object.entries(value.cases)) cases[id] = checkedEntry(path, id, entry);
  return { target: value.target, ...(value.version !== undefined ? { version: value.version } : {}), cases };
}

function checkedEntry(path: string, id: string, entry: unknown): Expectation {
  const where = `case ${JSON.stringify(id)}`;
  if (!isRecord(entry)) throw problem(path, `${where} must be an object with "status" and "findings" or "reason"`);
  if (!isCaseStatus(entry.status)) {
    throw problem(path, `${where} has status ${JSON.stringify(entry.status)}; expected one of ${CASE_STATUSES.join(", ")}`);
  }
  const findings = entry.findings ?? [];
  if (!Array.isArray(findings)) throw problem(path, `${where}: "findings" must be a list`);
  const checked = findings.map((finding: unknown, index: number): ExpectedFinding => {
    if (!isRecord(finding) || typeof finding.signature !== "string" || finding.signature === "") throw problem(path, `${where}: finding ${index + 1} needs a "signature"`);
    return { signature: finding.signature, reason: checkedReason(path, `${where}, finding ${JSON.stringify(finding.signature)}`, finding.reason) };
  });
  const expectation: Expectation = { status: entry.status, findings: checked };
  if (entry.reason !== undefined || checked.length === 0) expectation.reason = checkedReason(path, where, entry.reason);
  return expectation;
}

function checkedReason(path: string, where: string, reason: unknown): string {
  if (typeof reason !== "string" || reason.trim() === "") throw problem(path, `${where} needs a non-empty "reason"`);
  if (/[\r\n]/.test(reason)) throw problem(path, `${where} has a reason of more than one line`);
  return reason;
}

function problem(path: string, text: string): Error {
  return new Error(`expectations file ${path}: ${text}`);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
