import { afterAll, beforeAll, expect, test } from "vitest";
import { PROXY_CREDENTIALS, type VariantRuns } from "./proxy-runs.ts";
import { runCli, verdictById } from "./run-cli.ts";
import { shellWords } from "./shell-words.ts";

/** A deviant target's faults and the case ids they must change, the first being a property whose replay is tried. */
export interface Deviant<Faults> {
  faults: Faults;
  caught: string[];
}

export interface DeviantCasesOptions<Faults> {
  /** The targets, one per variant: `baseline` (no faults) and one per deviant. */
  runs: VariantRuns<Faults>;
  deviants: Record<string, Deviant<Faults>>;
  /** CLI arguments of every run besides the endpoint (filters, capabilities); seed and runs are added. */
  args: string[];
  seed: number;
  numRuns: number;
  /** What the baseline run must have passed, at least. */
  minimumCases: number;
}

/** Replays start a run each: two at a time is what the machine has cores for. */
const replaySlots = slots(2);

/**
 * Registers the tests showing each deviant is caught: the baseline passes every selected case with no
 * finding, and each deviant changes the verdict (outcome and findings) of exactly its listed cases; the
 * first fails with a MUST finding that has a shrunk counterexample, and that finding's replay command,
 * run again, shows exactly that finding again.
 */
export function deviantCases<Faults>(options: DeviantCasesOptions<Faults>, baseline: Faults): void {
  const { runs, deviants, seed } = options;

  beforeAll(async () => {
    const variants = { baseline, ...Object.fromEntries(Object.entries(deviants).map(([name, deviant]) => [name, deviant.faults])) };
    await runs.start(variants, [...options.args, "--seed", String(seed), "--num-runs", String(options.numRuns)], 2);
  }, 600_000);

  afterAll(() => runs.stop());

  test("the baseline passes every selected case", () => {
    const report = runs.runs.get("baseline")?.report;
    expect(report?.cases.filter((entry) => entry.status !== "passed").map((entry) => `${entry.id}: ${entry.message ?? entry.findings.map((finding) => finding.example).join("; ")}`)).toEqual([]);
    expect(report?.summary.total).toBeGreaterThanOrEqual(options.minimumCases);
  });

  for (const [name, deviant] of Object.entries(deviants)) {
    test.concurrent(`${name}: the matching cases get findings, the property's with a shrunk counterexample whose replay shows it again`, async () => {
      const before = verdictById(runs.runs.get("baseline")?.report);
      const report = runs.runs.get(name)?.report;
      const observed = verdictById(report);
      const changed = [...before.keys()].filter((id) => observed.get(id) !== before.get(id)).sort();
      expect(changed).toEqual([...deviant.caught].sort());

      const primary = report?.cases.find((entry) => entry.id === deviant.caught[0]);
      expect(primary?.status).toBe("failed");
      const finding = primary?.findings.find((each) => each.requirement === "MUST");
      expect(finding?.counterexample).toBeDefined();
      expect(finding?.seed).toBe(seed);
      expect(finding?.shrinks).toBeGreaterThanOrEqual(0);
      const replay = shellWords(finding?.replay ?? "");
      expect(replay.slice(0, 2)).toEqual(["s3-conformance", "run"]);
      expect(replay).toContain(runs.endpoints.get(name));
      // The replay names the target's capabilities too, or SSE cases would be skipped instead of failing.
      for (const flag of options.args.filter((arg) => arg === "--sse-c-over-http" || arg === "--kms-key-id")) expect(replay).toContain(flag);

      const again = await replaySlots(() => runCli([...replay.slice(1), "--out", "{out}"], PROXY_CREDENTIALS));
      expect(again.report?.cases.map((entry) => [entry.id, entry.status, entry.findings.map((each) => each.signature)])).toEqual([[primary?.id, "failed", [finding?.signature]]]);
    });
  }
}

/** Runs the given tasks at most `count` at a time. */
function slots(count: number): <T>(task: () => Promise<T>) => Promise<T> {
  let free = count;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (free === 0) await new Promise<void>((resolve) => waiting.push(resolve));
    else free -= 1;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}
