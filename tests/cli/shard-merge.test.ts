import { expect, test } from "vitest";
import { runCli, verdictById } from "../support/run-cli.ts";

// Cases in several files, so each shard (vitest shards by file) has some of them.
const SELECTION = ["--seed", "5", "--filter", "s3.head-object", "--filter", "s3.put-object.metadata", "--filter", "mediastore-data.describe-object"];

test("two shards merged give the same cases and findings as one run with the same seed", async () => {
  const [whole, first, second] = await Promise.all([
    runCli(["run", ...SELECTION, "--out", "{out}"]),
    runCli(["run", ...SELECTION, "--shard", "1/2", "--out", "{out}"]),
    runCli(["run", ...SELECTION, "--shard", "2/2", "--out", "{out}"]),
  ]);
  for (const run of [whole, first, second]) expect(run.stderr).toBe("");
  const shardIds = [...verdictById(first.report).keys(), ...verdictById(second.report).keys()];
  expect(verdictById(first.report).size).toBeGreaterThan(0);
  expect(verdictById(second.report).size).toBeGreaterThan(0);
  expect(new Set(shardIds).size).toBe(shardIds.length);

  // Given in the other order: the merge orders shards itself.
  const merged = await runCli(["merge", second.outDir, first.outDir, "--out", "{out}"]);
  expect(merged.stderr).toBe("");
  expect(merged.exitCode).toBe(whole.exitCode);
  expect(merged.report?.run.mergedShards).toEqual(["1/2", "2/2"]);
  expect(merged.report?.run.seed).toBe(5);
  expect(verdictById(merged.report)).toEqual(verdictById(whole.report));
  expect(merged.report?.summary).toEqual(whole.report?.summary);
}, 240_000);

test.concurrent.each([
  [["run", "--shard", "3/2"], "--shard 3/2"],
  [["run", "--shard", "1/2", "--update-expectations"], "--update-expectations"],
  [["merge", "/no/such/shard"], "/no/such/shard"],
])("%j is one line naming the problem, exit 2", async (args, named) => {
  const run = await runCli(args);
  expect(run.exitCode).toBe(2);
  expect(run.stderr.trim().split("\n")).toEqual([expect.stringContaining(named)]);
});

test("merge refuses shards that are not one whole run: one missing, one twice, another seed", async () => {
  const filter = ["--filter", "s3.head-object.not-found.*"];
  const [first, second, otherSeed] = await Promise.all([
    runCli(["run", "--seed", "3", ...filter, "--shard", "1/2", "--out", "{out}"]),
    runCli(["run", "--seed", "3", ...filter, "--shard", "2/2", "--out", "{out}"]),
    runCli(["run", "--seed", "4", ...filter, "--shard", "2/2", "--out", "{out}"]),
  ]);
  const refusals = await Promise.all([
    runCli(["merge", first.outDir, "--out", "{out}"]),
    runCli(["merge", first.outDir, first.outDir, second.outDir, "--out", "{out}"]),
    runCli(["merge", first.outDir, otherSeed.outDir, "--out", "{out}"]),
  ]);
  expect(refusals.map((run) => [run.exitCode, run.stderr.trim()])).toEqual([
    [2, expect.stringContaining("2/2 missing")],
    [2, expect.stringContaining("1/2 is given twice")],
    [2, expect.stringContaining("differ in seed (3 / 4)")],
  ]);
}, 240_000);
