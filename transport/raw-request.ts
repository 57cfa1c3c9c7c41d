import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { parseErrorBody, type Answer } from "./answer.ts";
import type { S3Endpoint } from "./endpoints.ts";
import { encodeKey, encodeQueryComponent } from "./s3-path.ts";
import { answerHeaders, sendSignedExchange, type SendObserver } from "./signed-exchange.ts";

export interface RawRequest {
  method: "GET" | "HEAD" | "PUT" | "POST" | "DELETE";
  bucket?: string;
  key?: string;
  query?: Record<string, string>;
  /** Sent exactly as given (names are lower-cased for signing). */
  headers?: Record<string, string>;
  body?: Buffer;
}

/** What an S3 request may be sent with: an observer of the headers it carries. */
export interface S3SendOptions {
  onSend?: SendObserver;
}

/**
 * Signs (SigV4) and sends exactly the given headers and bytes, and returns the whole answer.
 * For inputs the SDK refuses to send or rewrites, and for observing every header of an answer.
 */
export async function sendRaw(endpoint: S3Endpoint, raw: RawRequest, options: S3SendOptions = {}): Promise<Answer> {
  const base = new URL(endpoint.endpoint);
  const virtual = endpoint.addressing === "virtual" && raw.bucket !== undefined;
  const hostname = virtual ? `${raw.bucket}.${base.hostname}` : base.hostname;
  const prefix = base.pathname.replace(/\/$/, "");
  const bucketPart = raw.bucket === undefined || virtual ? "" : `/${raw.bucket}`;
  const keyPart = raw.key === undefined ? (virtual ? "/" : "") : `/${encodeKey(raw.key)}`;
  const path = `${prefix}${bucketPart}${keyPart}` || "/";
  return sendSigned(endpoint, { method: raw.method, hostname, path, query: raw.query ?? {}, headers: raw.headers ?? {}, body: raw.body ?? Buffer.alloc(0) }, options);
}

export interface SignedRequest {
  method: string;
  /** Host name the request is addressed to (a virtual-hosted bucket's included). */
  hostname: string;
  /** Path exactly as it goes on the wire (already percent-encoded). */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: Buffer;
}

/** Signs an S3 request whose path is already encoded (payload hash included) and sends it to the endpoint's address. */
export async function sendSigned(endpoint: S3Endpoint, request: SignedRequest, options: S3SendOptions = {}): Promise<Answer> {
  const base = new URL(endpoint.endpoint);
  const { body } = request;
  const headers: Record<string, string> = {
    host: base.port ? `${request.hostname}:${base.port}` : request.hostname,
    "x-amz-content-sha256": createHash("sha256").update(body).digest("hex"),
  };
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  if (body.length > 0 || request.method === "PUT" || request.method === "POST") headers["content-length"] = String(body.length);
  const search = Object.entries(request.query)
    .map(([name, value]) => (value === "" ? encodeQueryComponent(name) : `${encodeQueryComponent(name)}=${encodeQueryComponent(value)}`))
    .join("&");
  return sendSignedExchange(
    endpoint,
    {
      service: "s3",
      method: request.method,
      // The connection goes where the Host header says (a caller may set its own).
      hostname: headers.host?.replace(/:\d+$/, "") ?? request.hostname,
      path: request.path,
      query: request.query,
      search,
      headers,
      body,
      what: `${request.method} ${request.path}`,
      onSend: options.onSend,
    },
    readAnswer,
  );
}

async function readAnswer(response: IncomingMessage): Promise<Answer> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const headers = answerHeaders(response);
  const status = response.statusCode ?? 0;
  const error = status >= 300 ? parseErrorBody(body) : undefined;
  return error ? { status, headers, body, error } : { status, headers, body };
}
