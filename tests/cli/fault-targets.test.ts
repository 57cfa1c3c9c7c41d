import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { EmbeddedTarget, type StartedEmbeddedTarget } from "../../targets/embedded.ts";
import type { CaseResult } from "../../reports/report-types.ts";
import { DyingProxy } from "../support/fake-targets/dying-proxy.ts";
import { FixedAnswerTarget, HTML_PAGE, SERVER_ERROR } from "../support/fake-targets/fixed-answer-target.ts";
import { SilentTarget } from "../support/fake-targets/silent-target.ts";
import { runCli, type CliRun } from "../support/run-cli.ts";

// Each run faces one broken target and must end by itself, write its report, judge every case
// (errored only where no connection could be made) and exit 1. Elapsed times are printed, and bounded
// only generously: the 30 s request timeout is the one slow part.
const BOUND_MS = 180_000;
const CREDENTIALS = { AWS_ACCESS_KEY_ID: "fault-target-key", AWS_SECRET_ACCESS_KEY: "fault-target-secret-value" };
/** Skips a run may give whatever the target: no https, no KMS key, a container that must not exist. */
const CONFIGURATION_SKIP = /^(needs https|no KMS key configured|needs the endpoint of a container)/;
/** Lines a run may print on stderr, or about its clean-up: a summary, never one per case. */
const SUMMARY_LINES = 20;

function ranFor(name: string, run: CliRun): void {
  console.log(`${name}: ${(run.elapsedMs / 1000).toFixed(1)} s, exit ${run.exitCode}, ${run.report?.cases.length ?? 0} cases (${countBy(run.report?.cases ?? [])}), ${stderrLines(run).length} stderr lines, ${cleanUpLines(run).length} about clean-up`);
}

function stderrLines(run: CliRun): string[] {
  return run.stderr.split("\n").filter((line) => line.trim() !== "");
}

function countBy(cases: CaseResult[]): string {
  const counts = new Map<string, number>();
  for (const entry of cases) counts.set(entry.status, (counts.get(entry.status) ?? 0) + 1);
  return [...counts].map(([status, count]) => `${count} ${status}`).join(", ");
}

/** What a case says for itself: its message and its findings' examples. */
function textOf(entry: CaseResult): string {
  return [entry.message ?? "", ...entry.findings.map((finding) => `${finding.signature} :: ${finding.example}`)].join("\n");
}

/** Failed, or non-strict when the case's only findings are SHOULDs: judged, with what was wrong. */
function judgedWithFindings(entry: CaseResult): boolean {
  return (entry.status === "failed" || entry.status === "non-strict") && entry.findings.length > 0;
}

function cleanUpLines(run: CliRun): string[] {
  return `${run.stdout}\n${run.stderr}`.split("\n").filter((line) => /could not remove|clean-up|left behind:? .*bucket/i.test(line));
}

/**
 * The run ended in time, wrote its report and exited 1, printing a bounded stderr. A target that
 * answers (garbage) leaves the run nothing to say per case about its clean-up either; one that died
 * mid-run may leave the buckets of the cases under way (named in the run errors).
 */
function expectJudgedRun(run: CliRun, options: { answering: boolean }): CaseResult[] {
  expect(run.exitCode).toBe(1);
  expect(run.elapsedMs).toBeLessThan(BOUND_MS);
  expect(run.report).toBeDefined();
  expect(stderrLines(run).length).toBeLessThanOrEqual(SUMMARY_LINES);
  if (options.answering) expect(cleanUpLines(run).length).toBeLessThanOrEqual(SUMMARY_LINES);
  const cases = run.report?.cases ?? [];
  const unexplained = cases.filter((entry) => entry.status === "skipped" && !CONFIGURATION_SKIP.test(entry.message ?? ""));
  expect(unexplained.map((entry) => `${entry.id}: ${entry.message}`)).toEqual([]);
  return cases;
}

