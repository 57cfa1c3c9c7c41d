import { expect, test } from "vitest";
import { runCli } from "../support/run-cli.ts";

test("a target that cannot start: the report is written with the reason as a run error, exit 1", async () => {
  // No engine, or an engine without this image: either way the container never starts, and nothing is pulled.
  const run = await runCli(["run", "--target", "container:minio", "--container-network", "host", "--offline", "--image", "localhost/s3-conformance/never-built:0", "--out", "{out}"]);
  expect(run.exitCode).toBe(1);
  expect(run.report?.run.errors).toEqual([expect.stringMatching(/^the target did not start: /)]);
  expect(run.stdout).toMatch(/^run error: the target did not start: /m);
});
