import { documented, inferred, recorded, type RuleTable } from "./rule.ts";

const CREATE_DOC = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateMultipartUpload.html";
const UPLOAD_PART_COPY_DOC = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html";
const COMPLETE_DOC = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_CompleteMultipartUpload.html";
const COMPLETED_MULTIPART_UPLOAD_DOC = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_CompletedMultipartUpload.html";
const ABORT_DOC = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_AbortMultipartUpload.html";
const ERROR_RESPONSES_DOC = "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html";

/**
 * Rules of the multipart operations: CreateMultipartUpload, UploadPart, UploadPartCopy,
 * CompleteMultipartUpload and AbortMultipartUpload (oracle/multipart/).
 */
export const MULTIPART_RULES = {
  // CreateMultipartUpload
  "multipart.create.initiated": {
    statement: "CreateMultipartUpload answers 200 with an InitiateMultipartUploadResult naming the bucket, the key and a new UploadId",
    requirement: "MUST",
    provenance: recorded("create-mpu-response"),
  },
  "multipart.create.headers-reach-object": {
    statement: "The stored headers and x-amz-meta-* sent with CreateMultipartUpload are those of the object Complete makes, as HEAD shows them",
    requirement: "MUST",
    provenance: documented(CREATE_DOC),
  },

  // Shared by the operations that name an upload
  "multipart.part-number.out-of-range": {
    statement: "UploadPart and UploadPartCopy with a partNumber that is not a whole number from 1 to 10000 answer 400 InvalidArgument naming partNumber",
    requirement: "MUST",
    provenance: recorded("upload-part-negative-number"),
  },
  "multipart.upload-id.other-key": {
    statement: "An upload id sent with another key than the one CreateMultipartUpload named names no upload: UploadPart and CompleteMultipartUpload answer 404 NoSuchUpload echoing the id",
    requirement: "MUST",
    provenance: recorded("upload-part-wrong-key", "complete-wrong-key"),
  },
  "multipart.upload-id.gone-after-complete": {
    statement: "After CompleteMultipartUpload succeeded the upload id names nothing: a request naming it answers 404 NoSuchUpload",
    requirement: "MUST",
    provenance: documented(ERROR_RESPONSES_DOC),
  },
  "multipart.upload-id.gone-after-abort": {
    statement: "After AbortMultipartUpload the upload id names nothing: a request naming it answers 404 NoSuchUpload",
    requirement: "MUST",
    provenance: documented(ABORT_DOC),
  },

  // UploadPart
  "multipart.upload-part.stored": {
    statement: "UploadPart into an open upload answers 200 with the part's ETag, an empty body and no Content-Type; an empty part is accepted",
    requirement: "MUST",
    provenance: recorded("upload-part-response", "upload-part-empty-body-raw"),
  },
  "multipart.upload-part.etag-is-md5": {
    statement: "The ETag UploadPart answers for an unencrypted part is the quoted hex MD5 of its bytes",
    requirement: "MUST",
    provenance: recorded("upload-part-response", "upload-part-content-md5-correct"),
  },
  "multipart.upload-part.no-such-upload": {
    statement: "UploadPart with an upload id that names no upload answers 404 NoSuchUpload echoing the id",
    requirement: "MUST",
    provenance: recorded("upload-part-no-such-upload"),
  },
  "multipart.upload-part.content-md5-malformed": {
    statement: "UploadPart with a Content-MD5 that is not base64 of 16 bytes answers 400 InvalidDigest",
    requirement: "MUST",
    provenance: recorded(
      "upload-part-content-md5-invalid-garbage",
      "upload-part-content-md5-invalid-short-3-chars",
      "upload-part-content-md5-invalid-spaces",
      "upload-part-content-md5-invalid-b64-3-bytes",
      "upload-part-content-md5-invalid-b64-11-bytes",
    ),
  },
  "multipart.upload-part.content-md5-mismatch": {
    statement: "UploadPart with a well-formed Content-MD5 of other bytes answers 400 BadDigest",
    requirement: "MUST",
    provenance: recorded("upload-part-content-md5-mismatch"),
  },

  // UploadPartCopy
  "multipart.upload-part-copy.copied": {
    statement: "UploadPartCopy into an open upload answers 200 with a CopyPartResult whose LastModified is an ISO-8601 timestamp and, without a range, whose ETag is the quoted MD5 of the whole source",
    requirement: "MUST",
    provenance: recorded("upc-no-range"),
  },
  "multipart.upload-part-copy.range-copied": {
    statement: "UploadPartCopy with x-amz-copy-source-range bytes=first-last inside the source copies exactly those bytes: the CopyPartResult ETag is their quoted MD5",
    requirement: "MUST",
    provenance: recorded("upc-range-0-8", "upc-range-1-1", "upc-range-0-0"),
  },
  "multipart.upload-part-copy.no-such-upload": {
    statement: "UploadPartCopy with an upload id that names no upload answers 404 NoSuchUpload",
    requirement: "MUST",
    provenance: documented(UPLOAD_PART_COPY_DOC),
  },
  "multipart.upload-part-copy.range-malformed": {
    statement: "An x-amz-copy-source-range other than bytes=first-last with first <= last and last inside the source (open ends, suffixes, lists, no unit) answers 400 InvalidArgument naming the header",
    requirement: "MUST",
    provenance: recorded(
      "upc-range-invalid-no-unit",
      "upc-range-invalid-reversed",
      "upc-range-invalid-neg1-dash",
      "upc-range-invalid-0-neg1",
      "upc-range-invalid-multi",
      "upc-range-invalid-dash-only",
      "upc-range-invalid-suffix-zero",
      "upc-range-invalid-open-ended",
      "upc-range-invalid-suffix-2",
      "upc-range-invalid-suffix-15",
      "upc-range-end-beyond-size",
    ),
  },
  "multipart.upload-part-copy.range-start-beyond-source": {
    statement: "An x-amz-copy-source-range starting past the end of the source answers 400 InvalidRequest",
    requirement: "MUST",
    provenance: recorded("upc-range-start-beyond-size"),
  },
  "multipart.upload-part-copy.source-conditions-hold": {
    statement: "UploadPartCopy whose x-amz-copy-source-if-* conditions all hold (a future If-Modified-Since is ignored) copies the part: 200 CopyPartResult",
    requirement: "MUST",
    provenance: recorded("upc-cond-im-match", "upc-cond-inm-nomatch", "upc-cond-ius-future", "upc-cond-ims-past", "upc-cond-ims-future"),
  },
  "multipart.upload-part-copy.source-if-match-overrides-if-unmodified-since": {
    statement: "A holding x-amz-copy-source-if-match makes UploadPartCopy ignore a failing x-amz-copy-source-if-unmodified-since: 200 CopyPartResult",
    requirement: "MUST",
    provenance: recorded("upc-cond-im-true-ius-false"),
  },
  "multipart.upload-part-copy.source-if-match-failed": {
    statement: "An x-amz-copy-source-if-match that does not match the source's ETag answers 412 PreconditionFailed",
    requirement: "MUST",
    provenance: recorded("upc-cond-im-nomatch"),
  },
  "multipart.upload-part-copy.source-if-unmodified-since-failed": {
    statement: "Without x-amz-copy-source-if-match, an x-amz-copy-source-if-unmodified-since before the source's Last-Modified answers 412 PreconditionFailed, whatever x-amz-copy-source-if-none-match says",
    requirement: "MUST",
    provenance: recorded("upc-cond-ius-past", "upc-cond-inm-true-ius-false"),
  },
  "multipart.upload-part-copy.source-if-none-match-matched": {
    statement: "An x-amz-copy-source-if-none-match that matches the source's ETag answers 412 PreconditionFailed, never 304",
    requirement: "MUST",
    provenance: recorded("upc-cond-inm-match"),
  },
  "multipart.upload-part-copy.source-if-modified-since-not-modified": {
    statement: "Without x-amz-copy-source-if-none-match, an x-amz-copy-source-if-modified-since at or after the source's Last-Modified (and not in the future) answers 412 PreconditionFailed, never 304",
    requirement: "MUST",
    provenance: recorded("upc-cond-ims-now"),
  },

  // CompleteMultipartUpload
  "multipart.complete.parts-assembled": {
    statement: "CompleteMultipartUpload of a valid parts list answers 200 with a CompleteMultipartUploadResult naming the bucket, the key and the ETag; gaps in the part numbers and a last part under 5 MiB are fine",
    requirement: "MUST",
    provenance: recorded("complete-one-part-response", "complete-gapped-part-numbers", "complete-single-small-part-ok"),
  },
  "multipart.complete.etag-md5-of-part-md5s": {
    statement: "The ETag of a completed upload is the quoted hex MD5 of the listed parts' binary MD5s, then - and the number of parts listed",
    requirement: "MUST",
    provenance: recorded("complete-three-parts-etag", "complete-gapped-part-numbers", "complete-one-part-response"),
  },
  "multipart.complete.object-is-listed-parts": {
    statement: "After a successful CompleteMultipartUpload the key holds the listed parts' bytes in the order listed, with the multipart ETag",
    requirement: "MUST",
    provenance: documented(COMPLETE_DOC),
  },
  "multipart.complete.no-such-upload": {
    statement: "CompleteMultipartUpload with an upload id that names no upload answers 404 NoSuchUpload echoing the id, before its body is looked at",
    requirement: "MUST",
    provenance: recorded("complete-no-such-upload"),
  },
  "multipart.complete.no-parts-listed": {
    statement: "CompleteMultipartUpload without a body answers 400 InvalidRequest: at least one part must be listed",
    requirement: "MUST",
    provenance: recorded("complete-no-body"),
  },
  "multipart.complete.empty-parts-list": {
    statement: "CompleteMultipartUpload whose body lists no part (<CompleteMultipartUpload/>) is refused with 400, and the upload stays open",
    requirement: "MUST",
    provenance: documented(COMPLETED_MULTIPART_UPLOAD_DOC),
  },
  "multipart.complete.empty-parts-list-malformed-xml": {
    statement: "The 400 refusing a CompleteMultipartUpload body that lists no part carries the code MalformedXML: the document does not validate against the schema, which wants a Part",
    requirement: "SHOULD",
    provenance: inferred(
      "the S3 error responses page (MalformedXML: the XML did not validate against the published schema), an AWS answer quoted in basho/riak_cs#1100 (400 MalformedXML for a Complete listing no part), and ceph and versitygw, which expect MalformedXML; no aws-observed row records the empty element",
    ),
  },
  "multipart.complete.part-order": {
    statement: "A parts list whose part numbers do not ascend strictly answers 400 InvalidPartOrder",
    requirement: "MUST",
    provenance: recorded("complete-parts-out-of-order"),
  },
  "multipart.complete.invalid-part": {
    statement: "A listed part that was never uploaded, or listed with another ETag than its own, answers 400 InvalidPart naming the part",
    requirement: "MUST",
    provenance: recorded("complete-wrong-part-number", "complete-wrong-etag"),
  },
  "multipart.complete.entity-too-small": {
    statement: "A listed part under 5 MiB that is not the last listed answers 400 EntityTooSmall naming the part, its size and the 5242880-byte minimum",
    requirement: "MUST",
    provenance: recorded("complete-entity-too-small"),
  },
  "multipart.complete.object-size-mismatch": {
    statement: "An x-amz-mp-object-size other than the listed parts' total size answers 400 InvalidRequest",
    requirement: "MUST",
    provenance: recorded("complete-mp-object-size-mismatch"),
  },
  "multipart.complete.condition-holds": {
    statement: "A CompleteMultipartUpload whose If-None-Match: * or If-Match holds, on a key not written since CreateMultipartUpload, completes: 200",
    requirement: "MUST",
    provenance: recorded("complete-inm-star-restarted", "complete-im-match-put-before-create", "complete-im-simple-object-etag", "complete-im-multipart-etag"),
  },
  "multipart.complete.if-none-match-key-exists": {
    statement: "CompleteMultipartUpload with If-None-Match: * on a key that exists now answers 412 PreconditionFailed",
    requirement: "MUST",
    provenance: recorded("complete-inm-star-object-existed", "complete-inm-star-put-during-upload"),
  },
  "multipart.complete.if-match-key-missing": {
    statement: "CompleteMultipartUpload with If-Match on a key that does not exist now answers 404 NoSuchKey",
    requirement: "MUST",
    provenance: recorded("complete-im-deleted-during-upload"),
  },
  "multipart.complete.if-match-other-etag": {
    statement: "CompleteMultipartUpload with an If-Match other than the key's current ETag answers 412 PreconditionFailed",
    requirement: "MUST",
    provenance: recorded("complete-im-old-etag-put-during-upload", "complete-im-stale-simple-etag"),
  },
  "multipart.complete.key-written-during-upload": {
    statement: "A conditional CompleteMultipartUpload whose condition holds answers 409 ConditionalRequestConflict when the key was written or deleted after CreateMultipartUpload, even with the same bytes",
    requirement: "MUST",
    provenance: recorded(
      "complete-inm-star-deleted-during-upload",
      "complete-im-current-etag-put-during-upload",
      "complete-im-current-etag-identical-put-during",
      "complete-im-deleted-then-recreated-during-upload",
    ),
  },
  "multipart.complete.completed-again": {
    statement: "CompleteMultipartUpload of an upload already completed answers 404 NoSuchUpload, or repeats the first answer: 200 with the same ETag",
    requirement: "MUST",
    provenance: inferred(
      "the S3 error responses page (NoSuchUpload: the upload may have been completed) and the CompleteMultipartUpload reference, which tells clients to retry a Complete; no recording completes twice",
    ),
  },

  // DeleteObject, as a step of the multipart cases (no other case deletes an object yet)
  "delete.unversioned.no-content": {
    statement: "DeleteObject of a key in an unversioned bucket answers 204 No Content",
    requirement: "MUST",
    provenance: documented("https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObject.html"),
  },

  // AbortMultipartUpload
  "multipart.abort.aborted": {
    statement: "AbortMultipartUpload of an open upload answers 204 No Content with an empty body",
    requirement: "MUST",
    provenance: documented(ABORT_DOC),
  },
  "multipart.abort.no-such-upload": {
    statement: "AbortMultipartUpload with an upload id that names no upload answers 404 NoSuchUpload",
    requirement: "MUST",
    provenance: documented(ABORT_DOC),
  },
  "multipart.abort.no-object": {
    statement: "An aborted upload makes no object: GET of its key (never written otherwise) answers 404 NoSuchKey",
    requirement: "MUST",
    provenance: documented(ABORT_DOC),
  },
} satisfies RuleTable;

/** The id of a multipart rule, so the oracle names only declared ones. */
export type MultipartRuleId = keyof typeof MULTIPART_RULES;
