import { REQUEST_TIMEOUT_MS } from "./timeouts.ts";

/**
 * How an exchange failed without an answer: no connection could be made (`unreachable`), the target
 * accepted the connection and closed it (`dropped`), or it never answered within the timeout (`stalled`).
 */
export type ExchangeFailure = "unreachable" | "dropped" | "stalled";

/** A request that got no answer. The message names the request (`GET /bucket/key`, or the operation and its request). */
export class ExchangeError extends Error {
  override name = "ExchangeError";
  readonly failure: ExchangeFailure;
  /** The system error code, when there was one (`ECONNREFUSED`). */
  readonly code: string | undefined;
  constructor(failure: ExchangeFailure, message: string, options: { cause: unknown; code?: string | undefined }) {
    super(message, { cause: options.cause });
    this.failure = failure;
    this.code = options.code;
  }
}

/** Failures to open a connection at all: the target is not there. */
const CONNECT_CODES = new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "ERR_SOCKET_CONNECTION_TIMEOUT"]);
/** Failures after the target accepted the connection: it dropped or stalled the request. */
const DROPPED_CODES = new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT", "UND_ERR_SOCKET"]);

/**
 * A socket or SDK error of the request `what` as an ExchangeError (no connection, dropped, stalled);
 * anything else is returned unchanged.
 */
export function exchangeErrorOf(error: unknown, what: string): unknown {
  if (!(error instanceof Error)) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const text = `${code ?? error.name} ${error.message}`.trim();
  if ((code !== undefined && CONNECT_CODES.has(code)) || /connect ETIMEDOUT|did not establish a connection/i.test(error.message)) {
    return new ExchangeError("unreachable", `target unreachable during ${what}: ${text}`, { cause: error, code });
  }
  const timedOut = code === "ETIMEDOUT" || error.name === "TimeoutError" || /timed out|exceeded the configured/i.test(error.message);
  if (timedOut) return new ExchangeError("stalled", `${what}: no answer within ${REQUEST_TIMEOUT_MS / 1000} s, the request stalled`, { cause: error, code });
  if ((code !== undefined && DROPPED_CODES.has(code)) || /socket hang up/i.test(error.message)) {
    return new ExchangeError("dropped", `${what}: the connection was closed before an answer (${text})`, { cause: error, code });
  }
  return error;
}

/**
 * The status of an error that carries the target's answer (one the S3 client could not take as a
 * success); undefined for any other error.
 */
export function answeredStatus(error: unknown): number | undefined {
  const status = (error as { $metadata?: { httpStatusCode?: unknown } } | undefined)?.$metadata?.httpStatusCode;
  return error instanceof Error && typeof status === "number" ? status : undefined;
}
