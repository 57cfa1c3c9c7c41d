import type { CaseMeta, Feature } from "./case-meta.ts";

/**
 * Features a store may lack and still conform for the rest: encryption at rest (SSE-C, SSE-KMS,
 * SSE-S3). A 501 on a case of one of these is `unsupported`; on any other case it is a finding.
 */
export const OPTIONAL_FEATURES: readonly Feature[] = ["sse-c", "sse-kms", "sse-s3"];

export function isOptionalCase(meta: CaseMeta): boolean {
  return meta.optional ?? OPTIONAL_FEATURES.includes(meta.feature);
}
