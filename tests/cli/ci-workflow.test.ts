import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { resolveRunPlan } from "../../cli/run-options.ts";
import { runCli } from "../support/run-cli.ts";

// The README's CI workflow: targets × shards, a merge per target, a compare, the nightly diff.
interface Step {
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  strategy?: { matrix: { target: { name: string; slug: string }[]; shard?: number[] } };
  steps: Step[];
}
const workflow = parse(readFileSync(new URL("../../.github/workflows/conformance.yml", import.meta.url), "utf8")) as {
  on: Record<string, unknown> & { schedule: { cron: string }[] };
  jobs: Record<string, Job>;
};
const { shard, merge, compare } = workflow.jobs as Record<"shard" | "merge" | "compare", Job>;
const nightly = workflow.jobs["nightly-diff"]!;
const targets = shard.strategy!.matrix.target;
const shards = shard.strategy!.matrix.shard!;
const runs = (job: Job) => job.steps.flatMap((step) => (step.run ? [step.run] : []));
const artifactNames = (job: Job) => job.steps.filter((step) => step.uses?.startsWith("actions/upload-artifact")).map((step) => String(step.with?.name));

test("it runs on pushes and every night", () => {
  expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(["push", "pull_request", "schedule"]));
  expect(workflow.on.schedule[0]!.cron).toMatch(/^\d+ \d+ \* \* \*$/);
});

test("each target of the matrix is one the run accepts, split in shards 1..n by vitest's --shard", () => {
  for (const target of targets) expect(() => resolveRunPlan({ target: target.name })).not.toThrow();
  expect(shards).toEqual(Array.from({ length: shards.length }, (_, index) => index + 1));
  expect(runs(shard).join("\n")).toContain(`--shard \${{ matrix.shard }}/${shards.length} `);
  expect(artifactNames(shard)).toEqual(["shard-${{ matrix.target.slug }}-${{ matrix.shard }}"]);
});

test("a merge per target joins exactly that target's shards, and the compare reads every merged report", () => {
  expect(merge.needs).toBe("shard");
  expect(merge.strategy!.matrix.target).toEqual(targets);
  expect(runs(merge).join("\n")).toContain(`s3-conformance merge shards/shard-\${{ matrix.target.slug }}-{${shards.join(",")}} --out report`);
  expect(artifactNames(merge)).toEqual(["report-${{ matrix.target.slug }}"]);
  const compared = runs(compare).find((line) => line.includes("s3-conformance compare"));
  expect(compared).toBe(`npx s3-conformance compare ${targets.map((target) => `reports/report-${target.slug}`).join(" ")} --out compare`);
});

test("the nightly diff runs on the schedule only, against the last night's report of the same target", () => {
  expect(nightly.if).toContain("github.event_name == 'schedule'");
  expect(nightly.strategy!.matrix.target).toEqual(targets);
  const script = runs(nightly).join("\n");
  expect(script).toContain("--name report-${{ matrix.target.slug }} --dir baseline");
  expect(script).toContain("npx s3-conformance diff baseline/report.json tonight/report.json");
});

test("every s3-conformance command in it uses options the command has", async () => {
  const commands = Object.values(workflow.jobs).flatMap(runs).flatMap((script) => [...script.matchAll(/npx s3-conformance (\w+)([^\n|]*)/g)]);
  expect(new Set(commands.map((command) => command[1]))).toEqual(new Set(["run", "merge", "compare", "diff"]));
  for (const [, command, args] of commands) {
    const help = await runCli([command!, "--help"]);
    for (const option of args!.match(/--[\w-]+/g) ?? []) expect(help.stdout, `${command} ${option}`).toContain(`${option} `);
  }
});
