import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { startVitest, type Vitest } from "vitest/node";
import { writeRunConfig } from "../fixtures/run-config.ts";
import { takeTargetFailure } from "../fixtures/target-failure.ts";
import { buildReport, exitCodeOf } from "../reports/build-report.ts";
import { CaseCollector } from "../reports/case-collector.ts";
import { loadExpectations, updatedExpectations, writeExpectations } from "../reports/expectations.ts";
import { ProgressReporter } from "../reports/progress-reporter.ts";
import type { CaseResult, Report } from "../reports/report-types.ts";
import { writeReportFiles } from "../reports/write-report-files.ts";
import { caseFilter } from "./case-filter.ts";
import { PACKAGE_ROOT, TOOL } from "./package-info.ts";
import { resolveRunPlan, type RunFlags, type RunPlan } from "./run-options.ts";

/** `s3-conformance run`: runs the cases against the target, writes the report, returns the exit code. */
export async function runCommand(flags: RunFlags): Promise<number> {
  const plan = resolveRunPlan(flags);
  const expectations = loadExpectations(plan.expectationsPath, { target: plan.targetName, optional: !flags.expectations });
  const filter = caseFilter(plan.filter);
  prepareOutDir(plan.outDir);

  const collector = new CaseCollector(filter.selects);
  const startedAt = new Date();
  const runErrors: string[] = [];
  let vitest: Vitest | undefined;
  writeRunConfig(plan.config);
  try {
    vitest = await startVitest("test", [], {
      root: PACKAGE_ROOT,
      config: join(PACKAGE_ROOT, "vitest.config.ts"),
      project: ["conformance"],
      watch: false,
      passWithNoTests: true,
      ...(filter.regex ? { testNamePattern: filter.regex } : {}),
      reporters: [
        collector,
        new ProgressReporter(process.stdout, filter.selects),
        ["junit", { outputFile: join(plan.outDir, "junit.xml"), suiteName: `s3-conformance ${plan.targetName}` }],
        ["allure-vitest/reporter", { resultsDir: join(plan.outDir, "allure-results"), globalLabels: [{ name: "target", value: plan.targetName }] }],
      ],
    });
  } catch (error) {
    runErrors.push(`the run stopped: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  } finally {
    await vitest?.close().catch(() => undefined);
  }
  const targetFailure = takeTargetFailure();
  if (targetFailure) runErrors.push(`the target did not start: ${targetFailure}`);

  const results = collector.results();
  const target = collector.startedTarget();
  const report = buildReport({
    tool: TOOL,
    run: {
      id: plan.config.runId,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      seed: plan.config.seed,
      numRuns: plan.config.numRuns,
      ...(plan.filter ? { filter: plan.filter.join(" ") } : {}),
      expectations: plan.expectationsPath,
      errors: [...collector.runErrors, ...runErrors],
    },
    target: target
      ? { name: target.name, kind: target.kind, endpoint: target.s3.endpoint }
      : { name: plan.targetName, kind: plan.config.target.kind, endpoint: plan.endpointHint },
    results,
    expectations,
    replayCommand: (result) => replayCommand(result, plan),
  });
  // A target started for the run made its own credentials: scrub them as given ones, except the short
  // well-known defaults some images use (`test`, `conformance`), which would scrub ordinary words.
  const started = target && target.kind !== "embedded" ? [target.s3.credentials.accessKeyId, target.s3.credentials.secretAccessKey] : [];
  const startedSecrets = started.filter((secret) => secret.length >= 16);
  writeReportFiles(plan.outDir, report, [...plan.secrets, ...startedSecrets]);
  if (plan.updateExpectations) {
    writeExpectations(plan.expectationsPath, updatedExpectations(expectations, results, !plan.filter));
  }
  printTotals(report, plan);
  // vitest sets its own exit code from test failures; the run's code comes from the expectations.
  process.exitCode = 0;
  return plan.updateExpectations && report.run.errors.length === 0 ? 0 : exitCodeOf(report);
}

function prepareOutDir(outDir: string): void {
  rmSync(join(outDir, "allure-results"), { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
}

function replayCommand(result: CaseResult, plan: RunPlan): string | undefined {
  if (result.status !== "failed" || result.seed === undefined) return undefined;
  const args = ["s3-conformance", "run", "--filter", result.id, "--seed", String(result.seed), "--num-runs", String(result.numRuns ?? plan.config.numRuns), ...plan.targetArgs];
  return args.map((arg) => (/^[\w./:@=-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`)).join(" ");
}

function printTotals(report: Report, plan: RunPlan): void {
  const { summary } = report;
  const line = [
    `${report.target.name}: ${summary.total} cases`,
    `${summary.passed} passed`,
    `${summary.failed} failed`,
    `${summary.unsupported} unsupported`,
    `${summary.skipped} skipped`,
    `${summary.errored} errored`,
    `${summary.unexpected} unexpected`,
  ].join(", ");
  process.stdout.write(`${line}\n`);
  for (const error of report.run.errors) process.stdout.write(`run error: ${error}\n`);
  for (const entry of report.cases.filter((item) => !item.asExpected)) {
    process.stdout.write(`unexpected: ${entry.id} ${entry.status} (expected ${entry.expected.status})${entry.message ? `: ${entry.message.split("\n")[0]}` : ""}\n`);
  }
  process.stdout.write(`report: ${plan.outDir}\n`);
}
