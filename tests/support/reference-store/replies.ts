import { randomBytes } from "node:crypto";
import type { Answer } from "../../../transport/answer.ts";
import { escapeXml, xmlDocument, type XmlContent } from "./xml.ts";

/** Marks an answer that refuses a request, so it can travel through code that otherwise returns data. */
const REFUSAL = Symbol("refusal");
export type Refusal = Answer & { [REFUSAL]: true };

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === "object" && value !== null && REFUSAL in value;
}

/** S3's error document: Code, a Message, the given fields, and a RequestId. HEAD sends it without the body. */
export function errorReply(status: number, code: string, fields: Record<string, string> = {}, headers: Record<string, string> = {}): Refusal {
  const children = Object.entries({ Code: code, Message: MESSAGES[code] ?? code, ...fields, RequestId: requestId() })
    .map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
    .join("");
  const body = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<Error>${children}</Error>`);
  return { status, headers: { "content-type": "application/xml", ...headers }, body, error: { Code: code, ...fields }, [REFUSAL]: true };
}

/** Any answer, marked as one that ends the request. */
export function asRefusal(answer: Answer): Refusal {
  return { ...answer, [REFUSAL]: true };
}

export function xmlReply(root: string, content: XmlContent, headers: Record<string, string> = {}): Answer {
  return { status: 200, headers: { "content-type": "application/xml", ...headers }, body: xmlDocument(root, content) };
}

export function emptyReply(status: number, headers: Record<string, string> = {}): Answer {
  return { status, headers, body: Buffer.alloc(0) };
}

export function requestId(): string {
  return randomBytes(8).toString("hex").toUpperCase();
}

/** Short messages in our own words, so that a person reading an error sees what went wrong. */
const MESSAGES: Record<string, string> = {
  AccessDenied: "Access denied",
  BadDigest: "The Content-MD5 you specified did not match what was received",
  EntityTooSmall: "A part other than the last is smaller than the minimum allowed size",
  InvalidDigest: "The Content-MD5 you specified is not valid",
  InvalidPart: "A listed part was not uploaded, or its ETag does not match",
  InvalidPartOrder: "The list of parts was not in ascending order",
  MalformedXML: "The XML you provided was not well-formed or did not validate",
  NoSuchBucket: "The specified bucket does not exist",
  NoSuchKey: "The specified key does not exist",
  NoSuchUpload: "The specified multipart upload does not exist",
  NotImplemented: "A header you provided implies functionality that is not implemented",
  PreconditionFailed: "At least one of the preconditions you specified did not hold",
};
