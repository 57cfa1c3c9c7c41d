import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { CustomerKeyRecorder } from "../support/customer-key-recorder.ts";
import { PROXY_CREDENTIALS } from "../support/proxy-runs.ts";
import { ReferenceStore } from "../support/reference-store/reference-store.ts";
import { runCli } from "../support/run-cli.ts";

// AWS takes SSE-C over https only: a plain HTTP target that does not declare --sse-c-over-http has
// its SSE-C cases skipped as "needs https"; the same store behind https with a private CA runs them.

const CASES = ["s3.put-object.sse-c.echo", "s3.get-object.sse-c.with-key"];
const filters = CASES.flatMap((id) => ["--filter", id]);

let store: ReferenceStore;
let tlsProxy: CustomerKeyRecorder;
let plainEndpoint: string;
let httpsEndpoint: string;
let caFile: string;

beforeAll(async () => {
  const folder = mkdtempSync(join(inject("selfTmp"), "tls-"));
  caFile = join(folder, "cert.pem");
  const keyFile = join(folder, "key.pem");
  // A self-signed certificate for 127.0.0.1, which is then its own private CA.
  execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", keyFile, "-out", caFile, "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], { stdio: "ignore" });
  store = new ReferenceStore();
  plainEndpoint = await store.start();
  tlsProxy = new CustomerKeyRecorder(plainEndpoint, { tls: { key: readFileSync(keyFile, "utf8"), cert: readFileSync(caFile, "utf8") } });
  httpsEndpoint = await tlsProxy.start();
});

afterAll(async () => {
  await tlsProxy.stop();
  await store.stop();
});

test("over plain HTTP, without --sse-c-over-http, the SSE-C cases are skipped as needing https", async () => {
  const run = await runCli(["run", "--endpoint", plainEndpoint, ...filters, "--num-runs", "3", "--out", "{out}"], PROXY_CREDENTIALS);
  expect(run.report?.cases.map((entry) => [entry.id, entry.status, entry.message?.startsWith("needs https")]).sort()).toEqual(CASES.map((id) => [id, "skipped", true]).sort());
});

test("over https with a private CA the SSE-C cases run and pass", async () => {
  const run = await runCli(["run", "--endpoint", httpsEndpoint, "--ca-file", caFile, ...filters, "--num-runs", "3", "--out", "{out}"], PROXY_CREDENTIALS);
  expect(run.report?.cases.map((entry) => [entry.id, entry.status]).sort()).toEqual(CASES.map((id) => [id, "passed"]).sort());
  expect(tlsProxy.keys.size).toBeGreaterThan(0);
});
