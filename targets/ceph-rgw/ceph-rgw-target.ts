import type { TargetInfo } from "../../harness/target-info.ts";
import { CephCluster, type ClusterPorts } from "./ceph-cluster.ts";
import { KMS_KEY_IDS } from "./ceph-config.ts";
import { assertCephInstalled } from "./ceph-packages.ts";
import { Deadline } from "./deadline.ts";
import type { RgwCredentials } from "./rgw-user.ts";
import { StartedTarget } from "../started-target.ts";

/** Measured about 1.5 s on an idle 2-core machine; the margin is for a loaded one. */
const STARTUP_TIMEOUT_MS = 60_000;

export interface CephRgwOptions extends ClusterPorts {
  startupTimeoutMs?: number;
}

/**
 * `--target ceph-rgw`: a real Ceph RADOS Gateway from Debian's packages, on a one-monitor, one-OSD
 * memstore cluster started for the run in a temporary folder, every daemon on 127.0.0.1 at a free
 * port. SSE-C is allowed over plain HTTP and the testing KMS backend holds two keys.
 */
export class CephRgwTarget {
  private readonly options: CephRgwOptions;

  constructor(options: CephRgwOptions = {}) {
    this.options = options;
  }

  async start(): Promise<StartedCephRgwTarget> {
    assertCephInstalled();
    const cluster = await CephCluster.create(this.options);
    try {
      const credentials = await cluster.start(new Deadline(this.options.startupTimeoutMs ?? STARTUP_TIMEOUT_MS));
      return new StartedCephRgwTarget(cluster, credentials);
    } catch (error) {
      await cluster.stop();
      throw error;
    }
  }
}

export class StartedCephRgwTarget extends StartedTarget {
  private readonly cluster: CephCluster;
  private readonly credentials: RgwCredentials;

  constructor(cluster: CephCluster, credentials: RgwCredentials) {
    super();
    this.cluster = cluster;
    this.credentials = credentials;
  }

  get info(): TargetInfo {
    return {
      name: "ceph-rgw",
      kind: "ceph-rgw",
      protocols: ["s3"],
      s3: { endpoint: `http://127.0.0.1:${this.cluster.rgwPort}`, region: "us-east-1", credentials: this.credentials, addressing: "path" },
      capabilities: { sseCOverHttp: true, kmsKeyIds: [...KMS_KEY_IDS] },
    };
  }

  /** The cluster's folder (config, keyring, logs); removed by stop(). */
  getFolder(): string {
    return this.cluster.paths.root;
  }

  async stop(): Promise<void> {
    await this.cluster.stop();
  }
}
