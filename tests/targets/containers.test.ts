// The container targets against the local engine. Without one (no dockerd, as on a machine where
// .ci/install-docker has not run) or without the s3rver image (images/build s3rver), each test is
// skipped with that reason in the report: never a silent pass.
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import type { ContainerRuntimeClient } from "testcontainers";
import { beforeAll, expect, test, type TestContext } from "vitest";
import { createS3Client } from "../../transport/s3-client.ts";
import { startTarget } from "../../targets/catalog.ts";
import type { HostStart } from "../../targets/containers/container-target.ts";
import { CONTAINER_TARGETS } from "../../targets/containers/container-catalog.ts";
import { CONTAINER_NAMES } from "../../targets/containers/container-names.ts";
import { PINNED_IMAGES } from "../../targets/containers/images.ts";
import { portPool } from "../../targets/containers/port-pool.ts";
import { S3rverContainer } from "../../targets/containers/s3rver.ts";
import { applyTestcontainersEnvironment } from "../../targets/containers/testcontainers-environment.ts";

const IMAGE = PINNED_IMAGES.s3rver;
const TARGET_FILTER = { label: ["s3-conformance.target=s3rver"] };
let engine: ContainerRuntimeClient | undefined;
let missing = "";

beforeAll(async () => {
  applyTestcontainersEnvironment();
  const { localEngine } = await import("../../targets/containers/engine.ts");
  engine = await localEngine().catch((error: Error) => ((missing = error.message), undefined));
  if (engine && !(await engine.image.exists((await import("testcontainers")).ImageName.fromString(IMAGE)))) {
    missing = `image ${IMAGE} is not built (images/build s3rver)`;
    engine = undefined;
  }
  if (!engine) console.warn(`container self tests skipped: ${missing}`);
});

function requireEngine(context: TestContext): ContainerRuntimeClient {
  if (!engine) context.skip(`needs a container engine and the s3rver image: ${missing}`);
  return engine as ContainerRuntimeClient;
}

async function s3rverContainerIds(client: ContainerRuntimeClient): Promise<string[]> {
  return (await client.container.dockerode.listContainers({ all: true, filters: TARGET_FILTER })).map((info) => info.Id);
}

test.each(CONTAINER_NAMES)("catalog %s: a pinned, versioned image, and host networking bound to 127.0.0.1 only", (name) => {
  const target = new CONTAINER_TARGETS[name]({ network: "host" });
  expect(target.name).toBe(name);
  expect(PINNED_IMAGES[name]).toMatch(/^[\w./-]+:(?!latest$)[\w.-]+$/);
  const pool = [41001, 41002, 41003, 41004, 41005, 41006, 41007, 41008];
  const start = target.hostStart(portPool(pool));
  if ("unsupported" in start) return expect(start.unsupported).toMatch(/\S/);
  expect(start.port).toBeGreaterThan(0);
  const text = JSON.stringify(start);
  expect(text).not.toMatch(/0\.0\.0\.0|\[::\]/);
  expect(text).toMatch(/127\.0\.0\.1/);
});

test("a container that never becomes ready fails within its startup timeout, says so, and is removed", async (context) => {
  const client = requireEngine(context);
  class NeverListens extends S3rverContainer {
    override hostStart(nextPort: () => number): HostStart {
      return { port: nextPort(), entrypoint: ["/usr/local/bin/node", "-e", "setInterval(() => {}, 1000)"] };
    }
  }
  const before = await s3rverContainerIds(client);
  const failure = await new NeverListens({ network: "host", startupTimeoutMs: 3000 }).start().then(
    () => new Error("it started"),
    (error: Error) => error,
  );
  expect(failure.message).toMatch(/^container:s3rver \(.+, host network\) did not become ready within 3 s: waited 3 s for any HTTP answer on http:\/\/127\.0\.0\.1:\d+\/ \(last: no answer\); the container was removed$/);
  expect(await s3rverContainerIds(client)).toEqual(before);
});

test("--offline with a missing image fails with one line naming it and how to build it, and pulls nothing", async (context) => {
  const client = requireEngine(context);
  const since = Math.floor(Date.now() / 1000);
  for (const [image, remedy] of [
    ["localhost/s3-conformance/s3rver:0.0.0-missing", "build it with images/build s3rver"],
    ["minio/minio:RELEASE.1970-01-01T00-00-00Z", "this run never pulls: load it into the local engine first"],
  ] as const) {
    const failure = await startTarget({ kind: "container", name: "s3rver", image, network: "host", offline: true }).then(
      () => new Error("it started"),
      (error: Error) => error,
    );
    expect(failure.message).not.toContain("\n");
    expect(failure.message).toContain(`image ${image} is not in the local engine; ${remedy}`);
  }
  // The engine saw no pull (nor any image event) in the meantime, and the client refuses to pull at all.
  const events = await client.container.dockerode.getEvents({ since, until: Math.ceil(Date.now() / 1000) + 1, filters: { type: ["image"] } });
  const text = await new Promise<string>((resolve) => {
    let seen = "";
    events.on("data", (chunk: Buffer) => (seen += chunk.toString()));
    events.on("end", () => resolve(seen));
  });
  expect(text).toBe("");
  await expect(client.image.pull((await import("testcontainers")).ImageName.fromString("127.0.0.1:1/s3-conformance/never-pulled:0"))).rejects.toThrow(/never pulls/);
});

test("a started s3rver container answers PutObject and GetObject on 127.0.0.1, and stop() removes it", async (context) => {
  const client = requireEngine(context);
  const target = await new S3rverContainer({ network: "host" }).start();
  try {
    expect(target.info).toMatchObject({ name: "s3rver", kind: "container", protocols: ["s3"] });
    expect(target.getEndpoint()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(target.getCredentials()).toEqual({ accessKeyId: "S3RVER", secretAccessKey: "S3RVER" });
    const s3 = createS3Client(target.info.s3);
    await s3.send(new CreateBucketCommand({ Bucket: "container-self-test" }));
    await s3.send(new PutObjectCommand({ Bucket: "container-self-test", Key: "greeting", Body: "hello from a container" }));
    const got = await s3.send(new GetObjectCommand({ Bucket: "container-self-test", Key: "greeting" }));
    expect(await got.Body?.transformToString()).toBe("hello from a container");
  } finally {
    await target.stop();
  }
  expect(await s3rverContainerIds(client)).toEqual([]);
});
