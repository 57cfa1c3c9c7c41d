import { CUSTOMER_KEY_PREFIX, readCustomerKey, unusableForWriting } from "./customer-key.ts";
import { SSE_S3, type Encryption } from "./encryption.ts";
import { errorReply, isRefusal, type Refusal } from "./replies.ts";
import type { StoreContext } from "./store-context.ts";

const SSE = "x-amz-server-side-encryption";
const KMS_KEY_ID = "x-amz-server-side-encryption-aws-kms-key-id";

/**
 * How a PutObject, CopyObject or CreateMultipartUpload asks the new object to be encrypted, or the
 * 400 refusing it. SSE-C with `x-amz-server-side-encryption` is InvalidArgument naming the latter
 * (put-ssec-plus-sse-header, checked before the SSE-C headers themselves). `aws:kms` takes a key the
 * store holds, else KMS.NotFoundException (put-kms-invalid-key-id), or the AWS-managed key when none
 * is named (put-kms-no-key-id). Unrecorded, our reading of the documentation: a KMS key id without
 * `aws:kms` is InvalidArgument naming x-amz-server-side-encryption; an unknown algorithm is
 * InvalidArgument with its value; `aws:kms:dsse` is not implemented. Nothing asked: SSE-S3, as every
 * bucket now encrypts by default (put-default-sse-s3).
 */
export function writeEncryption(headers: Record<string, string>, store: StoreContext, region: string): Encryption | Refusal {
  const requested = headers[SSE];
  const customerHeaders = Object.keys(headers).some((name) => name.startsWith(CUSTOMER_KEY_PREFIX));
  if (customerHeaders && requested !== undefined) return errorReply(400, "InvalidArgument", { ArgumentName: SSE, ArgumentValue: requested });
  const customer = readCustomerKey(headers, CUSTOMER_KEY_PREFIX, store.faults);
  if (customer !== undefined) {
    if (isRefusal(customer)) return customer;
    return unusableForWriting(customer) ?? { kind: "SSE-C", keyMd5: customer.keyMd5 };
  }
  const keyId = headers[KMS_KEY_ID];
  if (requested === "aws:kms") {
    const bucketKey = headers["x-amz-server-side-encryption-bucket-key-enabled"]?.toLowerCase() === "true";
    if (keyId === undefined) return { kind: "aws:kms", keyArn: store.kms.awsManaged(region), bucketKey };
    const keyArn = store.kms.resolve(keyId, region);
    return keyArn === undefined ? errorReply(400, "KMS.NotFoundException") : { kind: "aws:kms", keyArn, bucketKey };
  }
  if (keyId !== undefined) return errorReply(400, "InvalidArgument", { ArgumentName: SSE });
  if (requested === undefined || requested === "AES256") return SSE_S3;
  if (requested === "aws:kms:dsse") return errorReply(501, "NotImplemented", { Header: SSE });
  return errorReply(400, "InvalidArgument", { ArgumentName: SSE, ArgumentValue: requested });
}
