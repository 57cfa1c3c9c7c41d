import { expect, test } from "vitest";
import { runCli } from "../support/run-cli.ts";

test.concurrent("a malformed --endpoint exits 2 with one line naming it", async () => {
  const run = await runCli(["run", "--endpoint", "not-a-url", "--out", "{out}"]);
  expect(run.exitCode).toBe(2);
  expect(run.stderr.trim().split("\n")).toEqual([expect.stringContaining("--endpoint not-a-url")]);
  expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
});

test.concurrent("an endpoint without credentials exits 2 naming the variables", async () => {
  const run = await runCli(["run", "--endpoint", "http://127.0.0.1:1", "--out", "{out}"]);
  expect(run.exitCode).toBe(2);
  expect(run.stderr.trim()).toMatch(/AWS_ACCESS_KEY_ID/);
});

test.concurrent("an unknown flag and a bad --seed exit 2 with one line", async () => {
  const unknown = await runCli(["run", "--no-such-flag"]);
  expect(unknown.exitCode).toBe(2);
  expect(unknown.stderr.trim().split("\n")).toHaveLength(1);
  const seed = await runCli(["run", "--seed", "-5"]);
  expect(seed.exitCode).toBe(2);
  expect(seed.stderr.trim()).toMatch(/--seed/);
});

test.concurrent("virtual-hosted addressing refuses an IP address endpoint", async () => {
  const run = await runCli(["run", "--endpoint", "http://127.0.0.1:9", "--virtual-hosted"], { AWS_ACCESS_KEY_ID: "a", AWS_SECRET_ACCESS_KEY: "b" });
  expect(run.exitCode).toBe(2);
  expect(run.stderr.trim()).toMatch(/--virtual-hosted/);
});

test.concurrent("--help and --version answer and exit 0", async () => {
  const help = await runCli(["--help"]);
  expect(help.exitCode).toBe(0);
  expect(help.stdout).toMatch(/run \[options\]/);
  const version = await runCli(["--version"]);
  expect(version.exitCode).toBe(0);
  expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
});

test.concurrent("list prints every case once, and --json gives the metadata", async () => {
  const run = await runCli(["list", "--json"]);
  expect(run.exitCode).toBe(0);
  const cases = JSON.parse(run.stdout) as Array<{ id: string; requirement: string }>;
  expect(cases.length).toBeGreaterThan(20);
  expect(new Set(cases.map((entry) => entry.id)).size).toBe(cases.length);
  const filtered = await runCli(["list", "--filter", "s3.head-object"]);
  expect(filtered.stdout.trim().split("\n").every((line) => line.startsWith("s3.head-object."))).toBe(true);
});
