import { singlePartEtag } from "../entity-tags.ts";
import type { ExpectedAnswer, HeaderRule } from "../expected-answer.ts";
import type { ReadRuleId } from "../rules/read-rules.ts";
import type { ObjectState } from "../stored-object.ts";
import { evaluateIfRange } from "./if-range.ts";
import { fieldRulesBesides, objectFieldRules, objectHeaderRules } from "./object-headers.ts";
import { resolvePartNumber } from "./part-numbers.ts";
import { evaluateReadPreconditions, type ConditionTarget } from "./preconditions.ts";
import { resolveRange } from "./ranges.ts";
import type { ReadRequest } from "./read-request.ts";
import { resolveOverrides } from "./response-overrides.ts";
import { resolveVersionId } from "./versions.ts";

export { decideNoSuchBucket, decideNoSuchKey } from "./not-found.ts";
export { decideDeleteMarkerRead, type DeleteMarker } from "./versions.ts";
export type { ConditionTarget } from "./preconditions.ts";
export type { ReadRequest } from "./read-request.ts";

/**
 * A stored object as the read oracle sees it: what was written, its ETag and date, and how it was
 * uploaded. It lives in a bucket that was never versioned.
 */
export type ReadableObject = ObjectState &
  ConditionTarget & {
    /** The sizes of a completed multipart upload's parts, in order; absent for a single-part object. */
    partSizes?: number[];
  };

/** HeadObject's rule where only GetObject's answer was recorded: HEAD answers as GET without a body (HeadObject documentation). */
const HEAD_RULES: Partial<Record<ReadRuleId, ReadRuleId>> = {
  "read.range.partial": "read.head.range-satisfiable",
  "read.range.suffix": "read.head.range-satisfiable",
  "read.range.end-clamped": "read.head.range-satisfiable",
  "read.range.suffix-clamped": "read.head.range-satisfiable",
  "read.range.start-beyond-end": "read.head.range-unsatisfiable",
  "read.range.suffix-zero": "read.head.range-unsatisfiable",
  "read.range.empty-object": "read.head.range-unsatisfiable",
  "read.range.reversed": "read.head.range-ignored",
  "read.range.multiple": "read.head.range-ignored",
  "read.range.malformed": "read.head.range-ignored",
  "read.part-number.single-part-object": "read.head.part-number-single-part-object",
  "read.part-number.beyond-count": "read.head.part-number-beyond-count",
  "read.part-number.with-range": "read.head.part-number-with-range",
  "read.response-overrides.applied": "read.head.response-overrides",
};

/**
 * The documented answer to a GetObject or HeadObject of an existing object, naming the rule that
 * decides it and, per field, the rules that decide the rest. Order: versionId first, as it picks the
 * object the rest is about; then preconditions (412, then 304) before everything else (RFC 9110
 * 13.2.2); partNumber with Range is 400 InvalidRequest; then partNumber, then Range; response
 * overrides apply to whatever is served. If-Range comes after the other preconditions and decides
 * whether the Range is looked at at all (RFC 9110 13.2.2). A served answer's status is named by the
 * precondition rule that let it through when one did by a reading of its own, else by the If-Range
 * rule that decided the Range, else by the rule that chose its bytes. Where RFC 9110 leaves the server
 * a choice (a Range it may ignore or refuse, an If-Range date it may take as strong), the other
 * allowed answers are in `otherwise`, and `expectAnswer` compares with the closest.
 */
