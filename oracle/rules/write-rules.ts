import { documented, recorded, type RuleTable } from "./rule.ts";

const PUT_OBJECT = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html";
const ERROR_RESPONSES = "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html";

/** Rules of PutObject, and of the write conditions (If-Match / If-None-Match) PutObject and CopyObject share. */
export const WRITE_RULES = {
  "put.success": {
    statement: "PutObject of a plain object answers 200 with the quoted hex MD5 of the body as ETag and no body",
    requirement: "MUST",
    provenance: recorded("put-response-headers", "put-content-md5-correct", "put-inm-star-absent", "put-im-match"),
  },
  "put.content-md5.invalid-digest": {
    statement: "A Content-MD5 that is not base64 of exactly 16 bytes is 400 InvalidDigest, and nothing is stored",
    requirement: "MUST",
    provenance: recorded(
      "put-content-md5-invalid-garbage",
      "put-content-md5-invalid-short-3-chars",
      "put-content-md5-invalid-spaces",
      "put-content-md5-invalid-b64-3-bytes",
      "put-content-md5-invalid-b64-11-bytes",
    ),
  },
  "put.content-md5.bad-digest": {
    statement: "A well-formed Content-MD5 that is not the MD5 of the body is 400 BadDigest, and nothing is stored",
    requirement: "MUST",
    provenance: recorded("put-content-md5-mismatch"),
  },
  "put.key.too-long": {
    statement: "PutObject of a key longer than 1024 bytes of UTF-8 is 400 KeyTooLongError",
    requirement: "MUST",
    provenance: documented(ERROR_RESPONSES),
  },
  "put.metadata.too-large": {
    statement: "PutObject whose user metadata is over the 2 KB limit is 400 MetadataTooLarge, and nothing is stored",
    requirement: "MUST",
    provenance: documented(ERROR_RESPONSES),
  },
  "put.versioning.version-id": {
    statement: "In a bucket with versioning enabled every PutObject creates a version, whose id a read of the key gives in x-amz-version-id",
    requirement: "MUST",
    provenance: documented(PUT_OBJECT),
  },
  "write.condition.not-implemented": {
    statement:
      "A write condition of a form S3 does not implement (If-None-Match other than *, If-Match: *, or both headers) is 501 NotImplemented naming the header(s) in <Header>, before anything is looked up",
    requirement: "MUST",
    provenance: recorded("put-inm-etag-value", "put-im-star", "put-im-and-inm", "copy-dest-inm-etag-value", "copy-dest-im-star", "copy-dest-im-and-inm"),
  },
  "write.condition.if-none-match-exists": {
    statement: "A write with If-None-Match: * to a key whose current version is an object is 412 PreconditionFailed with Condition If-None-Match",
    requirement: "MUST",
    provenance: recorded("put-inm-star-exists", "put-inm-star-presigned-query", "copy-dest-inm-star-exists", "copy-dest-inm-star-in-place"),
  },
  "write.condition.if-match-failed": {
    statement: "A write with an If-Match that is not the current object's ETag is 412 PreconditionFailed with Condition If-Match",
    requirement: "MUST",
    provenance: recorded("put-im-wrong", "put-im-arbitrary-exists-versioned", "put-im-presigned-query-wrong", "copy-dest-im-wrong"),
  },
  "write.condition.if-match-no-such-key": {
    statement: "A write with If-Match to a key that has no current object (absent, or a delete marker) is 404 NoSuchKey naming the key, not 412",
    requirement: "MUST",
    provenance: recorded("put-im-key-absent", "put-im-arbitrary-absent", "put-im-current-delete-marker", "copy-dest-im-absent", "copy-dest-im-current-delete-marker"),
  },
} satisfies RuleTable;

/** The id of a rule this table declares. */
export type WriteRuleId = keyof typeof WRITE_RULES;
