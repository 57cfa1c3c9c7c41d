import type { Answer } from "../../../fixtures/answer.ts";
import type { S3Session } from "../../../fixtures/s3-session.ts";
import type { ReadRequest } from "../../../oracle/read-request.ts";

/** Sends a GetObject or HeadObject as the read oracle describes it. */
export function sendRead(s3: S3Session, bucket: string, key: string, request: ReadRequest): Promise<Answer> {
  const headers = Object.fromEntries(Object.entries(request.headers).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const query = Object.fromEntries(Object.entries(request.query).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return s3.send({ method: request.method, bucket, key, headers, query });
}

/** One line naming a read for failure messages: method, headers and query as sent. */
export function describeRead(request: ReadRequest): string {
  const parts = [
    ...Object.entries(request.headers).map(([name, value]) => `${name}: ${JSON.stringify(value)}`),
    ...Object.entries(request.query).map(([name, value]) => `?${name}=${JSON.stringify(value)}`),
  ];
  return `${request.method}${parts.length ? ` with ${parts.join(", ")}` : ""}`;
}

/** The oracle's notion of now, in epoch seconds. */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
