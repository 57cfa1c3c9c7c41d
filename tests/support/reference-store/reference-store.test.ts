import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Answer } from "../../../transport/answer.ts";
import { sendRaw, type RawRequest } from "../../../transport/raw-request.ts";
import type { S3Endpoint } from "../../../transport/endpoints.ts";
import { DEFAULT_KMS_KEY_ID } from "./kms-keys.ts";
import { ReferenceStore } from "./reference-store.ts";
import type { StoreFaults } from "./store-faults.ts";

/** Two customer keys of 32 bytes and their headers; the key-MD5 header of the other key for a mismatch. */
const KEY_1 = Buffer.from("1234567890abcdef1234567890abcdef");
const KEY_2 = Buffer.from("abcdef1234567890abcdef1234567890");
const md5 = (bytes: Buffer) => createHash("md5").update(bytes).digest("base64");
const customerKey = (key: Buffer, keyMd5 = md5(key)) => ({
  "x-amz-server-side-encryption-customer-algorithm": "AES256",
  "x-amz-server-side-encryption-customer-key": key.toString("base64"),
  "x-amz-server-side-encryption-customer-key-md5": keyMd5,
});
const BODY = Buffer.from("test_data");
const KMS = { "x-amz-server-side-encryption": "aws:kms", "x-amz-server-side-encryption-aws-kms-key-id": DEFAULT_KMS_KEY_ID };

/** A store with the given faults, a bucket in it, and a way to send requests there. */
class StoreUnderTest {
  readonly store: ReferenceStore;
  endpoint: S3Endpoint | undefined;

  constructor(faults: StoreFaults) {
    this.store = new ReferenceStore({ faults });
  }

  async start(): Promise<void> {
    const url = await this.store.start();
    this.endpoint = { endpoint: url, region: "us-east-1", credentials: { accessKeyId: "any", secretAccessKey: "any" }, addressing: "path" };
    await this.send({ method: "PUT", bucket: "bucket" });
  }

  send(request: RawRequest): Promise<Answer> {
    if (!this.endpoint) throw new Error("not started");
    return sendRaw(this.endpoint, request);
  }

  put(key: string, headers: Record<string, string>): Promise<Answer> {
    return this.send({ method: "PUT", bucket: "bucket", key, headers, body: BODY });
  }

  get(key: string, headers: Record<string, string> = {}): Promise<Answer> {
    return this.send({ method: "GET", bucket: "bucket", key, headers });
  }
}

const stores = new Map<string, StoreUnderTest>();
const FAULTS: Record<string, StoreFaults> = {
  none: {},
  keyNotRequired: { sseCustomerKeyNotRequired: true },
  wrongKeyAccepted: { sseCustomerWrongKeyAccepted: true },
  md5Unchecked: { sseCustomerKeyMd5Unchecked: true },
  md5EchoMissing: { sseCustomerKeyMd5EchoMissing: true },
  kmsEchoMissing: { kmsKeyIdEchoMissing: true },
};

beforeAll(async () => {
  for (const [name, faults] of Object.entries(FAULTS)) stores.set(name, new StoreUnderTest(faults));
  await Promise.all([...stores.values()].map((store) => store.start()));
});

afterAll(() => Promise.all([...stores.values()].map((store) => store.store.stop())));

function storeWith(name: keyof typeof FAULTS): StoreUnderTest {
  const store = stores.get(name);
  if (!store) throw new Error(`no store ${name}`);
  return store;
}

describe("SSE-C without faults", () => {
  test("a write echoes the algorithm and key MD5, no SSE-S3 header, and an ETag that is not the MD5", async () => {
    const put = await storeWith("none").put("sse-c", customerKey(KEY_1));
    expect(put.status).toBe(200);
    expect(put.headers["x-amz-server-side-encryption-customer-algorithm"]).toBe("AES256");
    expect(put.headers["x-amz-server-side-encryption-customer-key-md5"]).toBe(md5(KEY_1));
    expect(put.headers["x-amz-server-side-encryption"]).toBeUndefined();
    expect(put.headers.etag).not.toBe(`"${createHash("md5").update(BODY).digest("hex")}"`);
  });

  test("reads need the key: none is 400 InvalidRequest, another 403 AccessDenied, a wrong key-MD5 400 InvalidArgument", async () => {
    const store = storeWith("none");
    await store.put("read", customerKey(KEY_1));
    const withoutKey = await store.get("read");
    expect([withoutKey.status, withoutKey.error?.Code]).toEqual([400, "InvalidRequest"]);
    expect((await store.get("read", customerKey(KEY_2))).error?.Code).toBe("AccessDenied");
    expect((await store.get("read", customerKey(KEY_1, md5(KEY_2)))).error?.Code).toBe("InvalidArgument");
    const ranged = await store.get("read", { ...customerKey(KEY_1), range: "bytes=2-5" });
    expect([ranged.status, ranged.body.toString()]).toEqual([206, "st_d"]);
  });

  test("UploadPart of an SSE-C upload needs the upload's key", async () => {
    const store = storeWith("none");
    const create = await store.send({ method: "POST", bucket: "bucket", key: "upload", query: { uploads: "" }, headers: customerKey(KEY_1) });
    const uploadId = /<UploadId>([^<]+)<\/UploadId>/.exec(create.body.toString())?.[1] ?? "";
    const part = (headers: Record<string, string>) => store.send({ method: "PUT", bucket: "bucket", key: "upload", query: { partNumber: "1", uploadId }, headers, body: BODY });
    expect((await part({})).error?.Code).toBe("InvalidRequest");
    expect((await part(customerKey(KEY_2))).error?.Code).toBe("InvalidRequest");
    expect((await part(customerKey(KEY_1))).status).toBe(200);
  });
});

