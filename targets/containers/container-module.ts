import type { Capabilities } from "../../harness/target-info.ts";
import type { ContainerName } from "./container-names.ts";

/**
 * One catalog store as data, in the manner of a testcontainers module: its credentials, how to start
 * it in each network mode, how to know it is ready, what it can do, and where it departs from AWS on
 * purpose. Images are pinned in images.ts, not here.
 */
export interface ContainerModule {
  name: ContainerName;
  /** What runs, for messages. */
  description: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  region: string;
  /** The S3 port inside the container; `mapped` publishes it on 127.0.0.1 at a port the engine picks. */
  s3Port: number;
  /** How to start it with its own network namespace, listening on every interface of that namespace. */
  mapped: StartSpec;
  /**
   * How to start it on the host's network, bound to 127.0.0.1 at ports the launcher picked (`nextPort`
   * hands out free ones); or why it cannot be, for stores that cannot bind to one address.
   */
  host: ((nextPort: () => number) => HostStart) | { unsupported: string };
  ready: Readiness;
  /** After this long without readiness the run fails and the container is removed. */
  startupTimeoutMs: number;
  /** Runs once it answers: commands that create keys, layouts and the like (`exec` runs one in the container). */
  setup?: (exec: (command: string[]) => Promise<string>) => Promise<void>;
  /** What it offers to the cases, given its S3 endpoint. */
  capabilities(endpoint: string): Capabilities;
  /** Where it departs from AWS on purpose or by design, and how the catalog handles it. */
  deviations: string[];
}

/** What differs between starts of one image: entrypoint, command, environment, files, tmpfs mounts. */
export interface StartSpec {
  entrypoint?: string[];
  command?: string[];
  env?: Record<string, string>;
  files?: Array<{ target: string; content: string }>;
  tmpfs?: Record<string, string>;
}

export interface HostStart extends StartSpec {
  /** The host port its S3 API listens on, on 127.0.0.1. */
  port: number;
}

/**
 * Ready when GET `path` on the S3 port gets any HTTP answer (or exactly `status`), polled from this
 * process; `log` is the line it prints when ready, for people reading its output.
 */
export interface Readiness {
  path: string;
  status?: number;
  log?: string;
}

/** Capabilities of a store that offers neither SSE-C over HTTP nor KMS keys nor MediaStore Data. */
export function plainS3(): Capabilities {
  return { sseCOverHttp: false, kmsKeyIds: [] };
}
