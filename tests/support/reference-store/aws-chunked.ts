/**
 * The payload of a body sent with `Content-Encoding: aws-chunked` (SigV4 streaming): chunks of
 * `hex-size;chunk-signature=…\r\n<bytes>\r\n`, ending with a 0-size chunk and optional trailers.
 * Signatures are not checked, like everything else about authentication here.
 */
export function decodeAwsChunked(body: Buffer): Buffer {
  const chunks: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf("\r\n", at);
    if (lineEnd < 0) break;
    const size = Number.parseInt(body.subarray(at, lineEnd).toString("latin1").split(";")[0] ?? "", 16);
    if (!Number.isFinite(size) || size === 0) break;
    chunks.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(chunks);
}

/** Whether the request's body is in aws-chunked framing. */
export function isAwsChunked(headers: Record<string, string>): boolean {
  return (headers["x-amz-content-sha256"] ?? "").startsWith("STREAMING-") || (headers["content-encoding"] ?? "").split(",").some((coding) => coding.trim() === "aws-chunked");
}
