import type { RecordedAnswer } from "./aws-observed-rows.ts";
import { bodyTextOf } from "./recorded-text.ts";

/**
 * The success body bytes a row records, when it records them: `"empty"`, `"no body …"` or a quoted
 * text. Prose descriptions and error bodies (compared by their fields) give undefined.
 */
export function recordedBody(body: RecordedAnswer["body"]): Buffer | undefined {
  if (typeof body !== "string") return undefined;
  if (body === "empty" || body.startsWith("no body")) return Buffer.alloc(0);
  if (body.startsWith('"')) return Buffer.from(bodyTextOf(body));
  return undefined;
}
