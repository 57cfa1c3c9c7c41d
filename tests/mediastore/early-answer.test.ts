import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { afterAll, beforeAll, expect, test } from "vitest";
import { closeServer, listenOnLoopback } from "../../targets/loopback-server.ts";
import { GeneratedBody } from "../../transport/body-stream.ts";
import type { MediaStoreEndpoint } from "../../transport/endpoints.ts";
import { sendMediaStore } from "../../transport/mediastore-request.ts";

/**
 * A store that decides on a PUT's headers: it answers at once (before 100 Continue when asked for
 * it), without reading the body, then closes the connection. The answer is long enough (200 KB)
 * that a client still writing its body when the connection closes would lose it.
 */
function decideOnHeaders(request: IncomingMessage, response: ServerResponse): void {
  const status = request.url?.startsWith("/missing") ? 404 : 413;
  const type = status === 404 ? "ContainerNotFoundException" : "RequestEntityTooLargeException";
  const body = JSON.stringify({ __type: type, Message: `decided on the headers ${"-".repeat(200_000)}` });
  response.on("finish", () => request.socket.end());
  response.writeHead(status, { "content-type": "application/json", "x-amzn-errortype": type, "content-length": Buffer.byteLength(body), connection: "close" });
  response.end(body);
}
const server: Server = createServer(decideOnHeaders);
server.on("checkContinue", decideOnHeaders);
let endpoint: MediaStoreEndpoint;

beforeAll(async () => {
  const port = await listenOnLoopback(server);
  endpoint = { endpoint: `http://127.0.0.1:${port}`, region: "us-east-1", credentials: { accessKeyId: "EARLY", secretAccessKey: "early-secret" } };
});
afterAll(() => closeServer(server));

test.each([
  ["a 413 on the headers of a 26 MiB upload", "too-large.bin", 413, "RequestEntityTooLargeException"],
  ["a 404 on the headers of an upload", "missing/segment.ts", 404, "ContainerNotFoundException"],
])("%s is the answer, not a closed connection", async (_, path, status, errorType) => {
  const answer = await sendMediaStore(endpoint, { method: "PUT", path, body: new GeneratedBody(26 * 1024 * 1024, 1) });
  expect({ status: answer.status, errorType: answer.errorType }).toEqual({ status, errorType });
});

test("a chunked upload answered early is taken the same way", async () => {
  const answer = await sendMediaStore(endpoint, { method: "PUT", path: "too-large.bin", body: new GeneratedBody(12 * 1024 * 1024, 2), chunked: true, headers: { "x-amz-upload-availability": "streaming" } });
  expect(answer.status).toBe(413);
});
