import type { Answer } from "../../../transport/answer.ts";
import { refusedContentMd5 } from "./content-md5.ts";
import { encryptionHeaders } from "./encryption-headers.ts";
import { writtenEtag } from "./object-etag.ts";
import { emptyReply, isRefusal } from "./replies.ts";
import type { S3Request } from "./s3-request.ts";
import { bucketOf, type StoreContext } from "./store-context.ts";
import { versionHeader } from "./version-headers.ts";
import { judgeWrite, unimplementedCondition, writeConditionsOf } from "./write-conditions.ts";
import { refusedKey, writeSettings, writtenHeaders } from "./write-request.ts";


/**
 * PutObject. What the request says about itself is judged first (key length, Content-MD5, metadata,
 * redirect, storage class, ACL, encryption, unimplemented conditions), then the key's state (the
 * write conditions). The answer: 200, the ETag, the encryption, no body (put-response-headers).
 */
export function putObject(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const key = request.key ?? "";
  const { headers, body } = request;
  const badKey = refusedKey(key);
  if (badKey) return badKey;
  const digest = refusedContentMd5(headers, body, "hex");
  if (digest) return digest;
  const written = writtenHeaders(headers);
  if (isRefusal(written)) return written;
  const settings = writeSettings(request, bucket, store);
  if (isRefusal(settings)) return settings;
  const { storageClass, encryption } = settings;
  const conditions = writeConditionsOf(headers, request.query);
  const unimplemented = unimplementedCondition(conditions);
  if (unimplemented) return unimplemented;
  const verdict = judgeWrite(bucket.current(key)?.etag, conditions, key);
  if (verdict.kind === "refused") return verdict.answer;

  const stored = bucket.write({ key, body, etag: writtenEtag(body, encryption), headers: written.headers, metadata: written.metadata, storageClass, encryption });
  return emptyReply(200, { etag: stored.etag, ...encryptionHeaders(encryption, store.faults), ...versionHeader(bucket, stored.versionId) });
}
