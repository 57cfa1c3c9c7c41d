import { afterAll, beforeAll, expect, test } from "vitest";
import { MediaStoreEmulator, type EmulatorFaults } from "../../fixtures/mediastore/emulator.ts";
import { MIB } from "../../oracle/mediastore/limits.ts";
import { runCli, statusById, verdictById, type CliRun } from "../support/run-cli.ts";

/** The embedded target signs MediaStore requests with s3rver's credentials; the emulators take those. */
const CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
const PUT_ANSWER_CASES = [
  "mediastore-data.put-object.headers.round-trip",
  "mediastore-data.put-object.key.max-folder-depth",
  "mediastore-data.put-object.key.max-path-length",
  "mediastore-data.put-object.size-limits.standard-at-limit",
  "mediastore-data.put-object.size-limits.streaming-at-limit",
  "mediastore-data.put-object.storage-class.temporal",
  "mediastore-data.put-object.streaming.chunked-round-trip",
];

const DEVIANTS: Record<string, { faults: EmulatorFaults; caught: string[] }> = {
  "a 26 MB standard upload accepted": { faults: { standardLimit: 26 * MIB }, caught: ["mediastore-data.put-object.size-limits.standard-over-limit"] },
  "an 11 MB streaming upload accepted": { faults: { streamingLimit: 11 * MIB }, caught: ["mediastore-data.put-object.size-limits.streaming-over-limit"] },
  "a wrong ContentSHA256": { faults: { wrongContentSha256: true }, caught: PUT_ANSWER_CASES },
  "StorageClass missing": { faults: { omitStorageClass: true }, caught: PUT_ANSWER_CASES },
  "folders not listed": { faults: { hideFolders: true }, caught: ["mediastore-data.list-items.listing.folders-and-objects"] },
};

const emulators: MediaStoreEmulator[] = [];
const runs = new Map<string, CliRun>();

beforeAll(async () => {
  const variants = Object.entries({ baseline: {}, ...Object.fromEntries(Object.entries(DEVIANTS).map(([name, deviant]) => [name, deviant.faults])) });
  for (const [name, faults] of variants) {
    const emulator = new MediaStoreEmulator({ credentials: CREDENTIALS, containers: ["deviant"], faults });
    emulators.push(emulator);
    const port = await emulator.start();
    runs.set(name, await runCli(["run", "--filter", "mediastore-data", "--mediastore-endpoint", `http://deviant.localhost:${port}`, "--seed", "4242", "--num-runs", "20", "--out", "{out}"]));
  }
}, 300_000);

afterAll(() => Promise.all(emulators.map((emulator) => emulator.stop())));

test("the emulator without faults passes every MediaStore Data case", () => {
  const baseline = runs.get("baseline")?.report;
  // ContainerNotFound needs a missing-container endpoint, which a given endpoint does not declare.
  expect(baseline?.cases.filter((entry) => entry.status !== "passed").map((entry) => `${entry.id}: ${entry.status}`)).toEqual([
    "mediastore-data.list-items.not-found.container-not-found: skipped",
  ]);
  expect(baseline?.summary.total).toBeGreaterThan(15);
});

for (const [name, deviant] of Object.entries(DEVIANTS)) {
  test(`${name}: exactly the matching cases fail`, () => {
    const baseline = verdictById(runs.get("baseline")?.report);
    const observed = verdictById(runs.get(name)?.report);
    const changed = [...baseline.keys()].filter((id) => observed.get(id) !== baseline.get(id)).sort();
    expect(changed).toEqual([...deviant.caught].sort());
    for (const id of deviant.caught) expect(statusById(runs.get(name)?.report).get(id), id).toBe("failed");
  });
}
