import { createServer, request, type IncomingMessage, type Server } from "node:http";
import { closeServer, listenOnLoopback } from "../../targets/loopback-server.ts";

/** Which requests the proxy refuses. */
export type Refusal = (method: string, url: URL) => boolean;

/** DeleteBucket: DELETE of a bucket's own path, without a subresource. */
export const deleteBucket: Refusal = (method, url) => method === "DELETE" && url.pathname.split("/").filter(Boolean).length === 1 && url.search === "";

/** AbortMultipartUpload: DELETE naming an upload id. */
export const abortMultipartUpload: Refusal = (method, url) => method === "DELETE" && url.searchParams.has("uploadId");

/**
 * A proxy on 127.0.0.1 in front of an S3 store that answers the requests it refuses with 500
 * InternalError, as a store that cannot clean up would, and passes the rest through unchanged (the
 * Host header too, so a signature made for the proxy still holds).
 */
export class RefusingProxy {
  private readonly server: Server;
  private readonly upstream: URL;
  /** How many requests it refused. */
  refused = 0;

  constructor(upstream: string, refusals: Refusal[]) {
    this.upstream = new URL(upstream);
    this.server = createServer((incoming, outgoing) => {
      const url = new URL(incoming.url ?? "/", "http://proxy");
      if (refusals.some((refuses) => refuses(incoming.method ?? "GET", url))) {
        this.refused += 1;
        incoming.resume();
        const body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>InternalError</Code><Message>refused by the test's proxy</Message></Error>";
        outgoing.writeHead(500, { "content-type": "application/xml", "content-length": Buffer.byteLength(body) }).end(body);
        return;
      }
      const forwarded = request(
        { host: this.upstream.hostname, port: this.upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
        (answer: IncomingMessage) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      forwarded.on("error", () => outgoing.destroy());
      incoming.pipe(forwarded);
    });
  }

  /** Listens on a free 127.0.0.1 port; returns the proxy's endpoint. */
  async start(): Promise<string> {
    return `http://127.0.0.1:${await listenOnLoopback(this.server)}`;
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }
}
