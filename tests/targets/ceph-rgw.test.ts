import { existsSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { describe, expect, test } from "vitest";
import { sendRaw } from "../../transport/raw-request.ts";
import { CephRgwTarget } from "../../targets/ceph-rgw/ceph-rgw-target.ts";
import { processes } from "../support/process-tree.ts";
import { requireCeph } from "../support/require-ceph.ts";

/** Command lines of this process's Ceph children still running: every daemon, tool and watchdog a target starts is one. */
function childCommands(): string[] {
  return processes()
    .filter((entry) => entry.parent === process.pid)
    .map((entry) => entry.command)
    .filter((command) => /ceph|radosgw|watch/.test(command));
}

describe("ceph-rgw target", () => {
  test("starts, stores and serves an object, and leaves no process or folder behind", async (context) => {
    requireCeph(context);
    const target = await new CephRgwTarget().start();
    const { s3 } = target.info;
    expect(target.info).toMatchObject({ name: "ceph-rgw", kind: "ceph-rgw", protocols: ["s3"], capabilities: { sseCOverHttp: true, kmsKeyIds: ["testkey-1", "testkey-2"] } });
    expect(s3.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    try {
      expect((await sendRaw(s3, { method: "PUT", bucket: "self-test" })).status).toBe(200);
      const body = Buffer.from("stored by the ceph-rgw self test");
      expect((await sendRaw(s3, { method: "PUT", bucket: "self-test", key: "object", body })).status).toBe(200);
      const read = await sendRaw(s3, { method: "GET", bucket: "self-test", key: "object" });
      expect(read.status).toBe(200);
      expect(read.body.equals(body)).toBe(true);
      expect(childCommands().filter((command) => command.includes(target.getFolder())).length).toBeGreaterThanOrEqual(4);
    } finally {
      await target.stop();
    }
    expect(childCommands()).toEqual([]);
    expect(existsSync(target.getFolder())).toBe(false);
  });

  test("a gateway port taken by another server fails the start at once, naming it, and leaves nothing behind", async (context) => {
    requireCeph(context);
    const occupant = await listening();
    const port = (occupant.address() as { port: number }).port;
    const folders = cephFolders();
    try {
      const failure = await new CephRgwTarget({ rgwPort: port, startupTimeoutMs: 30_000 }).start().then(
        (target) => target.stop().then(() => new Error("started on a taken port")),
        (error: Error) => error,
      );
      // radosgw does not always flush its "failed to bind" log line before it exits; its exit code says
      // it, unless a worker thread crashes it first (seen: SIGSEGV in the reshard worker under load).
      expect(failure.message).toMatch(new RegExp(`^Ceph RGW did not start: radosgw did not answer S3 on 127\\.0\\.0\\.1:${port} \\(client\\.rgw\\.gw (exited with code 98 \\(EADDRINUSE\\)|ended by SIG[A-Z]+)\\)`));
    } finally {
      occupant.close();
    }
    expect(childCommands()).toEqual([]);
    expect(cephFolders()).toEqual(folders);
  });

  test("a start that outlasts its timeout stops where it is, says so, and leaves nothing behind", async (context) => {
    requireCeph(context);
    const folders = cephFolders();
    await expect(new CephRgwTarget({ startupTimeoutMs: 300 }).start()).rejects.toThrow(/^Ceph RGW did not start: .* no answer within the start's 0\.3 s/);
    expect(childCommands()).toEqual([]);
    expect(cephFolders()).toEqual(folders);
  });
});

function cephFolders(): string[] {
  return readdirSync(process.env.TMPDIR ?? "/tmp").filter((name) => name.startsWith("s3-conformance-ceph-rgw-")).sort();
}

function listening(): Promise<Server> {
  const server = createServer((_request, response) => response.end("not a gateway"));
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
