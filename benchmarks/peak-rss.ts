// Runs `s3-conformance` with the given arguments and prints its wall time, the requests it sent (from
// its report), its findings, and the peak resident memory of its whole process tree (the CLI,
// vitest's workers, s3rver, a started Ceph), sampled every 50 ms.
// Usage: node benchmarks/peak-rss.ts run --filter mediastore-data   (node must be on PATH)
//        node benchmarks/peak-rss.ts run --target ceph-rgw --seed 1   (the full-budget Ceph figure)
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
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
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`exit ${code}, ${seconds} s, ${reportFigures()}, peak tree RSS ${(peak / 1024).toFixed(0)} MiB`);
});

/** Requests, cases and findings from the run's report.json (in --out, else conformance-report/). */
function reportFigures(): string {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf("--out");
  const path = join(resolve(outIndex >= 0 ? (args[outIndex + 1] ?? "") : "conformance-report"), "report.json");
  if (!existsSync(path)) return "no report";
  const { summary } = JSON.parse(readFileSync(path, "utf8")) as { summary: { requests: number; total: number; findings: Record<string, number> } };
  const findings = Object.entries(summary.findings).map(([requirement, count]) => `${count} ${requirement}`).join(", ");
  return `${summary.requests} requests, ${summary.total} cases, findings ${findings}`;
}
