import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { closeServer, listenOnLoopback } from "../../targets/loopback-server.ts";

const KEY_HEADERS = ["x-amz-server-side-encryption-customer-key", "x-amz-copy-source-server-side-encryption-customer-key"];

/**
 * A pass-through proxy on 127.0.0.1 that notes every SSE-C key a run sends, as it goes over the
 * wire, so a self test can look for the keys where they must not be. Requests are forwarded
 * unchanged to `upstream`; answers too, but for the one deviation that puts a key into failure
 * messages: with `echoKeys`, each answer names the key its request sent. With `tls` it serves https
 * in front of a plain HTTP store.
 */
export class CustomerKeyRecorder {
  readonly keys = new Set<string>();
  private readonly server: Server;
  private readonly upstream: URL;

  private readonly echoKeys: boolean;
  private readonly scheme: "http" | "https";

  constructor(upstream: string, options: { echoKeys?: boolean; tls?: { key: string; cert: string } } = {}) {
    this.upstream = new URL(upstream);
    this.echoKeys = options.echoKeys ?? false;
    this.scheme = options.tls ? "https" : "http";
    const handle = (incoming: IncomingMessage, outgoing: ServerResponse) => this.forward(incoming, outgoing);
    this.server = options.tls ? createHttpsServer(options.tls, handle) : createServer(handle);
  }

  async start(): Promise<string> {
    return `${this.scheme}://127.0.0.1:${await listenOnLoopback(this.server)}`;
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }

  private forward(incoming: IncomingMessage, outgoing: ServerResponse): void {
    const echoed: Record<string, string> = {};
    for (const name of KEY_HEADERS) {
      const value = incoming.headers[name];
      if (typeof value !== "string" || value.length === 0) continue;
      this.keys.add(value);
      if (this.echoKeys) echoed[name] = value;
    }
    const upstream = httpRequest(
      { hostname: "127.0.0.1", port: this.upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...echoed });
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", (error) => outgoing.writeHead(502).end(String(error)));
    incoming.pipe(upstream);
  }
}
