import { evaluateWriteConditions, unimplementedWriteConditionAnswer, writeConditionRefusal } from "../put/write-conditions.ts";
import { copyEncryption, encryptionFieldRules, encryptionHeaderRules, writtenEtag, writtenEtagRule, type ServerSideEncryption } from "./copy-encryption.ts";
import { inPlaceCopyChangesSomething } from "./in-place.ts";
import { copiedMetadata } from "./metadata.ts";
import { copySourceConditionRefusal } from "./source-conditions.ts";
import { isAclHeader, isModelledCopyHeader, type CopyRequest } from "./copy-request.ts";
import { parseCopySource, type CopySourceState } from "./copy-source.ts";
import { copiedStorageClass } from "./storage-class.ts";
import { XML_TIMESTAMP, type ExpectedAnswer, type HeaderRule } from "../expected-answer.ts";
import type { CopyRuleId } from "../rules/copy-rules.ts";
import type { ObjectState } from "../stored-object.ts";

export type { CopyRequest } from "./copy-request.ts";
export type { CopySourceObject, CopySourceState } from "./copy-source.ts";
export { decideCopyReadBack } from "./read-back.ts";
export { storageClassHeader } from "./storage-class.ts";

/** The bucket copied within; the recorded copies never crossed buckets, so source and destination share it. */
export interface CopyBucket {
  versioning: "never" | "enabled";
  /** `explicit` after PutBucketEncryption (SSE-S3); `implicit` is the SSE-S3 every bucket has anyway. */
  defaultEncryption: "implicit" | "explicit";
  /** Whether the bucket takes ACLs; S3 turns them off on new buckets. */
  acls: "enabled" | "disabled";
}

/** Everything besides the request that decides a copy's answer. */
export interface CopyWorld {
  source: CopySourceState;
  /** The destination key's current version, unless it is the source's key; a delete marker is absent. */
  destination: "absent" | { etag: string };
  bucket: CopyBucket;
  /** The request's time in epoch seconds. */
  now: number;
}

/** What the destination holds after a successful copy. */
export type CopiedObject = ObjectState & { storageClass: string; encryption: ServerSideEncryption };

export interface CopyOutcome {
  answer: ExpectedAnswer;
  /** Present when the copy succeeded. */
  stored?: CopiedObject;
}

/**
 * The documented answer to a CopyObject, and what the destination then holds. Order: the request's
 * own syntax (x-amz-copy-source, then write-condition values S3 does not implement), the source
 * (bucket, key), the copy-source conditions, the destination's conditions, the in-place rule. The
 * recordings fix only the last two: a failed If-None-Match is 412 where the in-place copy would be 400
 * (copy-dest-inm-star-in-place), and a matching If-Match makes that copy legal
 * (copy-in-place-if-match-only). No row combines the others, so syntax goes before state and the
 * source, which the copy reads first, before the destination, which it writes last.
 */
export function decideCopy(world: CopyWorld, request: CopyRequest): CopyOutcome {
  const { headers } = request;
  for (const name of Object.keys(headers)) {
    if (!isModelledCopyHeader(name)) throw new Error(`undecided: request header ${name} is not modelled`);
    if (isAclHeader(name) && world.bucket.acls === "disabled") throw new Error(`undecided: ${name} on a bucket without ACLs is not recorded`);
  }
  const copySource = headers["x-amz-copy-source"];
  if (copySource === undefined) throw new Error("undecided: without x-amz-copy-source the request is a PutObject");
  const name = parseCopySource(copySource);
  if (name.result === "invalid") {
    // S3 echoes the header's name, not its value (copy-src-wrong-format).
    return failed("copy.source.malformed", 400, "InvalidArgument", { ArgumentName: "x-amz-copy-source", ArgumentValue: "x-amz-copy-source" });
  }
  const unimplemented = unimplementedWriteConditionAnswer(headers);
  if (unimplemented) return { answer: unimplemented };

  const { source } = world;
  if (source === "no-such-bucket") return failed("copy.source.no-such-bucket", 404, "NoSuchBucket", { BucketName: name.bucket });
  if (source === "no-such-key") return failed("copy.source.no-such-key", 404, "NoSuchKey", { Key: name.key });
  if (source === "delete-marker") return failed("copy.source.version-is-delete-marker", 400, "InvalidRequest", {});
  if (name.versionId !== undefined && world.bucket.versioning === "never") throw new Error("undecided: a source versionId in a never-versioned bucket");
  const condition = copySourceConditionRefusal(source, headers, world.now);
  if (condition) return { answer: condition };

  const inPlace = name.bucket === request.bucket && name.key === request.key;
  if (inPlace && name.versionId !== undefined) throw new Error("undecided: copying a named version onto its own key is not recorded");
  const current = inPlace ? source : world.destination === "absent" ? undefined : world.destination;
  const written = evaluateWriteConditions(current, headers);
  const refusal = writeConditionRefusal(written, request.key);
  if (refusal) return { answer: refusal };
  const facts = { sourceEncryption: source.encryption, explicitBucketEncryption: world.bucket.defaultEncryption === "explicit", ifMatchHeld: written.result === "proceed" && written.ifMatchHeld };
  if (inPlace && !inPlaceCopyChangesSomething(headers, facts)) return failed("copy.in-place.no-change", 400, "InvalidRequest", {});

  const encryption = copyEncryption(headers);
  const stored: CopiedObject = {
    key: request.key,
    body: source.body,
    ...copiedMetadata(source, headers),
    storageClass: copiedStorageClass(headers),
    encryption,
  };
  const answerHeaders: Record<string, HeaderRule> = { ...encryptionHeaderRules(encryption) };
  const fieldRules: Record<string, string> = {
    ...encryptionFieldRules(encryption),
    "result:ETag": writtenEtagRule(encryption),
    "result:LastModified": "copy.result.last-modified" satisfies CopyRuleId,
  };
  // A never-versioned bucket's version headers are not recorded either way, so they are left unchecked.
  if (world.bucket.versioning === "enabled") {
    answerHeaders["x-amz-version-id"] = /\S/;
    answerHeaders["x-amz-copy-source-version-id"] = name.versionId ?? /\S/;
    const versionRule: CopyRuleId = "copy.version-id.headers";
    fieldRules["x-amz-version-id"] = versionRule;
    fieldRules["x-amz-copy-source-version-id"] = versionRule;
  }
  const result = { root: "CopyObjectResult", fields: { ETag: writtenEtag(source.body, encryption), LastModified: XML_TIMESTAMP } };
  return { answer: { rule: successRule(inPlace, headers), fieldRules, status: 200, headers: answerHeaders, result }, stored };
}

/**
 * The rule that lets a copy succeed: the in-place rule's exception for a copy onto its own key, the
 * ACL rule when ACL headers came with it, else CopyObject's own success.
 */
function successRule(inPlace: boolean, headers: Record<string, string>): CopyRuleId {
  if (inPlace) return "copy.in-place.change-allowed";
  if (Object.keys(headers).some(isAclHeader)) return "copy.acl.accepted";
  return "copy.success";
}

function failed(rule: CopyRuleId, status: number, code: string, errorFields: Record<string, string>): CopyOutcome {
  return { answer: { rule, status, code, errorFields } };
}
