import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { validateReport } from "../../reports/validate-report.ts";
import { runCli } from "../support/run-cli.ts";

test("a full run on the embedded target writes every report and matches its expectations", async () => {
  const run = await runCli(["run", "--out", "{out}"]);
  const unexpected = (run.report?.cases ?? []).filter((entry) => !entry.asExpected).map((entry) => `${entry.id}: ${entry.status} (expected ${entry.expected.status}): new ${entry.findings.filter((finding) => !finding.known).map((finding) => finding.signature).join("; ")}; vanished ${entry.vanished.map((finding) => finding.signature).join("; ")}; ${entry.message ?? ""}`);
  expect(unexpected).toEqual([]);
  expect(run.exitCode).toBe(0);
  expect(validateReport(run.report)).toEqual([]);
  expect(run.report?.target.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(run.report?.summary.total).toBeGreaterThan(20);

  const summary = readFileSync(join(run.outDir, "summary.md"), "utf8");
  expect(summary).toMatch(/\| operation/);
  const junit = readFileSync(join(run.outDir, "junit.xml"), "utf8");
  expect(junit).toMatch(/<testsuites[^>]*tests="\d+"/);
  expect(junit).toContain("s3.get-object.not-found.no-such-key");

  const allure = readdirSync(join(run.outDir, "allure-results")).filter((name) => name.endsWith("-result.json"));
  expect(allure.length).toBe(run.report?.summary.total);
  const sample = JSON.parse(readFileSync(join(run.outDir, "allure-results", allure[0] ?? ""), "utf8")) as { labels: Array<{ name: string; value: string }> };
  const labels = Object.fromEntries(sample.labels.map((label) => [label.name, label.value]));
  expect(labels).toMatchObject({ target: "embedded" });
  expect(["s3", "mediastore-data"]).toContain(labels.epic);
  expect(labels.feature).toMatch(/^[A-Z][A-Za-z]+$/);
  const protocols = new Set(run.report?.cases.map((entry) => entry.protocol));
  expect([...protocols].sort()).toEqual(["mediastore-data", "s3"]);
  expect(["critical", "normal", "minor"]).toContain(labels.severity);
});
