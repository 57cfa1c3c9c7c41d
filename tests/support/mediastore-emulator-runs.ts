import { MediaStoreEmulator, type EmulatorFaults } from "../../targets/emulator/emulator.ts";
import { sendMediaStore, type MediaStoreEndpoint } from "../../transport/mediastore-request.ts";
import { runCli, type CliRun } from "./run-cli.ts";

/** The embedded target signs MediaStore requests with s3rver's credentials; the emulators take those. */
const CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export interface EmulatorRun extends CliRun {
  /** The items (`FOLDER name` / `OBJECT name`) left at the container's root after the run. */
  leftAtRoot: string[];
}

/** Runs every MediaStore Data case against an emulator of its own with these faults, then lists what the run left behind. */
export async function runOnEmulator(faults: EmulatorFaults, seed = "4242"): Promise<EmulatorRun> {
  const emulator = new MediaStoreEmulator({ credentials: CREDENTIALS, containers: ["deviant"], faults });
  const port = await emulator.start();
  try {
    const run = await runCli(["run", "--filter", "mediastore-data", "--mediastore-endpoint", `http://deviant.localhost:${port}`, "--seed", seed, "--num-runs", "20", "--out", "{out}"]);
    return { ...run, leftAtRoot: await rootItems({ endpoint: `http://deviant.localhost:${port}`, region: "us-east-1", credentials: CREDENTIALS }) };
  } finally {
    await emulator.stop();
  }
}

async function rootItems(endpoint: MediaStoreEndpoint): Promise<string[]> {
  const answer = await sendMediaStore(endpoint, { method: "GET", path: "" });
  const items = (answer.json as { Items?: Array<{ Name: string; Type: string }> } | undefined)?.Items ?? [];
  return items.map((item) => `${item.Type} ${item.Name}`);
}
