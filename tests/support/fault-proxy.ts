import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Answer } from "../../transport/answer.ts";
import { ExchangeError } from "../../transport/exchange-error.ts";
import { sendSigned } from "../../transport/raw-request.ts";
import type { S3Endpoint } from "../../transport/endpoints.ts";
import { closeServer, listenOnLoopback } from "../../targets/loopback-server.ts";
import type { Refusal } from "./refusals.ts";

/** Deviations a proxy can put between the suite and a store, one per known way of being wrong. */
export interface Faults {
  /** Answer ETag headers without their quotes. */
  unquotedEtag?: boolean;
  /** Drop every x-amz-meta-* header from answers. */
  dropUserMetadata?: boolean;
  /**
   * Check Content-MD5 in front of the store (which does not): 400 InvalidDigest / BadDigest as AWS
   * answers. A test double written apart from the oracle, so a case cannot pass by sharing its code.
   */
  checkContentMd5?: boolean;
  /** Answer 500 InternalError (an S3 error document) to a GET or HEAD whose Range header matches, as a store that breaks on it. */
  serverErrorOnRange?: RegExp;
  /** Answer 500 InternalError to the requests one of these matches (refusals.ts), as a store that cannot clean up. */
  refuse?: Refusal[];
}

/**
 * A proxy on 127.0.0.1 that accepts any credentials, re-signs each request for the upstream store,
 * and applies the given faults on the way. Lets the self tests show that each case can fail.
 */
export class FaultProxy {
  private readonly server: Server;
  private readonly upstream: S3Endpoint;
  private readonly faults: Faults;

  constructor(upstream: S3Endpoint, faults: Faults) {
    this.upstream = upstream;
    this.faults = faults;
    this.server = createServer((request, response) => void this.handle(request, response));
  }

  async start(): Promise<string> {
    return `http://127.0.0.1:${await listenOnLoopback(this.server)}`;
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      const body = await readBody(request);
      const answer = this.serverError(request) ?? this.refusal(request, body) ?? (await this.forward(request, body));
      this.reply(response, request.method === "HEAD", this.deviate(answer));
    } catch (error) {
      // The store dropped the forwarded request: drop the suite's too, as the store would have (a 502
      // would be a server error of the proxy's own, named server.no-5xx).
      if (error instanceof ExchangeError && error.failure !== "unreachable") response.destroy();
      else response.writeHead(502).end(String(error));
    }
  }

  private forward(request: IncomingMessage, body: Buffer): Promise<Answer> {
    const url = new URL(request.url ?? "/", "http://proxy");
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined || UNFORWARDED.has(name)) continue;
      headers[name] = Array.isArray(value) ? value.join(", ") : value;
    }
    const query = Object.fromEntries(url.searchParams);
    const hostname = new URL(this.upstream.endpoint).hostname;
    return sendSigned(this.upstream, { method: request.method ?? "GET", hostname, path: url.pathname, query, headers, body });
  }

  private serverError(request: IncomingMessage): Answer | undefined {
    const method = request.method ?? "GET";
    const range = request.headers.range;
    const { serverErrorOnRange, refuse = [] } = this.faults;
    const breaksOnRange = serverErrorOnRange !== undefined && (method === "GET" || method === "HEAD") && typeof range === "string" && serverErrorOnRange.test(range);
    const refused = refuse.some((refuses) => refuses(method, new URL(request.url ?? "/", "http://proxy")));
    return breaksOnRange || refused ? errorAnswer(500, "InternalError", { Message: "We encountered an internal error. Please try again." }) : undefined;
  }

  private refusal(request: IncomingMessage, body: Buffer): Answer | undefined {
    const contentMd5 = request.headers["content-md5"];
    if (!this.faults.checkContentMd5 || typeof contentMd5 !== "string") return undefined;
    const digest = Buffer.from(contentMd5, "base64");
    if (!/^[A-Za-z0-9+/]{22}==$/.test(contentMd5) || digest.length !== 16) {
      return errorAnswer(400, "InvalidDigest", { "Content-MD5": contentMd5 });
    }
    const calculated = createHash("md5").update(body).digest();
    if (calculated.equals(digest)) return undefined;
    return errorAnswer(400, "BadDigest", { CalculatedDigest: calculated.toString("base64"), ExpectedDigest: digest.toString("hex") });
  }

  private deviate(answer: Answer): Answer {
    const headers = { ...answer.headers };
    if (this.faults.unquotedEtag && headers.etag) headers.etag = headers.etag.replace(/"/g, "");
    if (this.faults.dropUserMetadata) {
      for (const name of Object.keys(headers)) if (name.startsWith("x-amz-meta-")) delete headers[name];
    }
    return { ...answer, headers };
  }

  private reply(response: ServerResponse, isHead: boolean, answer: Answer): void {
    const headers = { ...answer.headers };
    delete headers["transfer-encoding"];
    delete headers.connection;
    if (!isHead) headers["content-length"] = String(answer.body.length);
    response.writeHead(answer.status, headers);
    response.end(isHead ? undefined : answer.body);
  }
}

/** Headers the proxy replaces with its own signature and framing. */
const UNFORWARDED = new Set(["authorization", "x-amz-date", "x-amz-content-sha256", "host", "content-length", "connection", "x-amz-security-token"]);

function errorAnswer(status: number, code: string, fields: Record<string, string>): Answer {
  const children = Object.entries({ Code: code, ...fields }).map(([name, value]) => `<${name}>${value}</${name}>`).join("");
  const body = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><Error>${children}</Error>`);
  return { status, headers: { "content-type": "application/xml" }, body, error: { Code: code, ...fields } };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
