import { join } from "node:path";
import { startVitest, type Vitest } from "vitest/node";
import { ExactSecrets } from "../harness/customer-key-secrets.ts";
import { customerKeysSent } from "../harness/customer-keys-heard.ts";
import { takeLeftBehind, type LeftBehind } from "../harness/left-behind.ts";
import { listedRules } from "../harness/rule-types.ts";
import { writeRunConfig } from "../harness/run-config.ts";
import { takeTargetFailure } from "../harness/target-failure.ts";
import type { Finding } from "../harness/findings.ts";
import { RULES } from "../oracle/rules.ts";
import { buildReport, exitCodeOf } from "../reports/build-report.ts";
import { CaseCollector } from "../reports/case-collector.ts";
import { evaluateProfiles } from "../reports/profiles/evaluate-profile.ts";
import { loadExpectations, updatedExpectations, writeExpectations } from "../reports/expectations.ts";
import { ProgressReporter } from "../reports/progress-reporter.ts";
import type { CaseResult, ExpectationsFile, Report } from "../reports/report-types.ts";
import { writeReportFiles } from "../reports/write-report-files.ts";
import { caseFilter } from "./case-filter.ts";
import { Interruption } from "./interruption.ts";
import { collectCases } from "./list-command.ts";
import { PACKAGE_ROOT, TOOL } from "./package-info.ts";
import { resolveRunPlan, type RunFlags, type RunPlan } from "./run-options.ts";
import { SHARD_BLOB_FOLDER, shardText, type Shard } from "./shard-option.ts";
import { shippedProfiles } from "./shipped-profiles.ts";
import { prepareOutDir } from "./prepare-out-dir.ts";
import { UsageError } from "./usage-error.ts";

/** `s3-conformance run`: runs the cases against the target, writes the report, returns the exit code. */
export async function runCommand(flags: RunFlags): Promise<number> {
  const plan = resolveRunPlan(flags);
  const expectations = expectationsOf(plan, Boolean(flags.expectations));
  const filter = caseFilter(plan.filter);
  const profiles = shippedProfiles();
  prepareOutDir(plan.outDir);
  if (plan.filter && (await collectCases(plan.filter)).length === 0) {
    throw new UsageError(`--filter ${plan.filter.join(" --filter ")} selects no case (s3-conformance list shows the ids)`);
  }

  const collector = new CaseCollector(filter.selects);
  const startedAt = new Date();
  const runErrors: string[] = [];
  let vitest: Vitest | undefined;
  writeRunConfig(plan.config);
  const interruption = new Interruption(() => collector.cancel());
  try {
    const running = startVitest("test", [], {
      root: PACKAGE_ROOT,
      config: join(PACKAGE_ROOT, "vitest.config.ts"),
      project: ["conformance"],
      watch: false,
      passWithNoTests: true,
      ...(filter.regex ? { testNamePattern: filter.regex } : {}),
      ...(plan.shard ? { shard: shardText(plan.shard) } : {}),
      reporters: [
        ...(plan.shard ? [shardBlobReporter(plan.outDir, plan.shard)] : []),
        // Set up after vitest's logger, which would otherwise exit at the first signal.
        { onInit: () => interruption.claim() },
        collector,
        new ProgressReporter(process.stdout, filter.selects),
      ],
    });
    vitest = await Promise.race([running, interruption.graceOver.then(() => collector.vitestInstance())]);
  } catch (error) {
    runErrors.push(`the run stopped: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  } finally {
    // Closing runs the global teardown: the target's processes, containers and folders go.
    vitest ??= collector.vitestInstance();
    await withTimeout(vitest?.close(), 30_000).catch(() => undefined);
    interruption.dispose();
  }
  if (interruption.signal) runErrors.push(`interrupted by ${interruption.signal}: the cases not finished are errored`);
  const targetFailure = takeTargetFailure();
  if (targetFailure) runErrors.push(`the target did not start: ${targetFailure}`);
  const leftBehind = takeLeftBehind();
  if (leftBehind && "left" in leftBehind) runErrors.push(...leftBehind.left.map((line) => `left behind at the end of the run: ${line}`));

  const results = collector.results(interruption.signal ? `interrupted by ${interruption.signal}` : undefined);
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
      ...(plan.config.finding !== undefined ? { finding: plan.config.finding } : {}),
      expectations: plan.expectationsPath,
      ...(plan.shard ? { shard: shardText(plan.shard) } : {}),
      errors: [...collector.runErrors, ...runErrors],
    },
    target: target
      ? { name: target.name, kind: target.kind, endpoint: target.s3.endpoint }
      : { name: plan.targetName, kind: plan.config.target.kind, endpoint: plan.endpointHint },
    results,
    expectations,
    rules: listedRules(RULES.values()),
    replayCommand: (result, finding) => replayCommand(result, finding, plan),
  });
  report.profiles = evaluateProfiles(profiles, report.cases);
  // A target started for the run made its own credentials: scrub them as given ones, except the short
  // well-known defaults some images use (`test`, `conformance`), which would scrub ordinary words.
  const started = target && target.kind !== "embedded" ? [target.s3.credentials.accessKeyId, target.s3.credentials.secretAccessKey] : [];
  const startedSecrets = started.filter((secret) => secret.length >= 16);
  writeReportFiles(plan.outDir, report, new ExactSecrets([...plan.secrets, ...startedSecrets, ...customerKeysSent()]));
  const refusal = plan.updateExpectations ? updateRefusal(report) : undefined;
  if (plan.updateExpectations && refusal === undefined) {
    writeExpectations(plan.expectationsPath, updatedExpectations(expectations, results, !plan.filter));
  }
  printTotals(report, plan);
  process.stdout.write(`${leftBehindLine(leftBehind)}\n`);
  if (refusal !== undefined) process.stdout.write(`expectations not updated: ${refusal}\n`);
  // vitest sets its own exit code from test failures; the run's code comes from the expectations.
  process.exitCode = 0;
  const interrupted = interruption.exitCode();
  if (interrupted !== undefined) return interrupted;
  return plan.updateExpectations && refusal === undefined ? 0 : exitCodeOf(report);
}

/** The end-of-run check in one line, which `.ci/target-runs` prints for each target. */
function leftBehindLine(check: LeftBehind | undefined): string {
  if (!check) return "left behind: not checked (the target did not start or serves no S3)";
  if ("notChecked" in check) return `left behind: not checked: ${check.notChecked}`;
  if (check.left.length === 0) return "left behind: none";
  const buckets = check.left.filter((line) => line.startsWith("bucket ")).length;
  return `left behind: ${buckets} bucket(s), ${check.left.length - buckets} upload(s), named in the run errors`;
}

/** vitest's blob reporter, writing this shard's tasks where `s3-conformance merge` looks for them. */
function shardBlobReporter(outDir: string, shard: Shard): [string, { outputFile: string }] {
  return ["blob", { outputFile: join(outDir, SHARD_BLOB_FOLDER, `shard-${shard.index}-of-${shard.count}.json`) }];
}

function withTimeout(promise: Promise<void> | undefined, ms: number): Promise<void> {
  if (!promise) return Promise.resolve();
  return Promise.race([promise, new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);
}

function expectationsOf(plan: RunPlan, given: boolean): ExpectationsFile {
  try {
    return loadExpectations(plan.expectationsPath, { target: plan.targetName, optional: !given });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Expectations are rewritten only from a run that judged every case: none errored, no run error. */
function updateRefusal(report: Report): string | undefined {
  if (report.run.errors.length > 0) return `the run had ${report.run.errors.length} run error(s): ${report.run.errors[0]}`;
  const errored = report.cases.filter((entry) => entry.status === "errored");
  if (errored.length > 0) return `${errored.length} case(s) errored, e.g. ${errored[0]!.id}: ${(errored[0]!.message ?? "").split("\n")[0]}`;
  return undefined;
}

/** The command that shows one finding again: the case, its seed and runs, and the finding's signature. */
function replayCommand(result: CaseResult, finding: Finding, plan: RunPlan): string {
  const seed = finding.seed ?? result.seed;
  const property = seed === undefined ? [] : ["--seed", String(seed), "--num-runs", String(result.numRuns ?? plan.config.numRuns)];
  const args = ["s3-conformance", "run", "--filter", result.id, ...property, "--finding", finding.signature, ...plan.targetArgs];
  return args.map((arg) => (/^[\w./:@=-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`)).join(" ");
}

