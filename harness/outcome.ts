import { REQUEST_TIMEOUT_MS } from "../transport/timeouts.ts";
import { CheckFailed } from "./check-scope.ts";

/**
 * The six outcomes of a case. `non-strict` (Autobahn's word) is a case whose only findings break a
 * SHOULD or a MAY: conformant, but not to every recommendation.
 */
export type CaseStatus = "passed" | "non-strict" | "failed" | "unsupported" | "skipped" | "errored";

/** The target could not be reached (refused, no route). The case says nothing about conformance. */
export class TargetUnreachable extends Error {
  override name = "TargetUnreachable";
  readonly code: string | undefined;
  constructor(message: string, options: { cause: unknown; code?: string | undefined }) {
    super(message, { cause: options.cause });
    this.code = options.code;
  }
}

/** The target declined an optional feature (501 NotImplemented). */
export class Unsupported extends Error {
  override name = "Unsupported";
}

/** Failures to open a connection at all: the target is not there, and the case says nothing. */
const CONNECT_CODES = new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "ERR_SOCKET_CONNECTION_TIMEOUT"]);
/** Failures after the target accepted the connection: it dropped or stalled a request, which is a finding. */
const DROPPED_CODES = new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT", "UND_ERR_SOCKET"]);

/** The observed class of a request the target accepted and never answered. */
export const STALLED = "no answer before the timeout";

/**
 * Turns a transport error into TargetUnreachable (no connection could be made) or a CheckFailed of
 * rule `server.answers-request` (the target accepted the connection, then reset or stalled it);
 * returns anything else unchanged. `what` names the request (`GET /bucket/key`, or the operation and
 * its request), and so does the message.
 */
export function asUnreachable(error: unknown, what: string): unknown {
  if (!(error instanceof Error)) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const text = `${code ?? error.name} ${error.message}`.trim();
  if ((code !== undefined && CONNECT_CODES.has(code)) || /connect ETIMEDOUT|did not establish a connection/i.test(error.message)) {
    return new TargetUnreachable(`target unreachable during ${what}: ${text}`, { cause: error, code });
  }
  const timedOut = code === "ETIMEDOUT" || error.name === "TimeoutError" || /timed out|exceeded the configured/i.test(error.message);
  if ((code !== undefined && DROPPED_CODES.has(code)) || timedOut || /socket hang up/i.test(error.message)) {
    // The observed class stays as it was: it is part of the finding's signature.
    const observed = timedOut ? STALLED : "connection closed";
    const detail = timedOut ? `${what}: no answer within ${REQUEST_TIMEOUT_MS / 1000} s, the request stalled` : `${what}: the connection was closed before an answer (${text})`;
    return new CheckFailed([{ rule: "server.answers-request", field: "connection", expected: "an answer", observed, detail }], { cause: error });
  }
  return error;
}