export function decideRead(object: ReadableObject, request: ReadRequest, now: number): ExpectedAnswer {
  const isHead = request.method === "HEAD";
  const ruleFor = (rule: ReadRuleId): ReadRuleId => (isHead ? (HEAD_RULES[rule] ?? rule) : rule);
  const refused = (rule: ReadRuleId, status: number, code: string, errorFields?: Record<string, string>): ExpectedAnswer => {
    if (isHead) return { rule: ruleFor(rule), status, body: Buffer.alloc(0) };
    return errorFields === undefined ? { rule, status, code } : { rule, status, code, errorFields };
  };
  const size = object.body.length;
  const partNumber = request.query.partNumber;
  const range = request.headers.range;
  const ifRange = evaluateIfRange(object, request.headers["if-range"], range !== undefined, now);
  /** The Range as If-Range leaves it: a Range If-Range makes the server ignore is no Range. */
  const rangeLooked = ifRange?.range === "ignore" ? undefined : range;

  const version = resolveVersionId(request.query.versionId);
  if (version.result === "invalid") {
    if (isHead) throw new Error("undecided: HeadObject with a versionId in a bucket never versioned is not recorded");
    return refused(version.rule, 400, "InvalidArgument", { ArgumentName: "versionId", ArgumentValue: version.argumentValue });
  }

  const preconditions = evaluateReadPreconditions(object, request.headers, now);
  // With a Range that could be unsatisfiable, only the order of RFC 9110 13.2.2 says the precondition's answer wins.
  const beforeRange = (rule: ReadRuleId): ReadRuleId => (partNumber === undefined && rangeMayBeRefused(rangeLooked, size) ? "read.precondition.before-range" : rule);
  if (preconditions.result === "precondition-failed") {
    return refused(beforeRange(preconditions.rule), 412, "PreconditionFailed", { Condition: preconditions.condition });
  }
  if (preconditions.result === "not-modified") {
    const rule = beforeRange(preconditions.rule);
    return { rule, fieldRules: { etag: "read.not-modified.etag" }, status: 304, headers: { etag: object.etag }, body: Buffer.alloc(0) };
  }

  const overrides = resolveOverrides(request.query);
  if (overrides.result === "invalid") {
    if (isHead) throw new Error("undecided: HeadObject with a response-* value outside ISO-8859-1 is not recorded");
    return refused("read.response-overrides.non-latin1", 400, "InvalidArgument", { ArgumentName: overrides.argumentName, ArgumentValue: overrides.argumentValue });
  }

  if (partNumber !== undefined && range !== undefined) return refused("read.part-number.with-range", 400, "InvalidRequest");

  const headers: Record<string, HeaderRule> = { ...objectHeaderRules(object), etag: object.etag, ...overrides.headers };
  const headerRules: Record<string, string> = { ...objectFieldRules(object) };
  for (const name of Object.keys(overrides.headers)) headerRules[name] = ruleFor("read.response-overrides.applied");
  /** The bytes first..last under `spanRule`, which also decides the extra headers. */
  const served = (status: number | number[], first: number, last: number, spanRule: ReadRuleId, extra: Record<string, HeaderRule>): ExpectedAnswer => {
    const rule = preconditions.rule ?? ifRange?.rule ?? spanRule;
    // A HEAD may answer 200 to a satisfiable Range: only its Content-Length shows whether If-Range let the Range apply.
    const lengthRule = isHead && ifRange?.range === "apply" ? ifRange.rule : spanRule;
    const fieldRules: Record<string, string> = { ...headerRules, "content-length": lengthRule, body: spanRule };
    for (const name of Object.keys(extra)) fieldRules[name] = lengthRule;
    return {
      rule,
      fieldRules: fieldRulesBesides(rule, fieldRules),
      status,
      headers: { ...headers, "content-length": String(last - first + 1), ...extra },
      body: isHead ? Buffer.alloc(0) : object.body.subarray(first, last + 1),
    };
  };

  if (partNumber !== undefined) {
    const part = resolvePartNumber(partNumber, size, object.partSizes);
    if (part.kind === "no-part") return refused(part.rule, 416, "InvalidPartNumber", { PartNumberRequested: partNumber, ActualPartCount: String(part.count) });
    // Only a multipart upload's parts carry the count (get-partnumber-2 and get-partnumber-1-non-multipart).
    const partsCount = object.partSizes === undefined ? null : String(part.count);
    return served(206, part.first, part.last, ruleFor(part.rule), { "content-range": `bytes ${part.first}-${part.last}/${size}`, "x-amz-mp-parts-count": partsCount });
  }

  const whole = (rule: ReadRuleId): ExpectedAnswer => served(200, 0, size - 1, ruleFor(rule), { "content-range": null });
  if (ifRange?.range === "ignore") return whole(ifRange.rule);
  const ranged = rangedAnswer(rangeLooked);
  if (ifRange?.range !== "either") return ranged;
  // Taken as a strong validator the date lets the Range apply, taken as weak it does not.
  return { ...ranged, otherwise: [...(ranged.otherwise ?? []), whole(ifRange.rule)] };

  /** The answer to the Range as it is looked at, and any other the specification allows; an If-Range that let it be looked at names a refusal. */
  function rangedAnswer(header: string | undefined): ExpectedAnswer {
    const outcome = resolveRange(header, size);
    switch (outcome.kind) {
      case "whole":
        return whole(outcome.rule ?? "read.object.whole");
      case "ignored-or-refused":
        return { ...whole(outcome.rule), otherwise: [isHead ? { rule: ifRange?.rule ?? outcome.rule, status: 416, body: Buffer.alloc(0) } : { rule: ifRange?.rule ?? outcome.rule, status: 416 }] };
      case "unsatisfiable": {
        const refusal = refused(ifRange?.rule ?? outcome.rule, 416, "InvalidRange", { RangeRequested: header ?? "", ActualObjectSize: String(size) });
        if (isHead) return refusal;
        const fieldRules = { "error:Code": "read.range.invalid-range-error", "error:RangeRequested": "read.range.invalid-range-error", "error:ActualObjectSize": "read.range.invalid-range-error" };
        return { ...refusal, fieldRules };
      }
      case "partial": {
        const contentRange = `bytes ${outcome.first}-${outcome.last}/${size}`;
        // HeadObject's documentation says only Content-Length changes for a satisfiable range; the status is not stated.
        if (isHead) return served([200, 206], outcome.first, outcome.last, ruleFor(outcome.rule), { "content-range": { absentOr: contentRange } });
        return served(206, outcome.first, outcome.last, outcome.rule, { "content-range": contentRange });
      }
    }
  }
}

/** Whether the Range alone could make the read fail (416), or its outcome is not decided: then the order of evaluation decides. */
function rangeMayBeRefused(range: string | undefined, size: number): boolean {
  if (range === undefined) return false;
  try {
    return resolveRange(range, size).kind === "unsatisfiable";
  } catch {
    return true;
  }
}

/**
 * A GetObject or HeadObject, without conditions, of an object as it was written, when the ETag the
 * store gave it is not otherwise known: 200 with the body (HEAD: none), its length and MD5 ETag,
 * Accept-Ranges, an HTTP-date Last-Modified, every stored header and `x-amz-meta-*` as written, and
 * no stored header that was not written (S3 invents none but Content-Type).
 */
export function decideReadBack(object: ObjectState, method: "GET" | "HEAD"): ExpectedAnswer {
  const rule: ReadRuleId = "read.object.whole";
  return {
    rule,
    fieldRules: fieldRulesBesides(rule, objectFieldRules(object)),
    status: 200,
    headers: { ...objectHeaderRules(object), etag: singlePartEtag(object.body) },
    body: method === "HEAD" ? Buffer.alloc(0) : object.body,
  };
}
