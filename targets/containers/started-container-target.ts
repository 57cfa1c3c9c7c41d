import type { StartedTestContainer } from "testcontainers";
import type { TargetInfo } from "../../harness/target-info.ts";
import { StartedTarget } from "../started-target.ts";
import type { ContainerTarget } from "./container-target.ts";

/** A running catalog container as the run sees it: its TargetInfo, and a stop that kills and removes it. */
export class StartedContainerTarget extends StartedTarget {
  readonly info: TargetInfo;
  private readonly container: StartedTestContainer;
  private readonly removeLeftovers: () => Promise<void>;

  constructor(target: ContainerTarget, endpoint: string, container: StartedTestContainer, removeLeftovers: () => Promise<void>) {
    super();
    const capabilities = target.capabilities(endpoint);
    this.info = {
      name: target.name,
      kind: "container",
      protocols: capabilities.mediastoreEndpoint ? ["s3", "mediastore-data"] : ["s3"],
      s3: { endpoint, region: target.region, credentials: target.credentials, addressing: "path" },
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
