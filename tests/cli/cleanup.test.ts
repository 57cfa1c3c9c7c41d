import {
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  ListBucketsCommand,
  ListMultipartUploadsCommand,
  PutObjectCommand,
  UploadPartCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { describe, expect, test } from "vitest";
import { createS3Client } from "../../transport/s3-client.ts";
import { EmbeddedTarget } from "../../targets/embedded.ts";
import { ReferenceStore } from "../support/reference-store/reference-store.ts";
import { FaultProxy } from "../support/fault-proxy.ts";
import { abortMultipartUpload, deleteBucket } from "../support/refusals.ts";
import { runCli } from "../support/run-cli.ts";

/** Cases that create buckets, objects and multipart uploads, some left open by the case itself. */
const CASES = ["--filter", "s3.*.multipart.*", "--filter", "s3.put-object.metadata", "--seed", "1", "--num-runs", "10"];
const THEIRS = "someone-elses-bucket";

interface Store {
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** Whether the store lists open uploads (s3rver answers 501 and drops them with their bucket). */
  listsUploads: boolean;
  stop(): Promise<void>;
}

async function startStore(kind: "embedded" | "reference"): Promise<Store> {
  if (kind === "embedded") {
    const target = await new EmbeddedTarget({}).start();
    return { endpoint: target.info.s3.endpoint, credentials: target.info.s3.credentials, listsUploads: false, stop: () => target.stop() };
  }
  const store = new ReferenceStore();
  const endpoint = await store.start();
  return { endpoint, credentials: { accessKeyId: "cleanup-key", secretAccessKey: "cleanup-secret" }, listsUploads: true, stop: () => store.stop() };
}

function clientOf(store: Store): S3Client {
  return createS3Client({ endpoint: store.endpoint, region: "us-east-1", credentials: store.credentials, addressing: "path" });
}

function credentialsEnv(store: Store): NodeJS.ProcessEnv {
  return { AWS_ACCESS_KEY_ID: store.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: store.credentials.secretAccessKey };
}

async function bucketNames(client: S3Client): Promise<string[]> {
  return ((await client.send(new ListBucketsCommand({}))).Buckets ?? []).map((bucket) => bucket.Name ?? "").sort();
}

describe("clean-up", () => {
  for (const kind of ["embedded", "reference"] as const) {
    test.concurrent(`a run against the ${kind} store leaves none of its buckets or uploads, and keeps a bucket, object and upload it did not make`, async () => {
      const store = await startStore(kind);
      const client = clientOf(store);
      try {
        await client.send(new CreateBucketCommand({ Bucket: THEIRS }));
        await client.send(new PutObjectCommand({ Bucket: THEIRS, Key: "their-object", Body: "theirs" }));
        const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: THEIRS, Key: "their-upload" }));

        const run = await runCli(["run", "--endpoint", store.endpoint, ...CASES, "--out", "{out}"], credentialsEnv(store));
        expect(run.report, run.stderr).toBeDefined();
        expect(run.report?.summary.requests).toBeGreaterThan(100);
        expect(run.report?.run.errors).toEqual([]);
        expect(run.stdout).toContain("left behind: none");

        expect(await bucketNames(client)).toEqual([THEIRS]);
        const object = await client.send(new GetObjectCommand({ Bucket: THEIRS, Key: "their-object" }));
        expect(await object.Body?.transformToString()).toBe("theirs");
        // Their upload is still open: a part can be added to it.
        const part = await client.send(new UploadPartCommand({ Bucket: THEIRS, Key: "their-upload", UploadId, PartNumber: 1, Body: "part" }));
        expect(part.ETag).toBeDefined();
        if (store.listsUploads) {
          const uploads = await client.send(new ListMultipartUploadsCommand({ Bucket: THEIRS }));
          expect((uploads.Uploads ?? []).map((upload) => upload.UploadId)).toEqual([UploadId]);
        }
      } finally {
        client.destroy();
        await store.stop();
      }
    });
  }

  test.concurrent("a bucket the store will not delete and an upload it will not abort are run errors naming them, and the run exits 1", async () => {
    const store = await startStore("reference");
    const upstream = { endpoint: store.endpoint, region: "us-east-1", credentials: store.credentials, addressing: "path" as const };
    const proxy = new FaultProxy(upstream, { refuse: [deleteBucket, abortMultipartUpload] });
    const endpoint = await proxy.start();
    const client = clientOf(store);
    try {
      const run = await runCli(["run", "--endpoint", endpoint, ...CASES, "--out", "{out}"], credentialsEnv(store));
      expect(run.exitCode).toBe(1);
      const errors = run.report?.run.errors ?? [];
      console.log(`${errors.length} run errors, e.g.\n${errors.slice(0, 2).join("\n")}`);
      const left = await bucketNames(client);
      expect(left.length).toBeGreaterThan(0);
      // Each bucket left is named twice: by its case's clean-up, and by the end-of-run check.
      for (const bucket of left) {
        expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^clean-up after s3\\.\\S+: bucket ${bucket} left: DeleteBucket: answered 500 InternalError`)));
        expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^left behind at the end of the run: bucket ${bucket} left: DeleteBucket: answered 500 InternalError`)));
      }
      expect(errors).toContainEqual(expect.stringMatching(/^left behind at the end of the run: upload \S+ \(key .+\) in bucket s3c-\S+ left: AbortMultipartUpload: answered 500 InternalError/));
      expect(errors.every((line) => /^(clean-up after|left behind at the end of the run)/.test(line))).toBe(true);
      expect(run.stdout).toMatch(new RegExp(`^left behind: ${left.length} bucket\\(s\\), [1-9]\\d* upload\\(s\\), named in the run errors$`, "m"));
      expect(run.stdout).toContain(`run error: clean-up after`);
    } finally {
      client.destroy();
      await proxy.stop();
      await store.stop();
    }
  });
});
