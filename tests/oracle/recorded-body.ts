import type { RecordedAnswer } from "./aws-observed-rows.ts";
import { bodyTextOf, headerValueOf } from "./recorded-text.ts";

/** Words a row puts before the quoted bytes it served: `full object: "data"`, `bytes 0-8: "012345678"`, `the 16 bytes of part 2: "…"`. */
const DESCRIBED_TEXT = /^(?:full object|whole object|bytes \d+-\d+|the \d+ bytes of part \d+):? (".*)$/;

/**
 * The success body bytes a row records, when it records them: `"empty"`, `"no body …"`, a quoted
 * text, or a quoted text after the words above. Prose without the bytes (`full object`,
 * `bytes 0-1023 (1024 bytes)`) and error bodies (compared by their fields) give undefined.
 */
export function recordedBody(body: RecordedAnswer["body"]): Buffer | undefined {
  if (typeof body !== "string") return undefined;
  if (headerValueOf(body) === "empty" || body.startsWith("no body")) return Buffer.alloc(0);
  if (body.startsWith('"')) return Buffer.from(bodyTextOf(body));
  const described = DESCRIBED_TEXT.exec(body)?.[1];
  if (described !== undefined) return Buffer.from(bodyTextOf(described));
  return undefined;
}