describe.concurrent("faulty targets", () => {
  let upstream: StartedEmbeddedTarget;
  let dying: DyingProxy;
  let silent: SilentTarget;
  let html: FixedAnswerTarget;
  let failing: FixedAnswerTarget;
  const endpoints = new Map<string, string>();

  beforeAll(async () => {
    upstream = await new EmbeddedTarget().start();
    // About a third of the connections the filtered run below makes against a healthy store.
    dying = new DyingProxy(upstream.info.s3.endpoint, { connections: 700 });
    silent = new SilentTarget();
    html = new FixedAnswerTarget(HTML_PAGE);
    failing = new FixedAnswerTarget(SERVER_ERROR);
    endpoints.set("dying", await dying.start());
    endpoints.set("silent", await silent.start());
    endpoints.set("html", await html.start());
    endpoints.set("failing", await failing.start());
  });

  afterAll(async () => {
    await Promise.all([dying?.stop(), silent?.stop(), html?.stop(), failing?.stop()]);
    await upstream?.stop();
  });

  test("a target that dies mid-run: cases before the death judged, the ones after errored as unreachable", { timeout: 240_000 }, async () => {
    const { accessKeyId, secretAccessKey } = upstream.info.s3.credentials;
    const run = await runCli(["run", "--endpoint", endpoints.get("dying")!, "--filter", "s3.put-object", "--filter", "s3.get-object", "--seed", "1", "--num-runs", "10", "--out", "{out}"], {
      AWS_ACCESS_KEY_ID: accessKeyId,
      AWS_SECRET_ACCESS_KEY: secretAccessKey,
    });
    ranFor("dying target", run);
    await dying.died;
    const cases = expectJudgedRun(run, { answering: false });
    const judged = cases.filter((entry) => ["passed", "non-strict", "failed"].includes(entry.status));
    const errored = cases.filter((entry) => entry.status === "errored");
    expect(judged.length).toBeGreaterThanOrEqual(3);
    expect(errored.length).toBeGreaterThan(5);
    // Errored means no connection could be made, and the message names the request that found it out.
    for (const entry of errored) expect(textOf(entry)).toMatch(/target unreachable during (\w+ \((GET|PUT|HEAD|POST|DELETE) \/|(GET|PUT|HEAD|POST|DELETE) \/).*ECONNREFUSED/);
  });

  test("a target that never answers: every request ends at its 30 s timeout, named, and the run ends", { timeout: 240_000 }, async () => {
    const endpoint = endpoints.get("silent")!;
    // Cases of two files (files run one after another here): about 30 s each, and the end-of-run check.
    const filters = ["s3.get-object.range.satisfiable", "s3.get-object.range.unsatisfiable", "s3.get-object.range.clamped-edges", "mediastore-data.describe-object.not-found.object-not-found"];
    const run = await runCli(["run", "--endpoint", endpoint, "--mediastore-endpoint", endpoint, ...filters.flatMap((filter) => ["--filter", filter]), "--seed", "1", "--num-runs", "5", "--out", "{out}"], CREDENTIALS);
    ranFor("silent target", run);
    const cases = expectJudgedRun(run, { answering: false });
    expect(cases.map((entry) => entry.id).sort()).toEqual([...filters].sort());
    expect(silent.connections).toBeGreaterThanOrEqual(filters.length);
    for (const entry of cases) {
      expect(["failed", "errored"]).toContain(entry.status);
      expect(textOf(entry)).toMatch(/((GET|PUT|HEAD|POST|DELETE) \/\S*|\w+ \((GET|PUT|HEAD|POST|DELETE) \/\S*\)): no answer within 30 s/);
    }
    // The bucket is made inside the case: its stalled CreateBucket is the case's finding.
    const s3Cases = cases.filter((entry) => entry.id.startsWith("s3."));
    for (const entry of s3Cases) {
      expect(entry.status).toBe("failed");
      expect(textOf(entry)).toMatch(/CreateBucket \(PUT \/s3c-[^)]+\): no answer within 30 s/);
    }
    // A case whose own request stalled has the finding: the target took the connection and never answered.
    const mediastore = cases.find((entry) => entry.id.startsWith("mediastore-data."));
    expect(mediastore?.status).toBe("failed");
    expect(mediastore?.findings.map((finding) => finding.signature)).toContain("server.answers-request connection: an answer / no answer before the timeout");
  });

  test("a target that answers every request with an HTML page: every case that sends one failed", { timeout: 240_000 }, async () => {
    const endpoint = endpoints.get("html")!;
    const run = await runCli(["run", "--endpoint", endpoint, "--mediastore-endpoint", endpoint, "--seed", "1", "--num-runs", "5", "--out", "{out}"], CREDENTIALS);
    ranFor("HTML target", run);
    const cases = expectJudgedRun(run, { answering: true });
    expect(html.requests).toBeGreaterThan(100);
    const sent = cases.filter((entry) => entry.status !== "skipped");
    const unjudged = sent.filter((entry) => !judgedWithFindings(entry));
    expect(unjudged.map((entry) => `${entry.id}: ${entry.status}: ${entry.message}`)).toEqual([]);
    expect(sent.filter((entry) => entry.status === "failed").length).toBeGreaterThan(100);
  });

  test("a target that answers 500 to everything: each case names the operation, the status and the body", { timeout: 240_000 }, async () => {
    const endpoint = endpoints.get("failing")!;
    const run = await runCli(["run", "--endpoint", endpoint, "--mediastore-endpoint", endpoint, "--seed", "1", "--num-runs", "5", "--out", "{out}"], CREDENTIALS);
    ranFor("500 target", run);
    const cases = expectJudgedRun(run, { answering: true });
    const sent = cases.filter((entry) => entry.status !== "skipped");
    expect(sent.length).toBeGreaterThan(100);
    // The bucket is made inside the case (fixtures/s3/case-bucket.ts): its refusal is the case's finding.
    for (const entry of sent) expect(judgedWithFindings(entry), `${entry.id}: ${entry.status}: ${entry.message}`).toBe(true);
    // The bucket each S3 case needs is refused first: the SDK's parse error is said as the answer.
    for (const entry of sent.filter((item) => item.id.startsWith("s3."))) {
      expect(entry.findings.map((finding) => finding.signature)).toContain("server.no-5xx status: not 5xx / 5xx");
      expect(textOf(entry)).toMatch(/CreateBucket \(PUT \/s3c-[^)]+\) answered 500: backend unavailable: the metadata database/);
      expect(textOf(entry)).not.toMatch(/XML parse error|\$response/);
    }
    for (const entry of sent.filter((item) => item.id.startsWith("mediastore-data."))) {
      expect(judgedWithFindings(entry)).toBe(true);
      expect(entry.findings.map((finding) => finding.signature), entry.id).toContain("server.no-5xx status: not 5xx / 5xx");
    }
  });
});
