import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { createS3Client } from "../../transport/s3-client.ts";
import { ListBucketsCommand } from "@aws-sdk/client-s3";
import { sendMediaStore } from "../../transport/mediastore-request.ts";
import { descendantsOf, eventually, isRunning } from "../support/process-tree.ts";

const BIN = fileURLToPath(new URL("../../cli/bin.js", import.meta.url));

/** Starts `serve` and waits until it printed its endpoints. */
async function startServe(): Promise<{ child: ReturnType<typeof spawn>; output: () => string }> {
  const child = spawn(process.execPath, [BIN, "serve"], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => output.includes("Ctrl-C") && resolve());
    child.once("exit", (code) => reject(new Error(`serve exited early with ${code}: ${output}`)));
  });
  return { child, output: () => output };
}

test("a killed serve (SIGKILL, no clean-up of its own) leaves no s3rver process and no s3rver folder", async () => {
  const { child } = await startServe();
  const s3rver = descendantsOf(child.pid!).find((entry) => entry.command.includes("s3rver-process"));
  expect(s3rver, "serve's s3rver child").toBeDefined();
  const folder = s3rver!.command.split(" ").find((arg) => arg.includes("s3-conformance-embedded-")) ?? "";
  expect(existsSync(folder)).toBe(true);
  child.kill("SIGKILL");
  // Bounded only so a regression fails instead of hanging; it ends within milliseconds.
  expect(await eventually(() => !isRunning(s3rver!.pid), 15_000)).toBe(true);
  expect(existsSync(folder)).toBe(false);
});

test("serve prints working S3 and MediaStore Data endpoints and stops on SIGINT", async () => {
  const { child, output } = await startServe();
  const printed = output();
  const s3Endpoint = /S3 endpoint:\s+(\S+)/.exec(printed)?.[1] ?? "";
  const mediastore = /MediaStore Data endpoint:\s+(\S+)/.exec(printed)?.[1] ?? "";
  const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
  const client = createS3Client({ endpoint: s3Endpoint, region: "us-east-1", credentials, addressing: "path" });
  expect((await client.send(new ListBucketsCommand({}))).$metadata.httpStatusCode).toBe(200);
  const listing = await sendMediaStore({ endpoint: mediastore, region: "us-east-1", credentials }, { method: "GET", path: "" });
  expect(listing.status).toBe(200);
  child.kill("SIGINT");
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  expect(code).toBe(0);
  expect(output()).toContain("stopped");
});
