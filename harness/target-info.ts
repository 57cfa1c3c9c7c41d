import type { MediaStoreEndpoint, S3Endpoint } from "../transport/endpoints.ts";

/** How a target came to be: started in-process, given as a URL, a local Ceph RGW, or a container. */
export type TargetKind = "embedded" | "endpoint" | "ceph-rgw" | "container";

/** What a case knows about the store under test. Serialisable: it crosses from globalSetup to workers. */
export interface TargetInfo {
  /** Name used for expectations (`expectations/<name>.json`) and in reports. */
  name: string;
  kind: TargetKind;
  protocols: Array<"s3" | "mediastore-data">;
  s3: S3Endpoint;
  capabilities: Capabilities;
}

export interface Capabilities {
  /** The target accepts SSE-C headers over plain HTTP (AWS does not). */
  sseCOverHttp: boolean;
  /** KMS key ids the target holds, for the SSE-KMS cases. */
  kmsKeyIds: string[];
  /** MediaStore Data container endpoint, when the target serves that protocol (signed with the S3 credentials). */
  mediastoreEndpoint?: string;
  /** An endpoint of a container that does not exist, for ContainerNotFoundException. */
  mediastoreMissingContainerEndpoint?: string;
}

/** The MediaStore Data container the target serves, signed like its S3 endpoint; undefined when it serves none. */
export function mediastoreOf(target: TargetInfo, endpoint = target.capabilities.mediastoreEndpoint): MediaStoreEndpoint | undefined {
  if (!endpoint) return undefined;
  return { endpoint, region: target.s3.region, credentials: target.s3.credentials, ...(target.s3.ca ? { ca: target.s3.ca } : {}) };
}