describe("SSE-KMS without faults", () => {
  test("a held key is echoed as its ARN; an unknown one is KMS.NotFoundException", async () => {
    const store = storeWith("none");
    const put = await store.put("kms", KMS);
    expect(put.headers["x-amz-server-side-encryption"]).toBe("aws:kms");
    expect(put.headers["x-amz-server-side-encryption-aws-kms-key-id"]).toBe(`arn:aws:kms:us-east-1:123456789012:key/${DEFAULT_KMS_KEY_ID}`);
    expect((await store.put("kms", { ...KMS, "x-amz-server-side-encryption-aws-kms-key-id": "fake-key-id" })).error?.Code).toBe("KMS.NotFoundException");
  });

  test("a key id without aws:kms, and aws:kms with SSE-C, are 400 InvalidArgument", async () => {
    const store = storeWith("none");
    expect((await store.put("kms", { "x-amz-server-side-encryption-aws-kms-key-id": DEFAULT_KMS_KEY_ID })).error?.Code).toBe("InvalidArgument");
    const both = await store.put("kms", { ...customerKey(KEY_1), "x-amz-server-side-encryption": "aws:kms" });
    expect(both.error).toMatchObject({ Code: "InvalidArgument", ArgumentName: "x-amz-server-side-encryption", ArgumentValue: "aws:kms" });
  });
});

describe("each SSE fault bends its one rule", () => {
  test("sseCustomerKeyNotRequired: an SSE-C object is served without its key", async () => {
    const store = storeWith("keyNotRequired");
    await store.put("object", customerKey(KEY_1));
    expect((await store.get("object")).status).toBe(200);
    expect((await store.get("object", customerKey(KEY_2))).status).toBe(403);
  });

  test("sseCustomerWrongKeyAccepted: another key reads the object", async () => {
    const store = storeWith("wrongKeyAccepted");
    await store.put("object", customerKey(KEY_1));
    expect((await store.get("object", customerKey(KEY_2))).status).toBe(200);
    expect((await store.get("object")).status).toBe(400);
  });

  test("sseCustomerKeyMd5Unchecked: a key-MD5 of another key is accepted", async () => {
    const store = storeWith("md5Unchecked");
    expect((await store.put("object", customerKey(KEY_1, md5(KEY_2)))).status).toBe(200);
  });

  test("sseCustomerKeyMd5EchoMissing: answers lack the key MD5, keep the algorithm", async () => {
    const store = storeWith("md5EchoMissing");
    const put = await store.put("object", customerKey(KEY_1));
    const get = await store.get("object", customerKey(KEY_1));
    for (const answer of [put, get]) {
      expect(answer.headers["x-amz-server-side-encryption-customer-key-md5"]).toBeUndefined();
      expect(answer.headers["x-amz-server-side-encryption-customer-algorithm"]).toBe("AES256");
    }
  });

  test("kmsKeyIdEchoMissing: answers lack the KMS key id, keep aws:kms", async () => {
    const store = storeWith("kmsEchoMissing");
    const put = await store.put("object", KMS);
    const get = await store.get("object");
    for (const answer of [put, get]) {
      expect(answer.headers["x-amz-server-side-encryption-aws-kms-key-id"]).toBeUndefined();
      expect(answer.headers["x-amz-server-side-encryption"]).toBe("aws:kms");
    }
  });
});

test("a one-part upload of `aaaa` completes with the ETag AWS recorded (complete-single-small-part-ok)", async () => {
  const store = storeWith("none");
  const create = await store.send({ method: "POST", bucket: "bucket", key: "mpu", query: { uploads: "" } });
  const uploadId = /<UploadId>([^<]+)<\/UploadId>/.exec(create.body.toString())?.[1] ?? "";
  const part = await store.send({ method: "PUT", bucket: "bucket", key: "mpu", query: { partNumber: "1", uploadId }, body: Buffer.from("aaaa") });
  const body = Buffer.from(`<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>${part.headers.etag}</ETag></Part></CompleteMultipartUpload>`);
  const complete = await store.send({ method: "POST", bucket: "bucket", key: "mpu", query: { uploadId }, headers: { "x-amz-mp-object-size": "4" }, body });
  expect(complete.body.toString()).toContain("<ETag>&quot;c890740ac2875a29117863d66dacc4f0-1&quot;</ETag>");
});
