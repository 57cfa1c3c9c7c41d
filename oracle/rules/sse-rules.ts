import { inferred, recorded, type RuleTable } from "./rule.ts";

const SSE_C_GUIDE = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html";

/**
 * Server-side encryption (SSE-C, SSE-KMS, SSE-S3) across PutObject, GetObject, HeadObject,
 * CopyObject and the multipart operations: the refusals of faulty encryption headers and keys, what
 * an encrypted write stores, and the headers every answer about an encrypted object echoes.
 */
export const SSE_RULES = {
  // SSE-C headers: their own faults, in the order they are checked.
  "sse-c.headers.with-sse-header": {
    statement: "SSE-C headers together with x-amz-server-side-encryption are 400 InvalidArgument naming x-amz-server-side-encryption and its value, before the algorithm is looked at",
    requirement: "MUST",
    provenance: recorded("put-ssec-plus-sse-header", "copy-ssec-dest-plus-sse-header"),
  },
  "sse-c.headers.missing-algorithm": {
    statement: "SSE-C headers without the customer algorithm header are 400 InvalidArgument naming x-amz-server-side-encryption",
    requirement: "MUST",
    provenance: recorded("put-ssec-missing-algorithm"),
  },
  "sse-c.headers.other-algorithm": {
    statement: "An SSE-C customer algorithm other than AES256 is 400 InvalidEncryptionAlgorithmError naming x-amz-server-side-encryption and the value (HEAD: 400 without a body)",
    requirement: "MUST",
    provenance: recorded("put-ssec-wrong-algorithm", "get-ssec-wrong-algorithm", "head-ssec-wrong-algorithm", "copy-ssec-source-wrong-algorithm", "copy-ssec-dest-wrong-algorithm"),
  },
  "sse-c.headers.missing-key": {
    statement: "SSE-C headers without the customer key header are 400 InvalidArgument naming x-amz-server-side-encryption",
    requirement: "MUST",
    provenance: recorded("put-ssec-missing-key"),
  },
  "sse-c.headers.missing-key-md5": {
    statement: "SSE-C headers without the customer key-MD5 header are 400 InvalidArgument",
    requirement: "MUST",
    provenance: inferred(`${SSE_C_GUIDE}, which requires the key-MD5 header with the key (no recording lacks it: botocore always sends one); InvalidArgument is the code of every recorded SSE-C header fault`),
  },
  "sse-c.headers.malformed-key": {
    statement: "An SSE-C customer key that is not canonical base64 is 400 InvalidArgument",
    requirement: "MUST",
    provenance: inferred(`${SSE_C_GUIDE}, which requires a base64-encoded key; a key that cannot be decoded cannot match its key-MD5, whose mismatch is 400 InvalidArgument (put-ssec-key-md5-mismatch)`),
  },
  "sse-c.headers.key-md5-mismatch": {
    statement: "An SSE-C key-MD5 that is not the MD5 of the key is 400 InvalidArgument naming x-amz-server-side-encryption",
    requirement: "MUST",
    provenance: recorded("put-ssec-key-md5-mismatch"),
  },
  "sse-c.write.key-length": {
    statement: "A write (PutObject, CreateMultipartUpload, UploadPart, a copy's destination) with an SSE-C key that is not 256 bits, however consistent its key-MD5, is 400 InvalidArgument naming x-amz-server-side-encryption",
    requirement: "MUST",
    provenance: recorded("put-ssec-key-10-bytes", "put-ssec-key-44-bytes"),
  },

  // Reading an object (GET, HEAD, a copy's source) with or without its SSE-C key.
  "sse-c.read.key-missing": {
    statement: "Reading an SSE-C object (GetObject, HeadObject, or as a copy's source) without SSE-C headers for it is 400 InvalidRequest (HEAD: 400 without a body)",
    requirement: "MUST",
    provenance: recorded("get-ssec-object-without-key", "copy-ssec-source-missing-source-key"),
  },
  "sse-c.read.wrong-key": {
    statement: "GetObject or HeadObject of an SSE-C object with a well-formed key other than its own, of 256 bits or not, is 403 AccessDenied (HEAD: 403 without a body)",
    requirement: "MUST",
    provenance: recorded("get-ssec-wrong-key", "get-ssec-version-other-key", "get-ssec-key-44-bytes", "head-ssec-key-44-bytes"),
  },
  "sse-c.read.empty-key": {
    statement: "Reading with an empty SSE-C key header is refused with 400 (a missing key) or 403 (a key that is not the object's)",
    requirement: "MUST",
    provenance: inferred("put-ssec-missing-key (no key: 400) and get-ssec-key-44-bytes (a read's key of another length: 403); an empty key is one or the other"),
  },
  "sse-c.read.key-on-unencrypted-object": {
    statement: "SSE-C headers (or their copy-source twins) for an object not stored with SSE-C are 400 InvalidRequest: they do not apply",
    requirement: "SHOULD",
    provenance: inferred(
      "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html (encryption request headers for an object stored with SSE-S3 or SSE-KMS get 400 Bad Request); InvalidRequest is the code of the other SSE-C key mismatches (get-ssec-object-without-key, upload-part-ssec-on-plain-upload)",
    ),
  },
  "sse-c.copy-source.wrong-key": {
    statement: "A copy (CopyObject, UploadPartCopy) of an SSE-C source whose copy-source key is well formed but not the source's, of 256 bits or not, is 403 AccessDenied, as GetObject is",
    requirement: "SHOULD",
    provenance: inferred("get-ssec-wrong-key and get-ssec-key-44-bytes: API_CopyObject.html requires the copy-source key to be the one the source was written with, without naming the answer"),
  },

  // The parts of an SSE-C upload carry the upload's key, and only those.
  "sse-c.part.key-missing": {
    statement: "UploadPart (or UploadPartCopy) into an SSE-C upload without SSE-C headers is 400 InvalidRequest",
    requirement: "MUST",
    provenance: recorded("upload-part-plain-on-ssec-upload"),
  },
  "sse-c.part.other-key": {
    statement: "UploadPart (or UploadPartCopy) into an SSE-C upload with a key other than the upload's is 400 InvalidRequest",
    requirement: "MUST",
    provenance: recorded("upload-part-other-key-on-ssec-upload"),
  },
  "sse-c.part.key-on-unencrypted-upload": {
    statement: "UploadPart (or UploadPartCopy) with SSE-C headers into an upload created without SSE-C is 400 InvalidRequest",
    requirement: "MUST",
    provenance: recorded("upload-part-ssec-on-plain-upload"),
  },
  "sse-c.complete.key-not-needed": {
    statement: "CompleteMultipartUpload of an SSE-C upload needs no SSE-C headers and then echoes none; with the upload's key it may echo the algorithm and key-MD5",
    requirement: "MUST",
    provenance: recorded("complete-mpu-ssec-without-key"),
  },

  // SSE-KMS keys.
  "sse-kms.key-id-without-aws-kms": {
    statement: "A write with x-amz-server-side-encryption-aws-kms-key-id but without x-amz-server-side-encryption: aws:kms (none, or AES256) is 400 InvalidArgument",
    requirement: "MUST",
    provenance: inferred(
      "https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html (the key id header applies with x-amz-server-side-encryption: aws:kms); InvalidArgument is the code of an encryption header that does not apply (put-ssec-plus-sse-header)",
    ),
  },
  "sse-kms.key-not-found": {
    statement: "A write naming a KMS key the store does not hold, or a key ARN in another region than the bucket's, is 400 KMS.NotFoundException",
    requirement: "MUST",
    provenance: recorded(
      "put-kms-invalid-key-id",
      "put-kms-unknown-uuid",
      "put-kms-unknown-arn",
      "put-kms-arn-other-region",
      "put-kms-bare-id-other-region",
      "create-mpu-kms-invalid-key-id",
      "copy-kms-invalid-key-id",
    ),
  },
  "sse-kms.key-disabled": {
    statement: "A write naming a disabled KMS key, or a read of an object encrypted under one, is 400 KMS.DisabledException",
    requirement: "MUST",
    provenance: recorded("put-kms-disabled-key", "get-kms-disabled-key"),
  },
  "sse-kms.key-pending-deletion": {
    statement: "A read of an object whose KMS key is pending deletion is 400 KMS.KMSInvalidStateException",
    requirement: "MUST",
    provenance: recorded("get-kms-pending-deletion-key"),
  },

  // What an encrypted write stores, and what answers about the object echo.
  "sse.put.stored": {
    statement: "PutObject whose encryption headers are well formed and name a usable key stores the object: 200 with an empty body, and under SSE-S3 the quoted MD5 of the body as ETag",
    requirement: "MUST",
    provenance: recorded("put-default-sse-s3", "put-ssec-valid", "put-kms-key-id-echoed-as-arn"),
  },
  "sse-s3.echo": {
    statement: "Answers about an object, upload or part encrypted with SSE-S3 (asked for with AES256, or by a bucket without encryption configuration) carry x-amz-server-side-encryption: AES256 and no KMS key, bucket key or SSE-C header",
    requirement: "MUST",
    provenance: recorded("put-default-sse-s3", "put-no-headers-bucket-default-sse-s3-bucketkey"),
  },
  "sse-c.echo": {
    statement: "Answers about an object, upload or part encrypted with SSE-C carry the customer algorithm AES256 and the key's key-MD5, and neither x-amz-server-side-encryption nor the key",
    requirement: "MUST",
    provenance: recorded("put-ssec-valid", "get-ssec-valid", "head-ssec-valid", "create-mpu-ssec", "upload-part-ssec", "copy-ssec-source-to-ssec"),
  },
  "sse-kms.echo": {
    statement: "Answers about an object, upload or part encrypted with SSE-KMS carry x-amz-server-side-encryption: aws:kms and the id of its key, and no SSE-C header",
    requirement: "MUST",
    provenance: recorded("put-kms-key-id-echoed-as-arn", "put-kms-no-key-id", "get-kms-object", "create-mpu-kms", "upload-part-kms", "complete-mpu-kms"),
  },
  "sse-kms.key-id-arn": {
    statement: "The KMS key id echoed is the key's full ARN in the bucket's region, also when the request named it by bare id or named none (the AWS managed key)",
    requirement: "SHOULD",
    provenance: recorded("put-kms-key-id-echoed-as-arn", "put-kms-no-key-id", "put-no-headers-bucket-default-kms"),
  },
  "sse-kms.bucket-key-echo": {
    statement: "x-amz-server-side-encryption-bucket-key-enabled: true is echoed when an SSE-KMS object uses a bucket key (asked for, or the bucket default's), and the header is absent otherwise",
    requirement: "MUST",
    provenance: recorded("copy-to-kms-bucket-key", "create-mpu-kms", "put-kms-no-key-id-bucket-default-bucketkey", "put-no-headers-bucket-default-kms-no-bucketkey"),
  },
  "sse.etag.not-plaintext-md5": {
    statement: "The ETag of an object or part written in one request under SSE-C or SSE-KMS is a quoted 32-hex digest that is not the MD5 of its plaintext",
    requirement: "SHOULD",
    provenance: recorded("put-ssec-valid", "put-kms-key-id-echoed-as-arn", "upload-part-ssec", "upload-part-kms", "copy-ssec-source-to-ssec"),
  },
  "sse.complete.no-checksum-elements": {
    statement: "The CompleteMultipartUploadResult of an SSE-C or SSE-KMS upload carries no checksum elements",
    requirement: "SHOULD",
    provenance: recorded("complete-mpu-ssec-without-key", "complete-mpu-kms"),
  },
} satisfies RuleTable;
