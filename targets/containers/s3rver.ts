import { S3RVER_CREDENTIALS } from "../s3rver-supervisor.ts";
import { ContainerTarget, type HostStart, type StartSpec } from "./container-target.ts";

/**
 * s3rver from npm in the project's own image (`images/s3rver/`), run by the embedded target's
 * supervisor with its write patch: it shows the embedded target's deviations, and a dead s3rver is
 * restarted, so only the requests in flight fail.
 */
export class S3rverContainer extends ContainerTarget {
  readonly name = "s3rver";
  readonly credentials = S3RVER_CREDENTIALS;
  readonly s3Port = 4568;
  readonly startupTimeoutMs = 30_000;

  mappedStart(): StartSpec {
    return { env: { S3RVER_ADDRESS: "0.0.0.0" } };
  }

  hostStart(nextPort: () => number): HostStart {
    const port = nextPort();
    return { port, env: { S3RVER_ADDRESS: "127.0.0.1", S3RVER_PORT: String(port) } };
  }
}
