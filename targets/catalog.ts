import type { TargetRequest } from "../harness/run-config.ts";
import type { TargetInfo } from "../harness/target-info.ts";
import { EmbeddedTarget } from "./embedded.ts";
import { EndpointTarget } from "./endpoint.ts";

export interface StartedTarget {
  readonly info: TargetInfo;
  stop(): Promise<void>;
}

/** Starts the target a run asked for; the heavier launchers load only when chosen. */
export async function startTarget(request: TargetRequest): Promise<StartedTarget> {
  switch (request.kind) {
    case "embedded":
      return new EmbeddedTarget({ mediastoreEndpoint: request.mediastoreEndpoint, s3: request.s3 }).start();
    case "endpoint":
      return new EndpointTarget({
        name: request.name,
        kind: "endpoint",
        protocols: request.capabilities.mediastoreEndpoint ? ["s3", "mediastore-data"] : ["s3"],
        s3: request.s3,
        capabilities: request.capabilities,
      }).start();
    case "ceph-rgw": {
      const { CephRgwTarget } = await import("./ceph-rgw/ceph-rgw-target.ts");
      return new CephRgwTarget().start();
    }
    case "container": {
      const { startContainerTarget } = await import("./containers/start-container-target.ts");
      return startContainerTarget(request);
    }
  }
}
