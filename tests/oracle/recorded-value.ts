import { headerValueOf } from "./recorded-text.ts";

/** How a recorded header or error-field value constrains an answer. */
export type RecordedValue =
  | { kind: "absent" }
  /** `<present>` or another `<…>` placeholder: there, with a masked or run-specific value. */
  | { kind: "masked"; placeholder: string }
  /** A description giving one example, e.g. `RFC 1123, e.g. "Wed, 15 Nov 2023 12:02:40 GMT"`. */
  | { kind: "example"; value: string }
  /** `either "A" or "B"`: the recording was one of these, which one is not known. */
  | { kind: "one-of"; values: string[] }
  | { kind: "exact"; value: string }
  /** Anything else (a partial placeholder): cannot be compared. */
  | { kind: "unreadable"; text: string };

const QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
const PLACEHOLDER = /^<[^<>]*>$/;
const EXAMPLE = new RegExp(`\\be\\.g\\. (${QUOTED})`);
const EITHER = new RegExp(`^either (${QUOTED}) or (${QUOTED})$`);

export function readRecordedValue(recorded: string | null): RecordedValue {
  if (recorded === null) return { kind: "absent" };
  if (PLACEHOLDER.test(recorded)) return { kind: "masked", placeholder: recorded };
  const example = EXAMPLE.exec(recorded)?.[1];
  if (example !== undefined) return { kind: "example", value: JSON.parse(example) as string };
  const value = headerValueOf(recorded);
  const either = EITHER.exec(value);
  if (either) return { kind: "one-of", values: either.slice(1).map((quoted) => JSON.parse(quoted ?? "") as string) };
  if (/[<>]/.test(value)) return { kind: "unreadable", text: recorded };
  return { kind: "exact", value };
}
