import type { Report } from "./report-types.ts";

/** Shard reports that do not make one run; the message is one line naming the difference. */
export class ShardMismatch extends Error {
  override name = "ShardMismatch";
}

/**
 * The run a set of shard reports makes together: the same suite, target, seed, runs and filter,
 * every shard `i/n` once. Times span the shards; their run errors are kept, each naming its shard.
 */
export function mergedRun(shards: Report[]): { run: Report["run"]; target: Report["target"]; tool: Report["tool"] } {
  const first = shards[0];
  if (!first) throw new ShardMismatch("merge needs at least one shard's report folder");
  const names = shards.map((report) => report.run.shard ?? "");
  const unsharded = names.indexOf("");
  if (unsharded >= 0) throw new ShardMismatch(`report ${shards[unsharded]!.run.id} is not a shard (it was run without --shard)`);
  for (const report of shards) {
    sameAs(first, report, "suite version", (entry) => entry.tool.version);
    sameAs(first, report, "target", (entry) => entry.target.name);
    sameAs(first, report, "seed", (entry) => String(entry.run.seed));
    sameAs(first, report, "--num-runs", (entry) => String(entry.run.numRuns));
    sameAs(first, report, "--filter", (entry) => entry.run.filter ?? "(none)");
    sameAs(first, report, "--finding", (entry) => entry.run.finding ?? "(none)");
  }
  const count = Number(names[0]!.split("/")[1]);
  const expected = Array.from({ length: count }, (_, index) => `${index + 1}/${count}`);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) throw new ShardMismatch(`shard ${duplicate} is given twice`);
  const foreign = names.find((name) => !expected.includes(name));
  if (foreign) throw new ShardMismatch(`shard ${foreign} does not belong to a run split in ${count}`);
  const missing = expected.filter((name) => !names.includes(name));
  if (missing.length > 0) throw new ShardMismatch(`shard${missing.length > 1 ? "s" : ""} ${missing.join(", ")} missing: merge needs all ${count}`);

  const ordered = expected.map((name) => shards[names.indexOf(name)]!);
  const { shard: _shard, ...run } = first.run;
  return {
    tool: first.tool,
    target: first.target,
    run: {
      ...run,
      id: ordered.map((report) => report.run.id).join("+"),
      startedAt: ordered.map((report) => report.run.startedAt).sort()[0]!,
      finishedAt: ordered.map((report) => report.run.finishedAt).sort().at(-1)!,
      mergedShards: expected,
      errors: ordered.flatMap((report) => report.run.errors.map((error) => `shard ${report.run.shard}: ${error}`)),
    },
  };
}

function sameAs(first: Report, other: Report, what: string, valueOf: (report: Report) => string): void {
  if (valueOf(first) !== valueOf(other)) {
    throw new ShardMismatch(`shards ${first.run.shard} and ${other.run.shard} differ in ${what} (${valueOf(first)} / ${valueOf(other)}): they are not parts of one run`);
  }
}