const PRINTED_RUN_ERRORS = 5;

export function printTotals(report: Report, plan: Pick<RunPlan, "outDir">): void {
  const { summary } = report;
  const line = [
    `${report.target.name}: ${summary.total} cases`,
    `${summary.passed} passed`,
    `${summary["non-strict"]} non-strict`,
    `${summary.failed} failed`,
    `${summary.unsupported} unsupported`,
    `${summary.skipped} skipped`,
    `${summary.errored} errored`,
    `${summary.unexpected} unexpected`,
  ].join(", ");
  const findings = `findings: ${summary.findings.MUST} MUST, ${summary.findings.SHOULD} SHOULD, ${summary.findings.MAY} MAY; ${summary.newFindings} new, ${summary.vanishedFindings} vanished; ${summary.requests} requests`;
  process.stdout.write(`${line}\n${findings}\n`);
  // A target that died mid-run can leave a bucket per case: the report names them all, the console a few.
  for (const error of report.run.errors.slice(0, PRINTED_RUN_ERRORS)) process.stdout.write(`run error: ${error}\n`);
  const more = report.run.errors.length - PRINTED_RUN_ERRORS;
  if (more > 0) process.stdout.write(`run error: … and ${more} more, listed in report.json and summary.md\n`);
  for (const entry of report.cases.filter((item) => !item.asExpected)) {
    const status = entry.status === entry.expected.status ? entry.status : `${entry.status} (expected ${entry.expected.status})`;
    process.stdout.write(`unexpected: ${entry.id} ${status}${entry.message ? `: ${entry.message.split("\n")[0]}` : ""}\n`);
    for (const finding of entry.findings.filter((item) => !item.known)) process.stdout.write(`  new finding [${finding.requirement}] ${finding.signature}\n`);
    for (const finding of entry.vanished) process.stdout.write(`  vanished finding ${finding.signature}\n`);
  }
  process.stdout.write(`report: ${plan.outDir}\n`);
}
