import { bodyTextOf } from "../recorded-text.ts";

/** `"upload-part-1" x5 (65 bytes)` */
const REPEATED = /^("(?:[^"\\]|\\.)*") x(\d+)(?: \((\d+) bytes\))?$/;

/** The bytes a row writes as a part: `empty`, a text with an optional note, or a quoted text repeated. */
export function partBodyOf(text: string): Buffer {
  if (text === "empty") return Buffer.alloc(0);
  const repeated = REPEATED.exec(text);
  if (!repeated) return Buffer.from(bodyTextOf(text));
  const body = Buffer.from((JSON.parse(repeated[1] ?? "") as string).repeat(Number(repeated[2])));
  if (repeated[3] !== undefined && body.length !== Number(repeated[3])) throw new Error(`${text} is ${body.length} bytes`);
  return body;
}
