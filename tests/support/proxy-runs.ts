import { EmbeddedTarget, type StartedEmbeddedTarget } from "../../fixtures/targets/embedded.ts";
import { FaultProxy, type Faults } from "./fault-proxy.ts";
import { runCli, type CliRun } from "./run-cli.ts";

/** Any credentials do: the proxies re-sign for s3rver. */
export const PROXY_CREDENTIALS = { AWS_ACCESS_KEY_ID: "deviant", AWS_SECRET_ACCESS_KEY: "deviant-secret" };

/** One embedded s3rver with a fault proxy per named variant in front of it, and a CLI run through each. */
export class ProxyRuns {
  readonly runs = new Map<string, CliRun>();
  readonly endpoints = new Map<string, string>();
  private upstream: StartedEmbeddedTarget | undefined;
  private readonly proxies: FaultProxy[] = [];

  /** Runs the CLI with `args` through every variant, `parallel` runs at a time. */
  async start(variants: Record<string, Faults>, args: string[], parallel = 3): Promise<void> {
    this.upstream = await new EmbeddedTarget().start();
    const upstream = this.upstream;
    const queue = Object.entries(variants);
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [name, faults] = next;
        const proxy = new FaultProxy(upstream.info.s3, faults);
        this.proxies.push(proxy);
        const endpoint = await proxy.start();
        this.endpoints.set(name, endpoint);
        this.runs.set(name, await runCli(["run", "--endpoint", endpoint, ...args, "--out", "{out}"], PROXY_CREDENTIALS));
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
  }

  async stop(): Promise<void> {
    await Promise.all(this.proxies.map((proxy) => proxy.stop()));
    await this.upstream?.stop();
  }
}
