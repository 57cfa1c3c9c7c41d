import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { EmbeddedTarget, type StartedEmbeddedTarget } from "../../targets/embedded.ts";
import { FaultProxy } from "../support/fault-proxy.ts";
import { runCli } from "../support/run-cli.ts";

const ACCESS_KEY = "AKSELFTESTDISTINCT7Q";
const SECRET_KEY = "selftest/Secret+Key/zq81mW3xNvT5pLr0yUe";

let upstream: StartedEmbeddedTarget;
let proxy: FaultProxy;
let endpoint: string;

beforeAll(async () => {
  upstream = await new EmbeddedTarget().start();
  proxy = new FaultProxy(upstream.info.s3, {});
  endpoint = await proxy.start();
});

afterAll(async () => {
  await proxy.stop();
  await upstream.stop();
});

test("the access key and secret key appear in no file of the report folder", async () => {
  const run = await runCli(["run", "--endpoint", endpoint, "--num-runs", "5", "--out", "{out}"], {
    AWS_ACCESS_KEY_ID: ACCESS_KEY,
    AWS_SECRET_ACCESS_KEY: SECRET_KEY,
  });
  expect(run.report?.summary.passed).toBeGreaterThan(10);
  const files = filesUnder(run.outDir);
  expect(files.length).toBeGreaterThan(5);
  const leaking = files.filter((file) => {
    const text = readFileSync(file, "latin1");
    return text.includes(ACCESS_KEY) || text.includes(SECRET_KEY) || text.includes(encodeURIComponent(SECRET_KEY));
  });
  expect(leaking).toEqual([]);
  expect(run.stdout + run.stderr).not.toContain(SECRET_KEY);
});

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
