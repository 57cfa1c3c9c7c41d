import { createServer, type Server } from "node:http";
import { CreateBucketCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, expect, test } from "vitest";
import { CaseRecord, runChecks } from "../../harness/case-record.ts";
import { signatureOf } from "../../harness/findings.ts";
import { TargetUnreachable } from "../../harness/outcome.ts";
import type { S3Endpoint } from "../../transport/endpoints.ts";
import { closeServer, listenOnLoopback } from "../../targets/loopback-server.ts";
import { ExchangeError } from "../../transport/exchange-error.ts";
import { createS3Client } from "../../transport/s3-client.ts";
import { S3Session } from "../../transport/s3-session.ts";

// A store on 127.0.0.1 that resets every GET and answers anything else 500 InternalError.
const server: Server = createServer((request, response) => {
  if (request.method === "GET") return void request.socket.destroy();
  response.writeHead(500, { "content-type": "application/xml" }).end("<Error><Code>InternalError</Code><Message>broke</Message></Error>");
});
const credentials = { accessKeyId: "OUTCOMES", secretAccessKey: "outcomes-secret" };
let endpoint: S3Endpoint;

beforeAll(async () => {
  endpoint = { endpoint: `http://127.0.0.1:${await listenOnLoopback(server)}`, region: "us-east-1", credentials, addressing: "path" };
});
afterAll(() => closeServer(server));

/** What the harness makes of a case body's end. */
async function differencesOf(body: () => Promise<unknown>) {
  const scope = await runChecks(new CaseRecord(false), async () => void (await body()));
  return scope.differences.map((difference) => ({ signature: signatureOf(difference), detail: difference.detail }));
}

test("a dropped request is the transport's ExchangeError, and the harness's server.answers-request finding naming it", async () => {
  const session = new S3Session(endpoint, { onSend: () => undefined });
  await expect(session.send({ method: "GET", bucket: "b", key: "k" })).rejects.toSatisfy((error) => error instanceof ExchangeError && error.failure === "dropped");
  const [difference, ...more] = await differencesOf(() => session.send({ method: "GET", bucket: "b", key: "k" }));
  expect(more).toEqual([]);
  expect(difference?.signature).toBe("server.answers-request connection: an answer / connection closed");
  expect(difference?.detail).toMatch(/^GET \/b\/k: the connection was closed before an answer \(ECONNRESET /);
});

test("a request that cannot be made ends the case as TargetUnreachable, with the transport's message", async () => {
  const gone = new S3Session({ ...endpoint, endpoint: "http://127.0.0.1:1" }, { onSend: () => undefined });
  const ended = await differencesOf(() => gone.send({ method: "GET", bucket: "b" })).catch((error: unknown) => error);
  expect(ended).toBeInstanceOf(TargetUnreachable);
  expect((ended as Error).message).toMatch(/^target unreachable during GET \/b: ECONNREFUSED /);
});

test("a 5xx the S3 client refuses is a server.no-5xx finding; the session's 5xx is an answer", async () => {
  const client = createS3Client(endpoint);
  try {
    expect(await differencesOf(() => client.send(new CreateBucketCommand({ Bucket: "b" })))).toEqual([
      { signature: "server.no-5xx status: not 5xx / 5xx", detail: "CreateBucket (PUT /b/) answered 500 InternalError: broke" },
    ]);
  } finally {
    client.destroy();
  }
  expect((await new S3Session(endpoint, { onSend: () => undefined }).send({ method: "PUT", bucket: "b" })).status).toBe(500);
});

test("a session's observer sees the headers of every request it sends", async () => {
  const seen: Array<Record<string, string>> = [];
  const session = new S3Session(endpoint, { onSend: (headers) => seen.push(headers) });
  await session.send({ method: "PUT", bucket: "b", headers: { "X-Amz-Server-Side-Encryption-Customer-Key": "a-key" } });
  expect(seen).toHaveLength(1);
  expect(seen[0]?.["x-amz-server-side-encryption-customer-key"]).toBe("a-key");
});
