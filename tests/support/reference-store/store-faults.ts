import type { ReadFaults } from "./reference-reads.ts";

/**
 * The ways the reference store can be asked to be wrong, one documented rule bent per flag, so a
 * self test can show that a case fails when exactly that rule breaks. No flag: the store follows
 * the AWS documentation and the aws-observed recordings.
 */
export interface StoreFaults {
  /** GetObject/HeadObject rules bent (conditions, ranges); see ReadFaults. */
  reads?: ReadFaults;

  /** CompleteMultipartUpload's ETag lacks the `-N` part count: the quoted MD5 of the part MD5s alone. */
  multipartEtagWithoutPartCount?: boolean;
  /** A part under 5 MiB is accepted anywhere in the list: no 400 EntityTooSmall. */
  entityTooSmallUnchecked?: boolean;
  /** A parts list out of ascending order (or repeating a number) is assembled in the order listed: no 400 InvalidPartOrder. */
  partOrderUnchecked?: boolean;

  /** `x-amz-copy-source-if-match` is not looked at (CopyObject and UploadPartCopy). */
  copySourceIfMatchIgnored?: boolean;
  /** A matching `x-amz-copy-source-if-none-match` answers 304 Not Modified instead of 412 PreconditionFailed. */
  copySourceIfNoneMatchNotModified?: boolean;
  /** `x-amz-metadata-directive: REPLACE` is treated as COPY: the source's metadata and headers are kept. */
  replaceDirectiveAsCopy?: boolean;
  /** UploadPartCopy ignores `x-amz-copy-source-range`: every part is the whole source. */
  copySourceRangeIgnored?: boolean;
  /** The key in `x-amz-copy-source` is used without URL-decoding it. */
  copySourceKeyNotDecoded?: boolean;
  /** A copy of an object onto itself that changes nothing is made instead of refused with 400 InvalidRequest. */
  inPlaceCopyUnchecked?: boolean;
  /** UploadPart and UploadPartCopy take any whole part number, not just 1 to 10000. */
  partNumberUnchecked?: boolean;

  /** An SSE-C object is served by GET/HEAD (and copied) without the customer key. */
  sseCustomerKeyNotRequired?: boolean;
  /** An SSE-C object is served with a different (well-formed) customer key than it was written with. */
  sseCustomerWrongKeyAccepted?: boolean;
  /** `x-amz-server-side-encryption-customer-key-MD5` is not compared with the key. */
  sseCustomerKeyMd5Unchecked?: boolean;
  /** Answers never carry `x-amz-server-side-encryption-customer-key-MD5`. */
  sseCustomerKeyMd5EchoMissing?: boolean;
  /** Answers never carry `x-amz-server-side-encryption-aws-kms-key-id`. */
  kmsKeyIdEchoMissing?: boolean;
}
