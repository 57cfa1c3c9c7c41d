import { MediaStoreEmulator, type EmulatorFaults } from "../../targets/emulator/emulator.ts";
import type { StartedMediaStoreEmulator } from "../../targets/emulator/started-emulator.ts";
import { S3RVER_CREDENTIALS } from "../../targets/s3rver-supervisor.ts";
import { sendMediaStore } from "../../transport/mediastore-request.ts";
import { VariantRuns } from "./proxy-runs.ts";

/** The embedded target signs MediaStore requests with s3rver's credentials; the emulators take those. */
const CREDENTIALS = S3RVER_CREDENTIALS;

/** The arguments of a run of every MediaStore Data case (the S3 side is the embedded target). */
export const MEDIASTORE_RUN = ["--filter", "mediastore-data", "--seed", "4242", "--num-runs", "20"];

/** A MediaStore Data emulator of its own per named variant (its faults), and a CLI run against each. */
export class EmulatorRuns extends VariantRuns<EmulatorFaults> {
  private readonly emulators: StartedMediaStoreEmulator[] = [];

  protected override targetArgs(endpoint: string): string[] {
    return ["--mediastore-endpoint", endpoint];
  }

  /** None: the embedded target's own credentials sign, and the emulators take s3rver's. */
  protected override readonly credentials: NodeJS.ProcessEnv = {};

  protected async startVariant(faults: EmulatorFaults): Promise<string> {
    const emulator = await new MediaStoreEmulator({ credentials: CREDENTIALS, containers: ["deviant"], faults }).start();
    this.emulators.push(emulator);
    return emulator.getEndpoint("deviant");
  }

  /** The items (`FOLDER name` / `OBJECT name`) a variant's run left at its container's root. */
  async leftAtRoot(name: string): Promise<string[]> {
    const endpoint = this.endpoints.get(name);
    if (endpoint === undefined) throw new Error(`no run of ${name}`);
    const answer = await sendMediaStore({ endpoint, region: "us-east-1", credentials: CREDENTIALS }, { method: "GET", path: "" });
    const items = (answer.json as { Items?: Array<{ Name: string; Type: string }> } | undefined)?.Items ?? [];
    return items.map((item) => `${item.Type} ${item.Name}`);
  }

  async stop(): Promise<void> {
    await Promise.all(this.emulators.map((emulator) => emulator.stop()));
  }
}
