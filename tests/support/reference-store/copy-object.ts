import type { Answer } from "../../../transport/answer.ts";
import { parseCopySource } from "./copy-source-name.ts";
import { refusedCopySource } from "./copy-source-conditions.ts";
import { copySourceObject } from "./copy-source-object.ts";
import { copiedState } from "./copied-state.ts";
import { changesInPlace } from "./copy-in-place.ts";
import { encryptionHeaders } from "./encryption-headers.ts";
import { writtenEtag } from "./object-etag.ts";
import { errorReply, isRefusal, xmlReply } from "./replies.ts";
import type { S3Request } from "./s3-request.ts";
import { bucketOf, type StoreContext } from "./store-context.ts";
import { versionHeader } from "./version-headers.ts";
import { judgeWrite, unimplementedCondition, writeConditionsOf } from "./write-conditions.ts";
import { refusedKey, writeSettings } from "./write-request.ts";

/**
 * CopyObject: a PUT with `x-amz-copy-source`. The request's own faults first (the copy source's
 * form, the directive, what the copy would store, unimplemented conditions), then the source (its
 * existence, its SSE-C key, the copy-source conditions), then the destination (its write
 * conditions, the in-place rule), then the write. Success is 200 with a CopyObjectResult of the
 * new ETag and an ISO-8601 LastModified (last-modified-formats).
 */
export function copyObject(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const key = request.key ?? "";
  const { headers } = request;
  const badKey = refusedKey(key);
  if (badKey) return badKey;
  const name = parseCopySource(headers["x-amz-copy-source"] ?? "", !store.faults.copySourceKeyNotDecoded);
  // S3 echoes the header's name, not its value (copy-src-wrong-format).
  if (!name) return errorReply(400, "InvalidArgument", { ArgumentName: "x-amz-copy-source", ArgumentValue: "x-amz-copy-source" });
  const directive = headers["x-amz-metadata-directive"] ?? "COPY";
  if (directive !== "COPY" && directive !== "REPLACE") return errorReply(400, "InvalidArgument", { ArgumentName: "x-amz-metadata-directive", ArgumentValue: directive });
  const replace = directive === "REPLACE" && !store.faults.replaceDirectiveAsCopy;
  const settings = writeSettings(request, bucket, store);
  if (isRefusal(settings)) return settings;
  const { storageClass, encryption } = settings;
  const conditions = writeConditionsOf(headers, request.query);
  const unimplemented = unimplementedCondition(conditions);
  if (unimplemented) return unimplemented;

  const source = copySourceObject(name, headers, store);
  if (isRefusal(source)) return source;
  const sourceCondition = refusedCopySource(source, headers, store.faults);
  if (sourceCondition) return sourceCondition;
  const copied = copiedState(source, headers, replace);
  if (isRefusal(copied)) return copied;

  const current = bucket.current(key);
  const verdict = judgeWrite(current?.etag, conditions, key);
  if (verdict.kind === "refused") return verdict.answer;
  const inPlace = name.bucket === bucket.name && name.key === key && (name.versionId === undefined || name.versionId === current?.versionId);
  if (inPlace && !store.faults.inPlaceCopyUnchecked && !changesInPlace({ headers, replace, source, encryption, bucket, ifMatchHeld: verdict.ifMatchHeld })) return errorReply(400, "InvalidRequest");

  const stored = bucket.write({ key, body: source.body, etag: writtenEtag(source.body, encryption), ...copied, storageClass, encryption });
  const sourceBucket = store.buckets.get(name.bucket);
  const answerHeaders = {
    ...encryptionHeaders(encryption, store.faults),
    ...versionHeader(bucket, stored.versionId),
    ...(sourceBucket && sourceBucket.versioning !== "never" ? { "x-amz-copy-source-version-id": source.versionId } : {}),
  };
  return xmlReply("CopyObjectResult", { LastModified: new Date(stored.lastModified).toISOString(), ETag: stored.etag }, answerHeaders);
}
