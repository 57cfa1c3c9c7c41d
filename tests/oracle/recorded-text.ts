// The rows write inputs as text with notes for the reader: `abc123 (6 bytes)`,
// `"something" (9 bytes), MD5 base64 …`, `CYke…== (base64 MD5 of "something1")`.

const TRAILING_NOTE = /\s+\([^()]*\)$/;
const QUOTED_PREFIX = /^"(?:[^"\\]|\\.)*"/;
const BYTE_COUNT = /\((\d+) bytes\)/;

/** A header value without its trailing note. Quotes stay: they can belong to the value (ETags). */
export function headerValueOf(text: string): string {
  return text.replace(TRAILING_NOTE, "");
}

/** A body: the quoted text when the row quotes it, else the text before its note; checks a stated byte count. */
export function bodyTextOf(text: string): string {
  const quoted = QUOTED_PREFIX.exec(text);
  const body = quoted ? (JSON.parse(quoted[0]) as string) : headerValueOf(text);
  const stated = BYTE_COUNT.exec(text)?.[1];
  if (stated !== undefined && Buffer.byteLength(body) !== Number(stated)) {
    throw new Error(`body ${JSON.stringify(text)} reads as ${Buffer.byteLength(body)} bytes, the row says ${stated}`);
  }
  return body;
}
