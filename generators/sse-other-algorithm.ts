import fc from "fast-check";

/**
 * An SSE-C algorithm value that is not AES256: the recorded `KMS` (put-ssec-wrong-algorithm), the
 * SSE-KMS value, other ciphers and spellings. Never one that differs from AES256 only in case or
 * surrounding space, which HTTP or a lenient store might fold into AES256.
 */
export function sseOtherAlgorithm(): fc.Arbitrary<string> {
  return fc.constantFrom("KMS", "aws:kms", "AES128", "AES192", "AES512", "AES-256", "AES_256", "AES256-GCM", "DES", "RSA");
}
