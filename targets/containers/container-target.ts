import type { Capabilities } from "../../harness/target-info.ts";
import type { ContainerName } from "./container-names.ts";
import { PINNED_IMAGES } from "./images.ts";
import type { StartedContainerTarget } from "./started-container-target.ts";
import { applyTestcontainersEnvironment } from "./testcontainers-environment.ts";

export interface ContainerTargetOptions {
  /** Replaces the image pinned in images.ts (`--image`). */
  image?: string | undefined;
  /** `mapped` (the default): the S3 port published on 127.0.0.1; `host`: host networking, bound to 127.0.0.1. */
  network?: "mapped" | "host";
  /** Replaces the store's own startup timeout. */
  startupTimeoutMs?: number;
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

/** Ready when GET `path` on the S3 port gets any HTTP answer, or exactly `status`, polled from this process. */
export interface Readiness {
  path: string;
  status?: number;
}

/**
 * One catalog store, in the manner of a testcontainers module: a small subclass gives its
 * credentials, how to start it in each network mode, how to know it is ready and what it offers;
 * `start()` launches its image (pinned in images.ts) and hands back a StartedContainerTarget.
 */
export abstract class ContainerTarget {
  abstract readonly name: ContainerName;
  abstract readonly credentials: { accessKeyId: string; secretAccessKey: string };
  readonly region: string = "us-east-1";
  /** The S3 port inside the container; mapped networking publishes it on 127.0.0.1 at a port the engine picks. */
  abstract readonly s3Port: number;
  readonly readiness: Readiness = { path: "/" };
  /** After this long without readiness the run fails and the container is removed. */
  abstract readonly startupTimeoutMs: number;
  private readonly options: ContainerTargetOptions;

  constructor(options: ContainerTargetOptions = {}) {
    this.options = options;
  }

  /** How to start it with its own network namespace, listening on every interface of that namespace. */
  abstract mappedStart(): StartSpec;

  /**
   * How to start it on the host's network, bound to 127.0.0.1 at ports the launcher picked (`nextPort`
   * hands out free ones); or why it cannot be, for stores that cannot bind to one address.
   */
  abstract hostStart(nextPort: () => number): HostStart | { unsupported: string };

  /** Runs once it answers: commands that create keys, layouts and the like (`exec` runs one in the container). */
  async setup(_exec: (command: string[]) => Promise<string>): Promise<void> {}

  /** What it offers to the cases, given its S3 endpoint; by default neither SSE-C over HTTP nor KMS keys nor MediaStore Data. */
  capabilities(_endpoint: string): Capabilities {
    return { sseCOverHttp: false, kmsKeyIds: [] };
  }

  /**
   * Starts the image and waits until its S3 port answers. Nothing is ever pulled: a missing image is
   * one line naming it and how to get it; whatever else fails on the way leaves no container.
   */
  async start(): Promise<StartedContainerTarget> {
    // Before testcontainers loads: it reads these when it first reaches the engine.
    applyTestcontainersEnvironment();
    const { launchContainer } = await import("./launch-container.ts");
    const { image = PINNED_IMAGES[this.name], network = "mapped", startupTimeoutMs = this.startupTimeoutMs } = this.options;
    return launchContainer(this, { image, network, startupTimeoutMs });
  }
}
