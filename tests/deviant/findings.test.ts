import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { PROXY_CREDENTIALS } from "../support/proxy-runs.ts";
import { ReferenceStore } from "../support/reference-store/reference-store.ts";
import type { StoreFaults } from "../support/reference-store/store-faults.ts";
import { runCli, signaturesById, type CliRun } from "../support/run-cli.ts";
import { shellWords } from "../support/shell-words.ts";

/**
 * Findings, not first failures: on the reference store with read faults, a property with two
 * independent deviations reports both, each shrunk and replayable on its own; a second deviation in a
 * case that already fails is a new finding; and the signatures do not depend on the seed.
 */
const CASE = "s3.get-object.conditional.combinations";
const ARGS = ["--filter", CASE, "--num-runs", "30"];
const ONE: StoreFaults = { reads: { ignoreIfMatch: true } };
const TWO: StoreFaults = { reads: { ignoreIfMatch: true, notModifiedAs200: true } };
const SEEDS = [1, 2, 3];

const stores: ReferenceStore[] = [];
const endpoints = new Map<string, string>();
const runs = new Map<string, CliRun>();
let expectationsFile = "";

async function endpointFor(faults: StoreFaults): Promise<string> {
  const store = new ReferenceStore({ faults });
  stores.push(store);
  return store.start();
}

beforeAll(async () => {
  endpoints.set("one", await endpointFor(ONE));
  endpoints.set("two", await endpointFor(TWO));
  // The expectations of the store with one deviation, as `--update-expectations` writes them.
  expectationsFile = join(inject("selfTmp"), "one-deviation-expectations.json");
  writeFileSync(expectationsFile, `${JSON.stringify({ target: "endpoint", cases: {} })}\n`);
  runs.set("one", await runCli(["run", "--endpoint", endpoints.get("one")!, ...ARGS, "--seed", "1", "--expectations", expectationsFile, "--update-expectations", "--out", "{out}"], PROXY_CREDENTIALS));
  await Promise.all(
    SEEDS.map(async (seed) => {
      runs.set(`two/${seed}`, await runCli(["run", "--endpoint", endpoints.get("two")!, ...ARGS, "--seed", String(seed), "--expectations", expectationsFile, "--out", "{out}"], PROXY_CREDENTIALS));
    }),
  );
}, 300_000);

afterAll(() => Promise.all(stores.map((store) => store.stop())));

test("a store that already fails a case, given a second independent deviation in it, gets a new finding and the run is unexpected", () => {
  const one = runs.get("one")!;
  expect(one.exitCode, one.stdout).toBe(0);
  const before = one.report?.cases.find((entry) => entry.id === CASE);
  expect(before?.status).toBe("failed");

  const two = runs.get("two/1")!;
  expect(two.exitCode).toBe(1);
  const after = two.report?.cases.find((entry) => entry.id === CASE);
  expect(after?.status).toBe("failed");
  expect(after?.asExpected).toBe(false);
  const known = new Set(before?.findings.map((finding) => finding.signature));
  const fresh = after?.findings.filter((finding) => !finding.known) ?? [];
  expect(fresh.length).toBeGreaterThan(0);
  for (const finding of fresh) expect(known.has(finding.signature)).toBe(false);
  expect(two.stdout).toContain(`new finding [MUST] ${fresh[0]?.signature}`);
});

test("two deviations in one property give two findings, each with its own shrunk counterexample whose replay shows exactly it", async () => {
  const entry = runs.get("two/1")?.report?.cases.find((each) => each.id === CASE);
  const must = entry?.findings.filter((finding) => finding.requirement === "MUST") ?? [];
  expect(new Set(must.map((finding) => finding.rule)).size).toBeGreaterThanOrEqual(2);
  for (const finding of must) {
    expect(finding.counterexample, finding.signature).toBeDefined();
    expect(finding.reproduced).toBe(true);
    const replay = shellWords(finding.replay ?? "");
    expect(replay).toContain("--finding");
    const again = await runCli([...replay.slice(1), "--out", "{out}"], PROXY_CREDENTIALS);
    expect(again.report?.cases.map((each) => [each.id, each.findings.map((found) => found.signature)])).toEqual([[CASE, [finding.signature]]]);
  }
});

test("the same deviant store gives the same signature set under three seeds", () => {
  const sets = SEEDS.map((seed) => signaturesById(runs.get(`two/${seed}`)?.report));
  expect(Object.keys(sets[0]!)).toEqual([CASE]);
  expect(sets[1]).toEqual(sets[0]);
  expect(sets[2]).toEqual(sets[0]);
});
