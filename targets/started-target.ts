import type { TargetInfo } from "../harness/target-info.ts";

/**
 * A target once started, as testcontainers' `Started…` classes are: what a run needs to reach it
 * (`info`, and typed getters over it) and `stop()`, which ends whatever the start made.
 */
export abstract class StartedTarget {
  abstract readonly info: TargetInfo;

  /** The S3 endpoint, e.g. `http://127.0.0.1:4568`. */
  getEndpoint(): string {
    return this.info.s3.endpoint;
  }

  getCredentials(): TargetInfo["s3"]["credentials"] {
    return this.info.s3.credentials;
  }

  getRegion(): string {
    return this.info.s3.region;
  }

  abstract stop(): Promise<void>;
}
