import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Answer } from "../../../transport/answer.ts";
import { closeServer, listenOnLoopback } from "../../../targets/loopback-server.ts";
import { decodeAwsChunked, isAwsChunked } from "./aws-chunked.ts";
import { DEFAULT_KMS_KEY_ID, KmsKeys } from "./kms-keys.ts";
import { errorReply, requestId } from "./replies.ts";
import { routeRequest } from "./route-request.ts";
import { parseTarget, signingRegion, type S3Request } from "./s3-request.ts";
import type { StoreBucket } from "./store-bucket.ts";
import type { StoreContext } from "./store-context.ts";
import type { StoreFaults } from "./store-faults.ts";

export interface ReferenceStoreOptions {
  /** Rules to bend; none by default. */
  faults?: StoreFaults;
  /** The KMS key ids the store holds (bare ids, ARNs or aliases). Default: DEFAULT_KMS_KEY_ID. */
  kmsKeyIds?: readonly string[];
}

/**
 * An in-memory S3 on 127.0.0.1 that behaves as AWS documents and as the aws-observed recordings
 * show, written apart from oracle/ so that a case cannot pass by sharing the oracle's code. Path-style
 * addressing; any SigV4 credentials are accepted unchecked. The self tests run the CLI against it,
 * plain and with one fault at a time.
 */
export class ReferenceStore {
  private readonly server: Server;
  private readonly store: StoreContext;

  constructor(options: ReferenceStoreOptions = {}) {
    this.store = { buckets: new Map<string, StoreBucket>(), faults: options.faults ?? {}, kms: new KmsKeys(options.kmsKeyIds ?? [DEFAULT_KMS_KEY_ID]) };
    this.server = createServer((request, response) => void this.handle(request, response));
  }

  /** Listens on a free port of 127.0.0.1 and returns the endpoint URL. */
  async start(): Promise<string> {
    return `http://127.0.0.1:${await listenOnLoopback(this.server)}`;
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }

  private async handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    let answer: Answer;
    try {
      const request = await readRequest(incoming);
      answer = request ? routeRequest(request, this.store) : errorReply(400, "InvalidURI");
    } catch (error) {
      answer = errorReply(500, "InternalError", { Detail: error instanceof Error ? error.message : String(error) });
    }
    send(response, incoming.method === "HEAD", answer);
  }
}

async function readRequest(incoming: IncomingMessage): Promise<S3Request | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  const target = parseTarget(incoming.url ?? "/");
  if (!target) return undefined;
  const raw = Buffer.concat(chunks);
  const body = isAwsChunked(headers) ? decodeAwsChunked(raw) : raw;
  return { method: incoming.method ?? "GET", ...target, headers, body, region: signingRegion(headers.authorization) };
}

/** HEAD answers carry no body, errors included; every answer names a request id. */
function send(response: ServerResponse, head: boolean, answer: Answer): void {
  const headers: Record<string, string> = { ...answer.headers, "x-amz-request-id": requestId() };
  if (head && answer.status >= 300) delete headers["content-type"];
  if (!head || headers["content-length"] === undefined) headers["content-length"] = String(head ? 0 : answer.body.length);
  response.writeHead(answer.status, headers);
  response.end(head ? undefined : answer.body);
}
