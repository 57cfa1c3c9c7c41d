// Runs `s3-conformance` with the given arguments and prints its wall time and the peak resident
// memory of its whole process tree (the CLI, vitest's workers, s3rver), sampled every 50 ms.
// Usage: node benchmarks/peak-rss.ts run --filter mediastore-data   (node must be on PATH)
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../cli/bin.js", import.meta.url));
const started = Date.now();
// Started through its shebang, as `npx s3-conformance` starts it.
const child = spawn(bin, process.argv.slice(2), { stdio: ["ignore", "ignore", "inherit"] });

function treeRssKiB(root: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      parents.set(Number(name), Number(/PPid:\s+(\d+)/.exec(status)?.[1]));
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (pid: number): boolean => pid === root || (pid > 1 && parents.has(pid) && inTree(parents.get(pid) ?? 0));
  let total = 0;
  for (const [pid, kib] of rss) if (inTree(pid)) total += kib;
  return total;
}

let peak = 0;
const timer = setInterval(() => {
  if (child.pid) peak = Math.max(peak, treeRssKiB(child.pid));
}, 50);
child.on("exit", (code) => {
  clearInterval(timer);
  console.log(`exit ${code}, ${((Date.now() - started) / 1000).toFixed(1)} s, peak tree RSS ${(peak / 1024).toFixed(0)} MiB`);
});
