import type { Answer } from "./answer.ts";
import type { S3Endpoint } from "./endpoints.ts";
import { sendRaw, type RawRequest, type S3SendOptions } from "./raw-request.ts";

/** One case's line to the target: raw signed requests, counted for the report. */
export class S3Session {
  requests = 0;
  readonly endpoint: S3Endpoint;
  private readonly options: S3SendOptions;

  /**
   * `options.onSend` sees the headers of every request the session sends. It is required: a session
   * is what cases send through, and the secrets they send must be remembered to be scrubbed.
   */
  constructor(endpoint: S3Endpoint, options: Required<S3SendOptions>) {
    this.endpoint = endpoint;
    this.options = options;
  }

  /** Sends exactly this request and returns the whole answer; never throws for an HTTP status. */
  send(request: RawRequest): Promise<Answer> {
    this.requests += 1;
    return sendRaw(this.endpoint, request, this.options);
  }
}
