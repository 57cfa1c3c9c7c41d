/**
 * How an object or upload is encrypted. The store keeps plaintext: for SSE-C it remembers only the
 * base64 MD5 of the customer's key, which is all it needs to tell the right key from a wrong one.
 */
export type Encryption =
  | { kind: "AES256" }
  | { kind: "aws:kms"; keyArn: string; bucketKey: boolean }
  | { kind: "SSE-C"; keyMd5: string };

export const SSE_S3: Encryption = { kind: "AES256" };

/** Whether two encryptions are the same: kind and key. */
export function sameEncryption(a: Encryption, b: Encryption): boolean {
  switch (a.kind) {
    case "AES256":
      return b.kind === "AES256";
    case "SSE-C":
      return b.kind === "SSE-C" && a.keyMd5 === b.keyMd5;
    case "aws:kms":
      return b.kind === "aws:kms" && a.keyArn === b.keyArn && a.bucketKey === b.bucketKey;
  }
}
