import { GetObjectCommand, PutObjectCommand, CreateBucketCommand } from "@aws-sdk/client-s3";
import { existsSync } from "node:fs";
import { expect, test } from "vitest";
import { createS3Client } from "../../transport/s3-client.ts";
import { EmbeddedTarget } from "../../targets/embedded.ts";
import { eventually, isRunning, processes } from "../support/process-tree.ts";

test("a killed embedded s3rver is replaced behind the same endpoint: a request sent while it restarts is served", async () => {
  const target = await new EmbeddedTarget().start();
  const client = createS3Client(target.info.s3);
  try {
    await client.send(new CreateBucketCommand({ Bucket: "restart-bucket" }));
    await client.send(new PutObjectCommand({ Bucket: "restart-bucket", Key: "kept", Body: "stored before the kill" }));
    const first = target.getS3rverPid()!;
    process.kill(first, "SIGKILL");
    // Once the replacement is spawned (it takes a while to listen), a connection is kept for it, not refused.
    expect(await eventually(() => target.getS3rverPid() !== first, 15_000)).toBe(true);
    const answer = await client.send(new GetObjectCommand({ Bucket: "restart-bucket", Key: "kept" }));
    expect(await answer.Body?.transformToString()).toBe("stored before the kill");
  } finally {
    client.destroy();
    const last = target.getS3rverPid()!;
    const folder = processes().find((entry) => entry.pid === last)?.command.split(" ").find((arg) => arg.includes("s3-conformance-embedded-")) ?? "";
    await target.stop();
    expect(isRunning(last)).toBe(false);
    expect(folder).toMatch(/s3-conformance-embedded-/);
    expect(existsSync(folder)).toBe(false);
  }
});
