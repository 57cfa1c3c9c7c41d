import type { StartedTestContainer } from "testcontainers";
import type { TargetInfo } from "../../harness/target-info.ts";
import type { StartedTarget } from "../catalog.ts";
import type { ContainerModule } from "./container-module.ts";

/** A running catalog container as the run sees it: its TargetInfo, and a stop that kills and removes it. */
export class StartedContainerTarget implements StartedTarget {
  readonly info: TargetInfo;
  private readonly container: StartedTestContainer;
  private readonly removeLeftovers: () => Promise<void>;

  constructor(module: ContainerModule, endpoint: string, container: StartedTestContainer, removeLeftovers: () => Promise<void>) {
    const capabilities = module.capabilities(endpoint);
    this.info = {
      name: module.name,
      kind: "container",
      protocols: capabilities.mediastoreEndpoint ? ["s3", "mediastore-data"] : ["s3"],
      s3: { endpoint, region: module.region, credentials: module.credentials, addressing: "path" },
      capabilities,
    };
    this.container = container;
    this.removeLeftovers = removeLeftovers;
  }

  async stop(): Promise<void> {
    try {
      await this.container.stop({ timeout: 0, remove: true });
    } finally {
      await this.removeLeftovers();
    }
  }
}
