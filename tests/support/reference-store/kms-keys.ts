/** The account the store pretends to be, for ARNs. */
const STORE_ACCOUNT = "123456789012";

/** The customer key the store holds unless told otherwise; pass it as `--kms-key-id`. */
export const DEFAULT_KMS_KEY_ID = "0d7c3f36-4b1e-4a53-9a2f-6f2b8c1e5a10";

/** The id of the AWS-managed `aws/s3` key, used for `aws:kms` without a key id. */
const AWS_MANAGED_KEY_ID = "aws-managed-s3-0000-0000-000000000000";

/**
 * The KMS keys the store knows: a request may name one by bare id, by key ARN, or by alias, and
 * answers always echo the key ARN (aws-observed put-kms-key-id-echoed-as-arn). Any other id is 400
 * KMS.NotFoundException (put-kms-invalid-key-id).
 */
export class KmsKeys {
  private readonly ids: string[];

  constructor(ids: readonly string[]) {
    this.ids = [...ids];
  }

  /** The ARN of the key a request names, or undefined when the store holds no such key. */
  resolve(requested: string, region: string): string | undefined {
    for (const id of this.ids) {
      const arn = keyArn(id, region);
      if (requested === id || requested === arn || requested === bareId(id)) return arn;
    }
    return undefined;
  }

  awsManaged(region: string): string {
    return keyArn(AWS_MANAGED_KEY_ID, region);
  }
}

function keyArn(id: string, region: string): string {
  if (id.startsWith("arn:")) return id;
  return id.startsWith("alias/") ? `arn:aws:kms:${region}:${STORE_ACCOUNT}:${id}` : `arn:aws:kms:${region}:${STORE_ACCOUNT}:key/${id}`;
}

function bareId(id: string): string {
  return id.startsWith("arn:") ? id.slice(id.lastIndexOf("/") + 1) : id;
}
