import { EmbeddedTarget, type StartedEmbeddedTarget } from "../../targets/embedded.ts";
import { FaultProxy, type Faults } from "./fault-proxy.ts";
import { runCli, type CliRun } from "./run-cli.ts";

/** Any credentials do: the proxies re-sign for s3rver, and the reference store checks none. */
export const PROXY_CREDENTIALS = { AWS_ACCESS_KEY_ID: "deviant", AWS_SECRET_ACCESS_KEY: "deviant-secret" };

/** A target started per named variant, and a CLI run through each. */
export abstract class VariantRuns<Variant> {
  readonly runs = new Map<string, CliRun>();
  readonly endpoints = new Map<string, string>();

  /** Runs the CLI with `args` against every variant, `parallel` runs at a time. */
  async start(variants: Record<string, Variant>, args: string[], parallel = 3): Promise<void> {
    const queue = Object.entries(variants);
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [name, variant] = next;
        const endpoint = await this.startVariant(variant);
        this.endpoints.set(name, endpoint);
        this.runs.set(name, await runCli(["run", ...this.targetArgs(endpoint), ...args, "--out", "{out}"], this.credentials));
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
  }

  /** The run's arguments naming a variant's endpoint: an S3 endpoint unless a subclass says otherwise. */
  protected targetArgs(endpoint: string): string[] {
    return ["--endpoint", endpoint];
  }

  /** The environment each run gets its credentials from. */
  protected readonly credentials: NodeJS.ProcessEnv = PROXY_CREDENTIALS;

  /** Starts the variant's target and returns its endpoint; it must keep running until stop(), for replays. */
  protected abstract startVariant(variant: Variant): Promise<string>;

  abstract stop(): Promise<void>;
}

/** One embedded s3rver with a fault proxy per named variant in front of it. */
export class ProxyRuns extends VariantRuns<Faults> {
  private upstream: StartedEmbeddedTarget | undefined;
  private readonly proxies: FaultProxy[] = [];

  override async start(variants: Record<string, Faults>, args: string[], parallel = 3): Promise<void> {
    this.upstream = await new EmbeddedTarget().start();
    await super.start(variants, args, parallel);
  }

  protected async startVariant(faults: Faults): Promise<string> {
    if (!this.upstream) throw new Error("the upstream s3rver is not started");
    const proxy = new FaultProxy(this.upstream.info.s3, faults);
    this.proxies.push(proxy);
    return proxy.start();
  }

  async stop(): Promise<void> {
    await Promise.all(this.proxies.map((proxy) => proxy.stop()));
    await this.upstream?.stop();
  }
}
