import type { Answer } from "./answer.ts";
import { sendRaw, type RawRequest } from "./raw-request.ts";
import type { S3Endpoint } from "../harness/target-info.ts";

/** One case's line to the target: raw signed requests, counted for the report. */
export class S3Session {
  requests = 0;
  readonly endpoint: S3Endpoint;

  constructor(endpoint: S3Endpoint) {
    this.endpoint = endpoint;
  }

  /** Sends exactly this request and returns the whole answer; never throws for an HTTP status. */
  send(request: RawRequest): Promise<Answer> {
    this.requests += 1;
    return sendRaw(this.endpoint, request);
  }
}
