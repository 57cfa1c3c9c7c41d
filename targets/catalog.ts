import type { TargetRequest } from "../harness/run-config.ts";
import { EmbeddedTarget } from "./embedded.ts";
import { EndpointTarget } from "./endpoint.ts";
import type { StartedTarget } from "./started-target.ts";

export type { StartedTarget } from "./started-target.ts";

/** Starts the target a run asked for, by name; the heavier launchers load only when chosen. */
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
      const { isContainerName } = await import("./containers/container-names.ts");
      const { ContainerTargetError } = await import("./containers/container-target-error.ts");
      if (!isContainerName(request.name)) throw new ContainerTargetError(`no container named ${request.name} in the catalog`);
      const { CONTAINER_TARGETS } = await import("./containers/container-catalog.ts");
      return new CONTAINER_TARGETS[request.name]({ image: request.image, network: request.network }).start();
    }
  }
}
