import { expect, test } from "vitest";
import { documented, type Rule } from "../../oracle/rules/rule.ts";
import { evaluateProfile, evaluateProfiles, selects } from "../../reports/profiles/evaluate-profile.ts";
import { loadProfiles } from "../../cli/load-profiles.ts";
import type { Profile } from "../../reports/profiles/profile-types.ts";
import { ETAG_FINDING, ORDER_FINDING, RANGE_FINDING, sampleFinding, sampleReport, sampleResult } from "./sample-results.ts";

const CORE: Profile = { id: "core", title: "Core", select: { protocols: ["s3"], excludeFeatures: ["sse-c", "sse-kms", "sse-s3"] } };
const ENCRYPTION: Profile = { id: "encryption", title: "Encryption", select: { features: ["sse-c", "sse-kms"] }, optionalFeatures: ["sse-c", "sse-kms"] };
const DOCUMENTED_SHOULD: Rule = { id: "read.headers.documented-hint", statement: "A documented recommendation", requirement: "SHOULD", provenance: documented("https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html") };

test("aws mode counts only findings of recorded or documented rules; strict counts RFC and inferred ones too", () => {
  const [core] = evaluateProfiles([CORE], sampleReport().cases);
  // The two 416 findings are aws-recorded; the If-Match one is RFC 9110 only, the 304 ETag one a SHOULD of RFC 9110.
  expect(core!.aws).toMatchObject({ verdict: "not conformant", findings: { MUST: 2, SHOULD: 0, MAY: 0 } });
  expect(core!.aws.blocking.map((blocker) => blocker.case)).toEqual(["s3.get-object.range.invalid-range", "s3.get-object.range.past-end"]);
  expect(core!.strict).toMatchObject({ verdict: "not conformant", findings: { MUST: 3, SHOULD: 1, MAY: 0 } });
  expect(core!.strict.blocking).toContainEqual({ kind: "finding", case: "s3.get-object.conditional.evaluation-order", signature: ORDER_FINDING.signature, rule: ORDER_FINDING.rule, source: ORDER_FINDING.source });
  expect(core!.cases).toMatchObject({ selected: 7, passed: 2, "non-strict": 1, failed: 3, errored: 1 });
  expect(core!.errored).toEqual(["s3.put-object.body.empty"]);
});

test("an RFC-only MUST finding blocks the strict mode alone", () => {
  const cases = [sampleResult({ id: "s3.get-object.conditional.order", status: "failed", findings: [ORDER_FINDING] }), sampleResult({ id: "s3.get-object.range.ok", status: "passed" })];
  const verdict = evaluateProfile(CORE, cases);
  expect(verdict.aws).toEqual({ verdict: "conformant", findings: { MUST: 0, SHOULD: 0, MAY: 0 }, blocking: [] });
  expect(verdict.strict.verdict).toBe("not conformant");
  expect(verdict.strict.blocking).toHaveLength(1);
});

test("SHOULD and MAY findings alone make a profile conformant non-strict, in the modes that count them", () => {
  const documentedShould = sampleFinding(DOCUMENTED_SHOULD, "header etag", "value", "absent");
  const cases = [
    sampleResult({ id: "s3.get-object.headers.hint", feature: "headers", status: "non-strict", findings: [documentedShould] }),
    sampleResult({ id: "s3.get-object.conditional.not-modified-etag", feature: "conditional", status: "non-strict", findings: [ETAG_FINDING] }),
  ];
  const verdict = evaluateProfile(CORE, cases);
  expect(verdict.aws).toMatchObject({ verdict: "conformant non-strict", findings: { SHOULD: 1 }, blocking: [] });
  expect(verdict.strict).toMatchObject({ verdict: "conformant non-strict", findings: { SHOULD: 2 }, blocking: [] });
  // The RFC SHOULD alone: nothing counted in aws mode.
  expect(evaluateProfile(CORE, [cases[1]!]).aws.verdict).toBe("conformant");
});

test("unsupported cases of optional features do not block and are listed as lacked; elsewhere they block", () => {
  const cases = [
    sampleResult({ id: "s3.put-object.sse-c.round-trip", operation: "PutObject", feature: "sse-c", status: "unsupported", message: "answers 501 NotImplemented" }),
    sampleResult({ id: "s3.put-object.sse-c.key-md5", operation: "PutObject", feature: "sse-c", status: "unsupported" }),
    sampleResult({ id: "s3.put-object.sse-kms.key-id", operation: "PutObject", feature: "sse-kms", status: "passed" }),
  ];
  const verdict = evaluateProfile(ENCRYPTION, cases);
  expect(verdict.aws.verdict).toBe("conformant");
  expect(verdict.strict.verdict).toBe("conformant");
  expect(verdict.lackedOptionalFeatures).toEqual([{ feature: "sse-c", unsupported: 2, cases: 2 }]);

  const allUnsupported = evaluateProfile(ENCRYPTION, cases.slice(0, 2));
  expect(allUnsupported.aws).toMatchObject({ verdict: "not tested", note: "all 2 of its cases were skipped or unsupported" });

  const required: Profile = { ...ENCRYPTION, optionalFeatures: ["sse-kms"] };
  const blocked = evaluateProfile(required, cases);
  expect(blocked.aws.verdict).toBe("not conformant");
  expect(blocked.aws.blocking).toEqual([
    { kind: "unsupported", case: "s3.put-object.sse-c.round-trip", feature: "sse-c", reason: "answers 501 NotImplemented" },
    { kind: "unsupported", case: "s3.put-object.sse-c.key-md5", feature: "sse-c", reason: "answered 501 NotImplemented" },
  ]);
});

test("errored cases leave a profile incomplete unless something blocks; no case at all is not tested", () => {
  const cases = [sampleResult({ id: "s3.get-object.range.a", status: "passed" }), sampleResult({ id: "s3.get-object.range.b", status: "errored", message: "ECONNRESET" })];
  expect(evaluateProfile(CORE, cases).aws).toMatchObject({ verdict: "incomplete", note: "1 of its 2 cases errored, e.g. s3.get-object.range.b" });
  const failing = [...cases, sampleResult({ id: "s3.get-object.range.c", status: "failed", findings: [RANGE_FINDING] })];
  expect(evaluateProfile(CORE, failing).aws.verdict).toBe("not conformant");
  expect(evaluateProfile(CORE, []).strict).toMatchObject({ verdict: "not tested", note: "no case of this profile ran" });
});

test("the shipped profiles select what they say", () => {
  const byId = new Map(loadProfiles().map((profile) => [profile.id, profile]));
  expect([...byId.keys()]).toEqual(expect.arrayContaining(["s3-core", "s3-encryption", "mediastore-data"]));
  const core = byId.get("s3-core")!;
  expect(selects(core, { protocol: "s3", operation: "UploadPartCopy", feature: "copy-source-range" })).toBe(true);
  expect(selects(core, { protocol: "s3", operation: "GetObject", feature: "sse-c" })).toBe(false);
  expect(selects(core, { protocol: "s3", operation: "AbortMultipartUpload", feature: "multipart" })).toBe(false);
  expect(selects(core, { protocol: "mediastore-data", operation: "PutObject", feature: "key" })).toBe(false);
  const encryption = byId.get("s3-encryption")!;
  expect(selects(encryption, { protocol: "s3", operation: "CopyObject", feature: "sse-kms" })).toBe(true);
  expect(encryption.optionalFeatures).toEqual(["sse-c", "sse-kms", "sse-s3"]);
  expect(selects(byId.get("mediastore-data")!, { protocol: "mediastore-data", operation: "ListItems", feature: "listing" })).toBe(true);
});
