import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Report } from "../../reports/report-types.ts";
import { descendantsOf, processes } from "../support/process-tree.ts";
import { FINISHED_CASE, RunningCli } from "../support/running-cli.ts";
import { requireCeph } from "../support/require-ceph.ts";

/** The report in every format: the files a run writes, and the Allure results folder not empty. */
function reportFormats(outDir: string): string[] {
  const files = existsSync(outDir) ? readdirSync(outDir) : [];
  const allure = files.includes("allure-results") && readdirSync(join(outDir, "allure-results")).length > 0;
  return [...files.filter((name) => /^(report\.json|summary\.md|report\.html|junit\.xml)$/.test(name)), ...(allure ? ["allure-results"] : []), ...(files.some((name) => /^badge-.+\.svg$/.test(name)) ? ["badges"] : [])].sort();
}

const EVERY_FORMAT = ["allure-results", "badges", "junit.xml", "report.html", "report.json", "summary.md"];

function expectInterruptedReport(report: Report | undefined, signal: NodeJS.Signals): void {
  expect(report?.run.errors).toEqual([`interrupted by ${signal}: the cases not finished are errored`]);
  const interruptedCases = report?.cases.filter((entry) => entry.message === `interrupted by ${signal}`) ?? [];
  expect(interruptedCases.length).toBeGreaterThan(0);
  expect(interruptedCases.every((entry) => entry.status === "errored")).toBe(true);
  expect(report?.cases.some((entry) => entry.status !== "errored")).toBe(true);
}

for (const [signal, exitCode] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  test.concurrent(`${signal} during a run writes the partial report in every format, the unfinished cases errored as interrupted, and exits ${exitCode}`, async () => {
    const run = new RunningCli(["run", "--out", "{out}"]);
    await run.waitFor(FINISHED_CASE);
    run.child.kill(signal);
    expect(await run.exit(), run.stderr).toBe(exitCode);
    expectInterruptedReport(run.report(), signal);
    expect(reportFormats(run.outDir)).toEqual(EVERY_FORMAT);
    expect(run.stdout).toContain("left behind: none");
  });
}

describe("ceph-rgw", () => {
  // Ceph takes 15-25 s to start on a loaded machine, and the cases in flight have a 10 s grace.
  test("SIGINT during a ceph-rgw run: the partial report in every format, exit 130, no daemon of the run left and its folder removed", { timeout: 300_000 }, async (context) => {
    requireCeph(context);
    const run = new RunningCli(["run", "--target", "ceph-rgw", "--filter", "s3.head-object", "--filter", "s3.get-object", "--seed", "1", "--out", "{out}"]);
    await run.waitFor(FINISHED_CASE);
    const daemons = descendantsOf(run.pid).filter((entry) => /(^|\/)(ceph-mon|ceph-osd|radosgw) /.test(entry.command));
    expect(daemons.map((entry) => /(ceph-mon|ceph-osd|radosgw)/.exec(entry.command)?.[1]).sort()).toEqual(["ceph-mon", "ceph-osd", "radosgw"]);
    const folder = /-c (\S+)\/ceph\.conf/.exec(daemons[0]!.command)?.[1] ?? "";
    expect(folder).toMatch(/s3-conformance-ceph-rgw-/);
    expect(existsSync(folder)).toBe(true);

    run.child.kill("SIGINT");
    expect(await run.exit(), run.stderr).toBe(130);
    expectInterruptedReport(run.report(), "SIGINT");
    expect(reportFormats(run.outDir)).toEqual(EVERY_FORMAT);
    // The daemons, the tools and the watchdog all name the cluster's folder on their command line.
    expect(processes().filter((entry) => entry.command.includes(folder))).toEqual([]);
    expect(existsSync(folder)).toBe(false);
  });
});
