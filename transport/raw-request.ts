import { createHash } from "node:crypto";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { parseErrorBody, type Answer } from "./answer.ts";
import { rememberCustomerKeys } from "../harness/customer-key-secrets.ts";
import { loopbackLookup } from "./loopback-lookup.ts";
import { asUnreachable } from "../harness/outcome.ts";
import { REQUEST_TIMEOUT_MS } from "./timeouts.ts";
import { encodeKey, encodeQueryComponent } from "./s3-path.ts";
import type { S3Endpoint } from "../harness/target-info.ts";

export interface RawRequest {
  method: "GET" | "HEAD" | "PUT" | "POST" | "DELETE";
  bucket?: string;
  key?: string;
  query?: Record<string, string>;
  /** Sent exactly as given (names are lower-cased for signing). */
  headers?: Record<string, string>;
  body?: Buffer;
}

/**
 * Signs (SigV4) and sends exactly the given headers and bytes, and returns the whole answer.
 * For inputs the SDK refuses to send or rewrites, and for observing every header of an answer.
 */
export async function sendRaw(endpoint: S3Endpoint, raw: RawRequest): Promise<Answer> {
  const base = new URL(endpoint.endpoint);
  const virtual = endpoint.addressing === "virtual" && raw.bucket !== undefined;
  const hostname = virtual ? `${raw.bucket}.${base.hostname}` : base.hostname;
  const prefix = base.pathname.replace(/\/$/, "");
  const bucketPart = raw.bucket === undefined || virtual ? "" : `/${raw.bucket}`;
  const keyPart = raw.key === undefined ? (virtual ? "/" : "") : `/${encodeKey(raw.key)}`;
  const path = `${prefix}${bucketPart}${keyPart}` || "/";
  return sendSigned(endpoint, { method: raw.method, hostname, path, query: raw.query ?? {}, headers: raw.headers ?? {}, body: raw.body ?? Buffer.alloc(0) });
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

/**
 * Signs a request whose path is already encoded and sends it to the endpoint's address. Any SSE-C key
 * it carries is remembered first, so no verdict or report can show it.
 */
export async function sendSigned(endpoint: S3Endpoint, request: SignedRequest): Promise<Answer> {
  rememberCustomerKeys(request.headers);
  const base = new URL(endpoint.endpoint);
  const { body } = request;
  const headers: Record<string, string> = {
    host: base.port ? `${request.hostname}:${base.port}` : request.hostname,
    "x-amz-content-sha256": createHash("sha256").update(body).digest("hex"),
  };
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  if (body.length > 0 || request.method === "PUT" || request.method === "POST") headers["content-length"] = String(body.length);

  const signer = new SignatureV4({
    service: "s3",
    region: endpoint.region,
    credentials: endpoint.credentials,
    sha256: Sha256,
    uriEscapePath: false,
  });
  const signed = await signer.sign({ method: request.method, protocol: base.protocol, hostname: request.hostname, path: request.path, query: request.query, headers });

  const search = Object.entries(request.query)
    .map(([name, value]) => (value === "" ? encodeQueryComponent(name) : `${encodeQueryComponent(name)}=${encodeQueryComponent(value)}`))
    .join("&");
  try {
    return await exchange(base, request.path + (search ? `?${search}` : ""), request.method, signed.headers, body, endpoint.ca);
  } catch (error) {
    throw asUnreachable(error, `${request.method} ${request.path}`);
  }
}

function exchange(base: URL, path: string, method: string, headers: Record<string, string>, body: Buffer, ca?: string): Promise<Answer> {
  const send = base.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise<Answer>((resolve, reject) => {
    const request = send(
      {
        hostname: headers.host?.replace(/:\d+$/, ""),
        port: base.port || undefined,
        method,
        path,
        headers,
        lookup: loopbackLookup,
        ca,
        timeout: REQUEST_TIMEOUT_MS,
        agent: false,
      },
      (response) => void collect(response).then(resolve, reject),
    );
    request.on("timeout", () => request.destroy(Object.assign(new Error("request timed out"), { code: "ETIMEDOUT" })));
    request.on("error", reject);
    request.end(body);
  });
}

async function collect(response: IncomingMessage): Promise<Answer> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  const status = response.statusCode ?? 0;
  const error = status >= 300 ? parseErrorBody(body) : undefined;
  return error ? { status, headers, body, error } : { status, headers, body };
}
