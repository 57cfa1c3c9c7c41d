import { afterAll, beforeAll, expect, test } from "vitest";
import type { Faults } from "../support/fault-proxy.ts";
import { ProxyRuns } from "../support/proxy-runs.ts";
import { statusById, verdictById } from "../support/run-cli.ts";

// The baseline checks Content-MD5 in the proxy, because s3rver does not: then each fault below
// is the only difference between two runs with the same seed.
const BASELINE: Faults = { checkContentMd5: true };

const DEVIANTS: Record<string, { faults: Faults; caught: string[] }> = {
  "Content-MD5 not checked": {
    faults: {},
    caught: [
      "s3.put-object.content-md5.bad-digest-error-fields",
      "s3.put-object.content-md5.invalid-digest-echo",
      "s3.put-object.content-md5.malformed-invalid-digest",
      "s3.put-object.content-md5.mismatch-bad-digest",
    ],
  },
  "ETags without quotes": {
    faults: { ...BASELINE, unquotedEtag: true },
    caught: [
      "s3.get-object.headers.default-content-type",
      "s3.get-object.headers.stored-object",
      "s3.head-object.headers.same-as-get",
      "s3.put-object.body.round-trip",
      "s3.put-object.body.sixteen-mib",
      "s3.put-object.conditional-write.if-match-and-if-none-match",
      "s3.put-object.content-md5.matching-digest-stored",
      "s3.put-object.etag.quoted-md5",
      "s3.put-object.key.max-length-1024-bytes",
      "s3.put-object.key.slashes-and-dot-segments",
      "s3.put-object.key.unicode-round-trip",
      "s3.put-object.metadata.round-trip",
      "s3.put-object.sse-s3.default-echoed",
      "s3.put-object.sse-s3.requested-echoed",
      "s3.put-object.website-redirect.stored",
    ],
  },
  "x-amz-meta-* headers lost": {
    faults: { ...BASELINE, dropUserMetadata: true },
    caught: ["s3.create-multipart-upload.headers.reach-completed-object", "s3.get-object.headers.stored-object", "s3.head-object.headers.same-as-get", "s3.put-object.metadata.round-trip"],
  },
};

/** The object cases of the walking skeleton; the read families have their own deviant test. */
const FILTER = ["--filter", "s3.put-object", "--filter", "s3.*.headers.*", "--filter", "s3.*.not-found.*"];
const runs = new ProxyRuns();

beforeAll(async () => {
  const variants = { baseline: BASELINE, ...Object.fromEntries(Object.entries(DEVIANTS).map(([name, deviant]) => [name, deviant.faults])) };
  await runs.start(variants, [...FILTER, "--seed", "20261121", "--num-runs", "25"]);
}, 300_000);

afterAll(() => runs.stop());

test("the baseline proxy passes every case s3rver passes, and the Content-MD5 cases", () => {
  const baseline = statusById(runs.runs.get("baseline")?.report);
  expect(baseline.size).toBeGreaterThan(20);
  for (const id of DEVIANTS["Content-MD5 not checked"]?.caught ?? []) expect(baseline.get(id), id).toBe("passed");
});

for (const [name, deviant] of Object.entries(DEVIANTS)) {
  test(`${name}: exactly the matching cases get a new finding (also those s3rver already fails), the others keep their verdict`, () => {
    const baseline = verdictById(runs.runs.get("baseline")?.report);
    const observed = verdictById(runs.runs.get(name)?.report);
    const changed = [...baseline.keys()].filter((id) => observed.get(id) !== baseline.get(id)).sort();
    expect(changed).toEqual(deviant.caught);
    for (const id of deviant.caught) expect(statusById(runs.runs.get(name)?.report).get(id), id).toBe("failed");
    expect(runs.runs.get(name)?.exitCode).toBe(1);
  });
}
