import { documented, recorded, type RuleTable } from "./rule.ts";

const COPY_OBJECT = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html";

/**
 * Rules of CopyObject (its destination's write conditions are the shared `write.condition.*`), and of
 * the bucket set-up its cases need (versioning, ACLs).
 */
export const COPY_RULES = {
  "copy.success": {
    statement: "A CopyObject that may proceed answers 200 with a CopyObjectResult document holding the copy's ETag and LastModified",
    requirement: "MUST",
    provenance: recorded("copy-src-cond-all-four-true", "copy-default-directive-keeps-metadata", "copy-dest-inm-star-absent", "copy-dest-im-match"),
  },
  "copy.result.etag": {
    statement:
      "The CopyObjectResult ETag of a copy stored under SSE-S3 is the quoted hex MD5 of its bytes, also when the source had a multipart -N ETag",
    requirement: "MUST",
    provenance: recorded("copy-multipart-source-etag-becomes-md5", "copy-in-place-multipart-etag-becomes-md5", "copy-src-cond-all-four-true", "copy-in-place-kms-source-no-params"),
  },
  "copy.result.last-modified": {
    statement: "The CopyObjectResult LastModified is ISO 8601 in UTC with milliseconds (2023-11-15T12:02:40.000Z)",
    requirement: "MUST",
    provenance: recorded("last-modified-formats"),
  },
  "copy.source.malformed": {
    statement: "An x-amz-copy-source without a key part is 400 InvalidArgument with ArgumentName x-amz-copy-source",
    requirement: "MUST",
    provenance: recorded("copy-src-wrong-format"),
  },
  "copy.source.no-such-bucket": {
    statement: "A copy from a bucket that does not exist is 404 NoSuchBucket naming the source bucket",
    requirement: "MUST",
    provenance: recorded("copy-src-bucket-missing"),
  },
  "copy.source.no-such-key": {
    statement: "A copy from a key that does not exist, or whose current version is a delete marker, is 404 NoSuchKey naming the source key",
    requirement: "MUST",
    provenance: recorded("copy-src-key-missing", "copy-src-current-delete-marker"),
  },
  "copy.source.version-is-delete-marker": {
    statement: "A copy whose x-amz-copy-source versionId names a delete marker is 400 InvalidRequest",
    requirement: "MUST",
    provenance: recorded("copy-src-version-is-delete-marker"),
  },
  "copy.source-condition.if-match-failed": {
    statement: "A copy whose x-amz-copy-source-if-match is not the source's ETag is 412 PreconditionFailed with Condition x-amz-copy-source-If-Match, whatever the other conditions",
    requirement: "MUST",
    provenance: recorded("copy-src-cond-all-four-false"),
  },
  "copy.source-condition.if-unmodified-since-failed": {
    statement:
      "Without x-amz-copy-source-if-match, a copy whose source was modified after x-amz-copy-source-if-unmodified-since is 412 PreconditionFailed with Condition x-amz-copy-source-If-Unmodified-Since",
    requirement: "MUST",
    provenance: recorded("copy-src-cond-ius-inm-ims-false", "copy-src-ius-past"),
  },
  "copy.source-condition.if-none-match-matched": {
    statement: "A copy whose x-amz-copy-source-if-none-match matches the source's ETag is 412 PreconditionFailed with Condition x-amz-copy-source-If-None-Match, never 304",
    requirement: "MUST",
    provenance: recorded("copy-src-cond-inm-ims-false", "copy-src-cond-inm-unquoted"),
  },
  "copy.source-condition.if-modified-since-not-modified": {
    statement:
      "Without x-amz-copy-source-if-none-match, a copy whose source was not modified after a past x-amz-copy-source-if-modified-since (equal counts as not modified) is 412 PreconditionFailed with Condition x-amz-copy-source-If-Modified-Since, never 304",
    requirement: "MUST",
    provenance: recorded("copy-src-cond-ims-now", "copy-src-ims-equals-lastmodified"),
  },
  "copy.in-place.no-change": {
    statement:
      "A copy of a key onto itself that changes nothing (no REPLACE, storage class, website redirect or encryption header, no SSE-KMS source, no explicit bucket encryption, no matching If-Match) is 400 InvalidRequest",
    requirement: "MUST",
    provenance: recorded(
      "copy-in-place-no-change",
      "copy-in-place-acl-only",
      "copy-in-place-metadata-without-replace",
      "copy-in-place-versioned-no-change",
      "copy-in-place-source-standard-ia-no-params",
    ),
  },
  "copy.in-place.change-allowed": {
    statement:
      "A copy of a key onto itself succeeds like any copy when it sends REPLACE, a storage class, a website redirect, an encryption header or a matching If-Match (even values the object already has), when the source is SSE-KMS, or when the bucket has an explicit default encryption",
    requirement: "MUST",
    provenance: recorded(
      "copy-in-place-replace-no-metadata-source-had-some",
      "copy-in-place-storage-class-and-checksum",
      "copy-in-place-same-website-redirect",
      "copy-in-place-explicit-aes256",
      "copy-in-place-kms-source-no-params",
      "copy-in-place-bucket-default-encryption-configured",
      "copy-in-place-if-match-only",
    ),
  },
  "copy.metadata-directive.copy": {
    statement: "Under x-amz-metadata-directive COPY (or none) the copy has the source's user metadata and Content-* headers, and those of the request are ignored",
    requirement: "MUST",
    provenance: recorded("copy-default-directive-keeps-metadata", "copy-default-directive-ignores-new-metadata", "copy-directive-copy-ignores-headers"),
  },
  "copy.metadata-directive.replace": {
    statement:
      "Under x-amz-metadata-directive REPLACE the copy has exactly the request's user metadata and Content-* headers: one not sent is gone, Content-Type falls back to binary/octet-stream",
    requirement: "MUST",
    provenance: recorded("copy-directive-replace", "copy-in-place-replace-new-metadata", "copy-in-place-replace-empty", "copy-in-place-replace-no-metadata-source-had-some"),
  },
  "copy.storage-class.not-inherited": {
    statement: "The copy is stored in the x-amz-storage-class of the request, STANDARD when none is sent, never in the source's class",
    requirement: "MUST",
    provenance: recorded("copy-storage-class-not-inherited"),
  },
  "copy.website-redirect.not-copied": {
    statement: "The copy's x-amz-website-redirect-location is the one sent with the CopyObject, under either directive; the source's is never copied",
    requirement: "MUST",
    provenance: documented(COPY_OBJECT),
  },
  "copy.acl.accepted": {
    statement: "On a bucket that takes ACLs, a CopyObject with a canned x-amz-acl or x-amz-grant-* headers is accepted and copies the object",
    requirement: "MUST",
    provenance: documented(COPY_OBJECT),
  },
  "copy.version-id.headers": {
    statement:
      "In a versioning-enabled bucket CopyObject answers the new version's id in x-amz-version-id and the copied source version's id in x-amz-copy-source-version-id",
    requirement: "MUST",
    provenance: recorded("copy-in-place-versioned-replace", "copy-dest-inm-star-current-delete-marker"),
  },
  "bucket.versioning.enable-accepted": {
    statement: "PutBucketVersioning with Status Enabled on the caller's own bucket answers 200",
    requirement: "MUST",
    provenance: documented("https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketVersioning.html"),
  },
  "bucket.acl.owner-named": {
    statement: "GetBucketAcl answers 200 with an AccessControlPolicy whose Owner ID is the bucket owner's canonical user id",
    requirement: "MUST",
    provenance: documented("https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketAcl.html"),
  },
} satisfies RuleTable;

/** The id of a rule this table declares. */
export type CopyRuleId = keyof typeof COPY_RULES;
