import type { ExpectedAnswer } from "../../../oracle/expected-answer.ts";
import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { bodyTextOf, headerValueOf } from "../recorded-text.ts";
import { recordingDifferences, unmodelledHeaders } from "../recording-differences.ts";
import type { RowAgreement } from "../row-agreement.ts";
import { rowRequest } from "../row-request.ts";
import { withoutParaphrases } from "./copy-row-differences.ts";
import { singlePartEtag } from "../../../oracle/entity-tags.ts";
import { decidePut, decideWriteConditions } from "../../../oracle/put/decide-put.ts";

/** Setups in which the key has no current object: never written, deleted, or behind a delete marker. */
const NO_OBJECT = [/^absent$/, /^deleted \(absent\)$/, /^existed, then DeleteObject/, /^current version is a delete marker/];
/** `exists, ETag "…"`, `exists, body "test", ETag "…"`: the recorded ETag. */
const WITH_ETAG = /^exists, (?:body "[^"]*", )?ETag ("[0-9a-f]{32}")$/;
/** `exists (body "test")`: the MD5 of that body. */
const WITH_BODY = /^exists \(body (".*")\)$/;
/** An existing object whose bytes are not recorded (`exists`, `exists: created by …`): any ETag will do, the rows test it with `*` or a foreign one. */
const STAND_IN = { etag: singlePartEtag(Buffer.from("recorded object")) };

/**
 * PutObject's answer to a conditional-write row: what the conditions decide, else the plain write.
 * A presigned URL signs the conditions as query parameters (put-inm-star-presigned-query), which S3
 * reads as it reads the headers: the replay hands them to the oracle as headers.
 */
export function oraclePutConditionAnswer(row: AwsObservedRow): ExpectedAnswer {
  const request = rowRequest(row);
  const conditions: Record<string, string> = {};
  for (const [name, value] of [...Object.entries(request.headers), ...Object.entries(request.query)]) {
    const lower = name.toLowerCase();
    if (lower !== "if-match" && lower !== "if-none-match") throw new Error(`${row.id}: ${name} is not a write condition`);
    conditions[lower] = value;
  }
  // A row that records no body sent none: its recorded ETag is the MD5 of nothing (put-im-match).
  const body = row.request.body === undefined || row.request.body === "empty" ? Buffer.alloc(0) : Buffer.from(bodyTextOf(row.request.body));
  return decideWriteConditions(currentObject(row), conditions, request.key) ?? decidePut(body);
}

function currentObject(row: AwsObservedRow): { etag: string } | undefined {
  const key = String(row.setup.key);
  if (NO_OBJECT.some((pattern) => pattern.test(key))) return undefined;
  const etag = WITH_ETAG.exec(key)?.[1];
  if (etag !== undefined) return { etag: headerValueOf(etag) };
  const body = WITH_BODY.exec(key)?.[1];
  if (body !== undefined) return { etag: singlePartEtag(Buffer.from(bodyTextOf(body))) };
  if (key === "exists" || key.startsWith("exists: ")) return STAND_IN;
  throw new Error(`${row.id}: key ${JSON.stringify(key)} is not understood`);
}

/** Replays one PutObject conditional-write row through the write-condition oracle. */
export function putConditionAgreement(row: AwsObservedRow): RowAgreement {
  try {
    const answer = oraclePutConditionAnswer(row);
    // The presigned rows recorded the status and code alone (their body is words): no element to compare.
    const { errorFields: _unrecorded, ...withoutFields } = answer;
    const compared = typeof row.expect.body === "string" ? withoutFields : answer;
    return {
      id: row.id,
      differences: recordingDifferences(withoutParaphrases(row.expect), compared, rowRequest(row)),
      unmodelled: unmodelledHeaders(row.expect, answer),
    };
  } catch (error) {
    return { id: row.id, differences: [`cannot replay: ${(error as Error).message}`], unmodelled: [] };
  }
}
