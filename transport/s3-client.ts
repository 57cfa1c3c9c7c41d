import { Agent as HttpsAgent } from "node:https";
import { Agent as HttpAgent } from "node:http";
import { S3Client } from "@aws-sdk/client-s3";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { BuildMiddleware, MetadataBearer } from "@smithy/types";
import type { S3Endpoint } from "./endpoints.ts";
import { exchangeErrorOf } from "./exchange-error.ts";
import { loopbackLookup } from "./loopback-lookup.ts";
import { CONNECT_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from "./timeouts.ts";

/**
 * An S3 client for conformance work: one attempt (retries hide errors), checksums only where the
 * operation requires one, a per-request timeout, and errors that name the operation and its request:
 * a request without an answer as an ExchangeError, an answer the SDK refuses as what the target
 * answered (status, code, the start of the body).
 */
export function createS3Client(endpoint: S3Endpoint): S3Client {
  const client = new S3Client({
    endpoint: endpoint.endpoint,
    region: endpoint.region,
    credentials: endpoint.credentials,
    forcePathStyle: endpoint.addressing === "path",
    maxAttempts: 1,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    requestHandler: new NodeHttpHandler({
      connectionTimeout: CONNECT_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      // Without it the request timeout only logs a warning, and a target that never answers stalls the case.
      throwOnRequestTimeout: true,
      socketTimeout: REQUEST_TIMEOUT_MS,
      // A fresh connection per request, as the raw exchanges have: reusing a kept-alive socket the
      // store has just closed resets a set-up request, which would be the harness's fault, not the store's.
      httpAgent: new HttpAgent({ keepAlive: false, lookup: loopbackLookup }),
      httpsAgent: new HttpsAgent({ keepAlive: false, lookup: loopbackLookup, ca: endpoint.ca }),
    }),
  });
  client.middlewareStack.add(namingErrors, { step: "build", name: "conformanceErrorNames", priority: "low" });
  return client;
}

/** Errors thrown under a command, renamed for people: `CreateBucket (PUT /bucket) answered 500: <body>`. */
const namingErrors: BuildMiddleware<object, MetadataBearer> = (next, context) => async (args) => {
  const request = args.request as { method?: string; path?: string };
  const what = `${(context.commandName ?? "request").replace(/Command$/, "")} (${request.method ?? "?"} ${request.path ?? "/"})`;
  try {
    return await next(args);
  } catch (error) {
    throw answered(error, what) ?? exchangeErrorOf(error, what);
  }
};

/** The names the SDK gives an error answer without a code (a HEAD's has no body). */
const UNNAMED = new Set(["Error", "Unknown", "UnknownError"]);

/** How much of a body an error message quotes. */
const BODY_START = 200;

interface SdkAnswerError extends Error {
  $metadata?: { httpStatusCode?: number };
  /** The body the SDK could not parse (smithy sets it on a deserialization error). */
  $responseBodyText?: string;
  Code?: string;
}

/**
 * An SDK error that carries an answer (one the SDK refused, or an S3 error document), said as what
 * the target answered: `CreateBucket (PUT /b) answered 500: <the start of the body>`. It keeps its
 * error (its name the error code, its `$metadata` the status) with that message. Undefined for an
 * error without an answer (a transport failure).
 */
function answered(error: unknown, what: string): Error | undefined {
  if (!(error instanceof Error)) return undefined;
  const sdk = error as SdkAnswerError;
  const status = sdk.$metadata?.httpStatusCode;
  if (status === undefined) return undefined;
  const message = `${what} answered ${status}${answeredCode(sdk)}: ${answeredText(sdk)}`;
  try {
    error.message = message;
  } catch {
    return Object.assign(new Error(message, { cause: error }), { $metadata: sdk.$metadata });
  }
  return error;
}

function answeredCode(error: SdkAnswerError): string {
  const code = error.Code ?? (error.$responseBodyText === undefined && !UNNAMED.has(error.name) ? error.name : undefined);
  return code ? ` ${code}` : "";
}

/** The start of the body the SDK could not read, else the error document's message, on one line. */
function answeredText(error: SdkAnswerError): string {
  const text = error.$responseBodyText ?? (error.message === "UnknownError" ? "" : (error.message.split("\n")[0] ?? ""));
  const line = text.replace(/\s+/g, " ").trim();
  if (line === "") return "an empty body";
  return line.length > BODY_START ? `${line.slice(0, BODY_START)}…` : line;
}
