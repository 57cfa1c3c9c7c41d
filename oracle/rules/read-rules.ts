import { documented, inferred, recorded, rfc, type RuleTable } from "./rule.ts";

const GET_OBJECT = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html";
const HEAD_OBJECT = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html";

/**
 * Rules of GetObject and HeadObject (oracle/read/decide-read.ts and the functions it calls), and of the
 * not-found answers every object operation shares (oracle/read/not-found.ts). HEAD rows of
 * ../shared/aws-observed are cited where HEAD was recorded; where only GET was, HEAD has its own rule.
 */
export const READ_RULES = {
  // Preconditions, in the order RFC 9110 13.2.2 evaluates them (oracle/read/preconditions.ts).
  "read.precondition.if-match-failed": {
    statement: "An If-Match naming no ETag of the object is 412 PreconditionFailed with <Condition>If-Match (HEAD: no body), ahead of every other outcome, a pending 304 included",
    requirement: "MUST",
    provenance: recorded("get-im-nomatch", "get-im-quoted-wrong", "get-cond-all-four-false", "head-cond-all-four-false"),
  },
  "read.precondition.if-match-weak": {
    statement: "RFC 9110: If-Match uses the strong comparison, so a weak tag W/\"<etag>\" never matches and the precondition fails (412)",
    requirement: "MUST",
    provenance: rfc(9110, "13.1.1"),
  },
  "read.precondition.if-match-any": {
    statement: "RFC 9110: If-Match: * holds for any current representation, so the read proceeds",
    requirement: "MUST",
    provenance: rfc(9110, "13.1.1"),
  },
  "read.precondition.if-match-list": {
    statement: "RFC 9110: an If-Match list holds when any of its members strongly matches the ETag, so the read proceeds",
    requirement: "MUST",
    provenance: rfc(9110, "13.1.1"),
  },
  "read.precondition.unquoted-entity-tag": {
    statement: "An ETag sent without its quotes in If-Match or If-None-Match compares as the quoted ETag",
    requirement: "MUST",
    provenance: recorded(
      "get-im-unquoted-match",
      "get-inm-unquoted-match",
      "get-cond-all-four-true",
      "head-cond-all-four-true",
      "get-cond-inm-unquoted-plus-ims",
      "head-cond-inm-unquoted-plus-ims",
    ),
  },
  "read.precondition.if-unmodified-since-failed": {
    statement: "Without If-Match, an If-Unmodified-Since before Last-Modified is 412 PreconditionFailed with <Condition>If-Unmodified-Since (HEAD: no body), ahead of any 304",
    requirement: "MUST",
    provenance: recorded("get-cond-ius-inm-ims-false", "head-cond-ius-inm-ims-false"),
  },
  "read.precondition.if-unmodified-since-equal": {
    statement: "An If-Unmodified-Since equal to Last-Modified holds (the object was not modified after it), so the read proceeds",
    requirement: "MUST",
    provenance: recorded("get-cond-ius-equals-lastmodified", "head-cond-ius-equals-lastmodified"),
  },
  "read.precondition.if-unmodified-since-after-if-match": {
    statement: "RFC 9110: a recipient ignores If-Unmodified-Since when the request carries If-Match",
    requirement: "MUST",
    provenance: rfc(9110, "13.1.4"),
  },
  "read.precondition.if-none-match-matched": {
    statement: "An If-None-Match naming the object's ETag is 304 Not Modified with no body, unless If-Match or If-Unmodified-Since failed",
    requirement: "MUST",
    provenance: recorded("get-inm-quoted-match", "get-cond-inm-ims-false", "head-cond-inm-ims-false"),
  },
  "read.precondition.if-none-match-weak": {
    statement: "RFC 9110: If-None-Match uses the weak comparison, so W/\"<etag>\" matches the ETag and a GET or HEAD is 304",
    requirement: "MUST",
    provenance: rfc(9110, "13.1.2"),
  },
  "read.precondition.if-none-match-any": {
    statement: "RFC 9110: If-None-Match: * matches any current representation, so a GET or HEAD is 304",
    requirement: "MUST",
    provenance: rfc(9110, "13.1.2"),
  },
  "read.precondition.if-none-match-list": {
    statement: "RFC 9110: an If-None-Match list fails when any of its members weakly matches the ETag, so a GET or HEAD is 304",
    requirement: "MUST",
    provenance: rfc(9110, "13.1.2"),
  },
  "read.precondition.if-modified-since-not-modified": {
    statement: "Without If-None-Match, an If-Modified-Since at or after Last-Modified (and not in the future) is 304 Not Modified with no body",
    requirement: "MUST",
    provenance: recorded("get-cond-ims-now", "head-cond-ims-now", "get-cond-ims-equals-lastmodified", "head-cond-ims-equals-lastmodified"),
  },
  "read.precondition.if-modified-since-future": {
    statement: "An If-Modified-Since later than the server's clock is ignored, so the read proceeds",
    requirement: "MUST",
    provenance: recorded("get-cond-ims-future", "head-cond-ims-future"),
  },
  "read.precondition.if-modified-since-after-if-none-match": {
    statement: "RFC 9110: a recipient ignores If-Modified-Since when the request carries If-None-Match",
    requirement: "MUST",
    provenance: rfc(9110, "13.1.3"),
  },
  "read.precondition.invalid-date": {
    statement: "RFC 9110: an If-Modified-Since or If-Unmodified-Since that is not a valid HTTP-date is ignored",
    requirement: "MUST",
    provenance: rfc(9110, "13.1.3, 13.1.4"),
  },
  "read.precondition.obsolete-date-form": {
    statement: "RFC 9110: a recipient accepts an HTTP-date in the obsolete RFC 850 and asctime forms as well as IMF-fixdate",
    requirement: "MUST",
    provenance: rfc(9110, "5.6.7"),
  },
  "read.precondition.before-range": {
    statement: "RFC 9110: preconditions are evaluated before the Range is applied, so a failed precondition (412, then 304) is answered instead of a 416",
    requirement: "MUST",
    provenance: rfc(9110, "13.2.2"),
  },
  "read.not-modified.etag": {
    statement: "RFC 9110: a 304 Not Modified carries the ETag a 200 to the same request would have carried",
    requirement: "SHOULD",
    provenance: rfc(9110, "15.4.5"),
  },

  // The whole object (oracle/read/decide-read.ts, decideReadBack; oracle/read/object-headers.ts).
  "read.object.whole": {
    statement: "A read of an existing object whose preconditions hold, without Range or partNumber, is 200 with the stored bytes and their Content-Length (HeadObject: the same headers, no body)",
    requirement: "MUST",
    provenance: recorded("get-response-headers", "head-response-fields", "get-im-quoted-match", "get-inm-nomatch"),
  },
  "read.object.etag": {
    statement: "A read answers the object's ETag, quoted: the whole object's, also for a range or a part",
    requirement: "MUST",
    provenance: recorded("get-response-headers", "head-response-fields", "range-etag-is-full-object-etag", "get-partnumber-2", "head-partnumber-2"),
  },
  "read.object.last-modified": {
    statement: "A read answers Last-Modified as an IMF-fixdate (RFC 1123 form ending in GMT)",
    requirement: "MUST",
    provenance: recorded("last-modified-formats", "get-response-headers"),
  },
  "read.object.accept-ranges": {
    statement: "GetObject and HeadObject answer Accept-Ranges: bytes",
    requirement: "MUST",
    provenance: recorded("get-response-headers", "head-response-fields", "range-0-8", "get-partnumber-2", "head-partnumber-2"),
  },
  "read.object.stored-headers": {
    statement: "A read answers each Content-Type, Cache-Control, Content-Disposition, Content-Encoding, Content-Language and Expires the object was stored with, as written, and none it was not stored with",
    requirement: "MUST",
    provenance: recorded("get-response-headers", "range-headers-absent-when-unset", "range-keeps-content-type"),
  },
  "read.object.default-content-type": {
    statement: "An object stored without Content-Type is answered with Content-Type: binary/octet-stream",
    requirement: "SHOULD",
    provenance: recorded("get-response-headers", "head-response-fields", "range-0-8"),
  },
  "read.object.website-redirect-location": {
    statement: "A read answers the x-amz-website-redirect-location the object was stored with",
    requirement: "MUST",
    provenance: documented(GET_OBJECT),
  },
  "read.object.user-metadata": {
    statement: "A read answers each user metadata entry the object was stored with as an x-amz-meta-<name> header, name and value as written",
    requirement: "MUST",
    provenance: documented("https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingMetadata.html"),
  },

  // Range (oracle/read/ranges.ts).
  "read.range.partial": {
    statement: "A Range bytes=first-last or bytes=first- inside the object is 206 with those bytes, their Content-Length and Content-Range: bytes first-last/size",
    requirement: "MUST",
    provenance: recorded("range-0-8", "range-0-8-checksum-mode", "range-1-1", "range-0-0", "range-open-1", "range-first-half-2k", "range-etag-is-full-object-etag", "range-keeps-content-type"),
  },
  "read.range.suffix": {
    statement: "A Range bytes=-N with N from 1 to the size is 206 with the last N bytes and Content-Range: bytes (size-N)-(size-1)/size",
    requirement: "MUST",
    provenance: recorded("range-suffix-2", "range-suffix-9"),
  },
  "read.range.end-clamped": {
    statement: "A Range whose last byte lies past the end is served to the last byte: 206 with Content-Range: bytes first-(size-1)/size",
    requirement: "MUST",
    provenance: recorded("range-end-beyond-size-clamped", "range-second-half-2k-clamped"),
  },
  "read.range.suffix-clamped": {
    statement: "A Range bytes=-N with N past the size is 206 with the whole object and Content-Range: bytes 0-(size-1)/size",
    requirement: "MUST",
    provenance: recorded("range-suffix-15-clamped"),
  },
  "read.range.start-beyond-end": {
    statement: "A GetObject Range starting at or past the end of a non-empty object is 416",
    requirement: "MUST",
    provenance: recorded("range-start-beyond-size", "range-start-beyond-size-8"),
  },
  "read.range.suffix-zero": {
    statement: "A GetObject Range bytes=-0 is 416",
    requirement: "MUST",
    provenance: recorded("range-suffix-zero"),
  },
  "read.range.empty-object": {
    statement: "RFC 9110: no bytes=first-last or bytes=first- range is satisfiable on an empty representation, so a GET with one is 416",
    requirement: "MUST",
    provenance: rfc(9110, "14.1.1"),
  },
  "read.range.invalid-range-error": {
    statement: "GetObject's 416 is the error InvalidRange naming <RangeRequested> as sent and <ActualObjectSize>",
    requirement: "MUST",
    provenance: recorded("range-start-beyond-size", "range-start-beyond-size-8", "range-suffix-zero"),
  },
  "read.range.reversed": {
    statement: "A Range whose last byte comes before its first (bytes=1-0) is ignored: 200 with the whole object and no Content-Range",
    requirement: "MUST",
    provenance: recorded("range-reversed-1-0"),
  },
  "read.range.multiple": {
    statement: "A Range of several byte ranges is ignored: 200 with the whole object, no multipart/byteranges",
    requirement: "MUST",
    provenance: recorded("range-multi"),
  },
  "read.range.malformed": {
    statement: "A Range that is not bytes=first-last, bytes=first- or bytes=-N (no bytes= unit, bytes=-, negative positions) is ignored: 200 with the whole object",
    requirement: "MUST",
    provenance: recorded("range-no-unit", "range-dash-only", "range-malformed-0-neg1", "range-malformed-neg1-dash"),
  },
  "read.range.invalid-specifier": {
    statement: "RFC 9110: a Range whose ranges-specifier breaks its grammar (whitespace around = or inside a range, an empty range set) is ignored (200 with the whole object) or rejected (416)",
    requirement: "SHOULD",
    provenance: rfc(9110, "14.2"),
  },
  "read.range.unknown-unit": {
    statement: "RFC 9110: an origin server MUST ignore a Range in a unit it does not understand (items=0-1): 200 with the whole object",
    requirement: "MUST",
    provenance: rfc(9110, "14.2"),
  },
  "read.range.unit-case": {
    statement: "RFC 9110: range unit names are case-insensitive, so Bytes= and BYTES= name byte ranges, served as bytes= would be (206 for a satisfiable range)",
    requirement: "SHOULD",
    provenance: rfc(9110, "14.1"),
  },
  "read.range.leading-zeros": {
    statement: "RFC 9110: range positions are decimal digits, leading zeros allowed, so bytes=007-010 is bytes=7-10 and served so (206)",
    requirement: "SHOULD",
    provenance: rfc(9110, "14.1.1"),
  },
  "read.range.list-syntax": {
    statement: "RFC 9110: a range set is a list whose empty elements and whitespace around commas a recipient ignores, so bytes=0-9, is the one range 0-9 and served so (206)",
    requirement: "SHOULD",
    provenance: rfc(9110, "5.6.1, 14.1.1"),
  },
  "read.head.range-satisfiable": {
    statement: "HeadObject with a satisfiable Range answers the range's Content-Length and no body; the status (200 or 206) is not stated, Content-Range is absent or the range's",
    requirement: "MUST",
    provenance: documented(HEAD_OBJECT),
  },
  "read.head.range-unsatisfiable": {
    statement: "HeadObject with a Range that is not satisfiable is 416 with no body",
    requirement: "MUST",
    provenance: documented(HEAD_OBJECT),
  },
  "read.head.range-ignored": {
    statement: "HeadObject ignores the Range values GetObject ignores (reversed, several ranges, malformed) and answers 200 with the whole object's Content-Length",
    requirement: "SHOULD",
    provenance: inferred("GetObject's recorded answers to the same Range values (range-reversed-1-0, range-multi, range-no-unit, range-dash-only) and HeadObject's documentation that HEAD answers as GET without a body"),
  },

  // If-Range (oracle/read/if-range.ts), evaluated after the other preconditions (RFC 9110 13.2.2).
  "read.if-range.entity-tag-match": {
    statement: "RFC 9110: an If-Range entity tag that strongly matches the ETag lets the Range apply as if sent alone (206 with the range, or 416)",
    requirement: "SHOULD",
    provenance: rfc(9110, "13.1.5"),
  },
  "read.if-range.entity-tag-mismatch": {
    statement: "RFC 9110: an If-Range entity tag other than the ETag makes the server ignore the Range: 200 with the whole object, never 206 or 416",
    requirement: "MUST",
    provenance: rfc(9110, "13.1.5"),
  },
  "read.if-range.weak-entity-tag": {
    statement: "RFC 9110: If-Range compares entity tags strongly, so a weak W/\"<etag>\" never matches and the Range is ignored: 200 with the whole object",
    requirement: "MUST",
    provenance: rfc(9110, "13.1.5"),
  },
  "read.if-range.date-match": {
    statement: "RFC 9110: an If-Range HTTP-date equal to Last-Modified holds only if the server deems it a strong validator, so the Range applies or is ignored (200 with the whole object)",
    requirement: "MUST",
    provenance: rfc(9110, "13.1.5, 8.8.2.2"),
  },
  "read.if-range.date-mismatch": {
    statement: "RFC 9110: an If-Range HTTP-date not exactly Last-Modified (earlier or later) does not match, so the Range is ignored: 200 with the whole object",
    requirement: "MUST",
    provenance: rfc(9110, "13.1.5"),
  },
  "read.if-range.not-a-validator": {
    statement: "RFC 9110: an If-Range that is neither an entity tag nor an HTTP-date matches no validator, so the Range is ignored: 200 with the whole object",
    requirement: "MUST",
    provenance: rfc(9110, "13.1.5"),
  },
  "read.if-range.without-range": {
    statement: "RFC 9110: a server MUST ignore If-Range in a request without Range: the read is answered as if If-Range were absent",
    requirement: "MUST",
    provenance: rfc(9110, "13.1.5"),
  },

  // partNumber (oracle/read/part-numbers.ts).
  "read.part-number.part": {
    statement: "partNumber=N of a multipart object is 206 with that part's bytes, their Content-Length, Content-Range of the part within the object and x-amz-mp-parts-count",
    requirement: "MUST",
    provenance: recorded("get-partnumber-2", "get-partnumber-2-checksum-mode", "head-partnumber-2", "get-partnumber-1-single-part-mpu-composite", "get-partnumber-1-single-part-mpu-full-object"),
  },
  "read.part-number.single-part-object": {
    statement: "GetObject partNumber=1 of an object not uploaded in parts is 206 with the whole object, Content-Range: bytes 0-(size-1)/size and no x-amz-mp-parts-count",
    requirement: "MUST",
    provenance: recorded("get-partnumber-1-non-multipart"),
  },
  "read.part-number.beyond-count": {
    statement: "GetObject with a partNumber past the object's part count (one for an object not uploaded in parts) is 416 InvalidPartNumber naming <PartNumberRequested> and <ActualPartCount>",
    requirement: "MUST",
    provenance: recorded("get-partnumber-too-high", "get-partnumber-2-non-multipart"),
  },
  "read.part-number.with-range": {
    statement: "GetObject with both partNumber and Range is 400 InvalidRequest",
    requirement: "MUST",
    provenance: recorded("get-partnumber-with-range"),
  },
  "read.head.part-number-single-part-object": {
    statement: "HeadObject partNumber=1 of an object not uploaded in parts is 206 with the whole object's Content-Length and Content-Range, no x-amz-mp-parts-count and no body",
    requirement: "MUST",
    provenance: inferred("get-partnumber-1-non-multipart and HeadObject's documentation that HEAD answers as GET without a body"),
  },
  "read.head.part-number-beyond-count": {
    statement: "HeadObject with a partNumber past the object's part count is 416 with no body",
    requirement: "MUST",
    provenance: inferred("get-partnumber-too-high, get-partnumber-2-non-multipart and HeadObject's documentation that HEAD answers as GET without a body"),
  },
  "read.head.part-number-with-range": {
    statement: "HeadObject with both partNumber and Range is 400 with no body",
    requirement: "MUST",
    provenance: inferred("get-partnumber-with-range and HeadObject's documentation that HEAD answers as GET without a body"),
  },

  // response-* overrides (oracle/read/response-overrides.ts).
  "read.response-overrides.applied": {
    statement: "Each response-* parameter of GetObject replaces its header (Content-Type, Content-Language, Expires, Cache-Control, Content-Disposition, Content-Encoding) verbatim",
    requirement: "MUST",
    provenance: recorded("get-response-overrides", "get-response-overrides-presigned"),
  },
  "read.response-overrides.non-latin1": {
    statement: "A GetObject response-* value with characters outside ISO-8859-1 is 400 InvalidArgument naming the parameter in <ArgumentName> and its value in <ArgumentValue>",
    requirement: "MUST",
    provenance: recorded("get-response-override-non-latin1"),
  },
  "read.head.response-overrides": {
    statement: "Each response-* parameter of HeadObject replaces its header verbatim",
    requirement: "MUST",
    provenance: documented(HEAD_OBJECT),
  },

  // HEAD against GET (suites/s3/head-object/headers.test.ts).
  "read.head.same-as-get": {
    statement: "HeadObject answers the headers GetObject answers for the same object",
    requirement: "MUST",
    provenance: documented(HEAD_OBJECT),
  },

  // versionId and delete markers (oracle/read/versions.ts).
  "read.version-id.invalid": {
    statement: "GetObject with a versionId other than null in a bucket never versioned is 400 InvalidArgument naming versionId, not 404",
    requirement: "MUST",
    provenance: recorded("get-bogus-version-id-unversioned"),
  },
  "read.delete-marker.current": {
    statement: "GetObject of a key whose current version is a delete marker is 404 NoSuchKey with x-amz-delete-marker: true and the marker's x-amz-version-id",
    requirement: "MUST",
    provenance: recorded("get-current-is-delete-marker"),
  },
  "read.delete-marker.by-version-id": {
    statement: "GetObject naming a delete marker by versionId is 405 MethodNotAllowed with Allow: DELETE, x-amz-delete-marker: true and the marker's x-amz-version-id",
    requirement: "MUST",
    provenance: recorded("get-version-id-is-delete-marker"),
  },
  "delete.versioned.creates-marker": {
    statement: "DeleteObject without versionId in a versioning-enabled bucket is 204 and names the delete marker it created in x-amz-version-id, with x-amz-delete-marker: true",
    requirement: "MUST",
    provenance: documented("https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObject.html"),
  },

  // Not found (oracle/read/not-found.ts).
  "read.not-found.no-such-key": {
    statement: "A read of a key that holds no object is 404, before any Range is looked at; GetObject's error is NoSuchKey naming the <Key>, HeadObject's has no body",
    requirement: "MUST",
    provenance: recorded("get-no-such-key-case-sensitive", "head-no-such-key", "range-on-missing-key"),
  },
  "read.not-found.no-such-bucket": {
    statement: "GetObject in a bucket that does not exist is 404 NoSuchBucket naming the <BucketName>",
    requirement: "MUST",
    provenance: recorded("get-no-such-bucket"),
  },
  "read.head.no-such-bucket": {
    statement: "HeadObject in a bucket that does not exist is 404 with no body",
    requirement: "MUST",
    provenance: documented(HEAD_OBJECT),
  },
  "put.not-found.no-such-bucket": {
    statement: "PutObject into a bucket that does not exist is 404 NoSuchBucket naming the <BucketName>",
    requirement: "MUST",
    provenance: documented("https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html"),
  },
} satisfies RuleTable;

/** The id of a rule this table declares. */
export type ReadRuleId = keyof typeof READ_RULES;
