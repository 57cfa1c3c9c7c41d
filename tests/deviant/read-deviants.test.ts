import { afterAll, beforeAll, expect, test } from "vitest";
import type { ReadFaults } from "../support/reference-reads.ts";
import { PROXY_CREDENTIALS, ProxyRuns } from "../support/proxy-runs.ts";
import { runCli, statusById } from "../support/run-cli.ts";
import { shellWords } from "../support/shell-words.ts";

const GET_HEAD = (family: string, ...behaviours: string[]) => ["get-object", "head-object"].flatMap((operation) => behaviours.map((behaviour) => `s3.${operation}.${family}.${behaviour}`));

/**
 * Each read fault, put on top of an independent reference implementation of the read rules, and the
 * cases it must fail (the first is the property whose replay is tried). Every other case keeps its outcome.
 */
const DEVIANTS: Record<string, { faults: ReadFaults; caught: string[] }> = {
  "If-Match ignored": { faults: { ignoreIfMatch: true }, caught: GET_HEAD("conditional", "if-match", "combinations", "with-range") },
  "If-Unmodified-Since ignored": { faults: { ignoreIfUnmodifiedSince: true }, caught: GET_HEAD("conditional", "if-unmodified-since", "combinations", "with-range") },
  "If-None-Match answered 200": {
    faults: { ifNoneMatchAnswered200: true },
    caught: [...GET_HEAD("conditional", "if-none-match", "combinations", "with-range"), "s3.get-object.conditional.not-modified-etag"],
  },
  "304 answered with 200": {
    faults: { notModifiedAs200: true },
    caught: [...GET_HEAD("conditional", "if-modified-since", "if-none-match", "combinations", "with-range"), "s3.get-object.conditional.not-modified-etag"],
  },
  "suffix range served from the start": { faults: { suffixRangeFromStart: true }, caught: [...GET_HEAD("range", "satisfiable"), ...GET_HEAD("conditional", "with-range")] },
  "last byte of a range dropped": {
    faults: { dropLastRangeByte: true },
    caught: [...GET_HEAD("range", "satisfiable"), "s3.get-object.range.clamped-edges", ...GET_HEAD("part-number", "single-part-object"), ...GET_HEAD("conditional", "with-range")],
  },
  "416 answered with 200": { faults: { unsatisfiableAs200: true }, caught: [...GET_HEAD("range", "unsatisfiable"), ...GET_HEAD("conditional", "with-range")] },
  "Content-Range with a wrong total": {
    faults: { contentRangeWrongTotal: true },
    caught: [...GET_HEAD("range", "satisfiable"), "s3.get-object.range.clamped-edges", ...GET_HEAD("part-number", "single-part-object"), ...GET_HEAD("conditional", "with-range")],
  },
};

const runs = new ProxyRuns();

beforeAll(async () => {
  const variants = {
    baseline: { referenceReads: {} },
    ...Object.fromEntries(Object.entries(DEVIANTS).map(([name, deviant]) => [name, { referenceReads: deviant.faults }])),
  };
  await runs.start(variants, ["--filter", "s3.get-object", "--filter", "s3.head-object", "--seed", "31337", "--num-runs", "40"]);
}, 600_000);

afterAll(() => runs.stop());

test("the reference implementation passes every GetObject and HeadObject case", () => {
  const baseline = runs.runs.get("baseline")?.report;
  expect(baseline?.cases.filter((entry) => entry.status !== "passed").map((entry) => `${entry.id}: ${entry.message}`)).toEqual([]);
  expect(baseline?.summary.total).toBeGreaterThan(30);
});

for (const [name, deviant] of Object.entries(DEVIANTS)) {
  test.concurrent(`${name}: the matching properties fail with a shrunk counterexample, and the replay reproduces it`, async () => {
    const baseline = statusById(runs.runs.get("baseline")?.report);
    const report = runs.runs.get(name)?.report;
    const observed = statusById(report);
    const changed = [...baseline.keys()].filter((id) => observed.get(id) !== baseline.get(id)).sort();
    expect(changed).toEqual([...deviant.caught].sort());

    const primary = report?.cases.find((entry) => entry.id === deviant.caught[0]);
    expect(primary?.status).toBe("failed");
    expect(primary?.counterexample).toBeDefined();
    expect(primary?.seed).toBe(31337);
    expect(primary?.message).toMatch(/after \d+ shrinks/);
    const replay = shellWords(primary?.replay ?? "");
    expect(replay.slice(0, 2)).toEqual(["s3-conformance", "run"]);
    expect(replay).toContain(runs.endpoints.get(name));

    const again = await runCli([...replay.slice(1), "--out", "{out}"], PROXY_CREDENTIALS);
    expect(again.report?.cases.map((entry) => [entry.id, entry.status])).toEqual([[primary?.id, "failed"]]);
  });
}
