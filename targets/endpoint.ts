import type { TargetInfo } from "../harness/target-info.ts";
import { StartedTarget } from "./started-target.ts";

/** Any store reachable at a URL; nothing is started or stopped for it. */
export class EndpointTarget {
  private readonly info: TargetInfo;

  constructor(info: TargetInfo) {
    this.info = info;
  }

  async start(): Promise<StartedEndpointTarget> {
    return new StartedEndpointTarget(this.info);
  }
}

export class StartedEndpointTarget extends StartedTarget {
  readonly info: TargetInfo;

  constructor(info: TargetInfo) {
    super();
    this.info = info;
  }

  async stop(): Promise<void> {}
}
