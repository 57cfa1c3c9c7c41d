import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { EmbeddedTarget, type StartedEmbeddedTarget } from "../../targets/embedded.ts";
import { CustomerKeyRecorder } from "../support/customer-key-recorder.ts";
import { FaultProxy } from "../support/fault-proxy.ts";
import { PROXY_CREDENTIALS } from "../support/proxy-runs.ts";
import { runCli } from "../support/run-cli.ts";

// s3rver ignores SSE-C, so with --sse-c-over-http most SSE-C cases fail with counterexamples; and
// the recorder echoes each request's key back, so failure messages quote keys: every place a key
// could leak to is exercised.

let upstream: StartedEmbeddedTarget;
let proxy: FaultProxy;
let recorder: CustomerKeyRecorder;
let endpoint: string;

beforeAll(async () => {
  upstream = await new EmbeddedTarget().start();
  proxy = new FaultProxy(upstream.info.s3, {});
  recorder = new CustomerKeyRecorder(await proxy.start(), { echoKeys: true });
  endpoint = await recorder.start();
});

afterAll(async () => {
  await recorder.stop();
  await proxy.stop();
  await upstream.stop();
});

test("no SSE-C key the run sent appears, raw, in base64 or in hex, in the report folder or the run's output", async () => {
  const run = await runCli(["run", "--endpoint", endpoint, "--sse-c-over-http", "--filter", "s3.*.sse-c.*", "--seed", "4242", "--num-runs", "10", "--out", "{out}"], PROXY_CREDENTIALS);
  expect(run.report?.summary.failed).toBeGreaterThan(10);
  expect(run.report?.cases.filter((entry) => entry.findings.some((finding) => finding.counterexample !== undefined)).length).toBeGreaterThan(5);
  expect(recorder.keys.size).toBeGreaterThan(50);

  const forms = [...recorder.keys].flatMap((key) => {
    const raw = Buffer.from(key, "base64");
    return [key, raw.toString("base64"), raw.toString("hex"), raw.toString("hex").toUpperCase(), ...(raw.length >= 8 ? [raw.toString("latin1")] : [])];
  });
  const outputs = [...filesUnder(run.outDir).map((file) => ({ where: file, text: readFileSync(file, "latin1") })), { where: "stdout", text: run.stdout }, { where: "stderr", text: run.stderr }];
  const leaks = outputs.flatMap(({ where, text }) => forms.filter((form) => text.includes(form)).map((form) => `${where}: ${form.slice(0, 12)}…`));
  expect(leaks).toEqual([]);
  expect(outputs.some(({ text }) => text.includes("x-amz-server-side-encryption-customer-key"))).toBe(true);
});

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
