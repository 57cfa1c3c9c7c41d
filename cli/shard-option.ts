import { UsageError } from "./usage-error.ts";

/** One part of a run split across machines: vitest's `--shard index/count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `--shard i/n` (1 ≤ i ≤ n); anything else is a usage error naming the form. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count || count > 1000) {
    throw new UsageError(`--shard ${text}: expected i/n with 1 <= i <= n, e.g. 1/4`);
  }
  return { index, count };
}

export function shardText(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}

/** Where a shard's vitest blob goes inside its report folder; `merge` reads it from there. */
export const SHARD_BLOB_FOLDER = "vitest-blob";
