import { answeredStatus, ExchangeError } from "../transport/exchange-error.ts";
import { CheckFailed } from "./check-scope.ts";
import { serverErrorOfStatus } from "./comparison.ts";

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

/** The observed class of a request the target accepted and never answered. */
export const STALLED = "no answer before the timeout";

/**
 * A transport error as the harness takes it: a request that could not be made ends the case as
 * TargetUnreachable; one the target dropped or stalled is a CheckFailed of rule
 * `server.answers-request`; a 5xx answer the S3 client refused is a CheckFailed of `server.no-5xx`.
 * Anything else is returned unchanged. The messages are the transport's, which name the request.
 * Only what a case body or property input throws passes through here (`runChecks`); clean-up and
 * globalSetup see the transport's own errors.
 */
export function outcomeOfTransportError(error: unknown): unknown {
  if (error instanceof ExchangeError) {
    if (error.failure === "unreachable") return new TargetUnreachable(error.message, { cause: error.cause, code: error.code });
    // The observed class stays as it was: it is part of the finding's signature.
    const observed = error.failure === "stalled" ? STALLED : "connection closed";
    return new CheckFailed([{ rule: "server.answers-request", field: "connection", expected: "an answer", observed, detail: error.message }], { cause: error.cause });
  }
  const status = answeredStatus(error);
  const serverError = status === undefined ? undefined : serverErrorOfStatus(status, (error as Error).message);
  return serverError ? new CheckFailed([{ ...serverError, detail: (error as Error).message }], { cause: error }) : error;
}
