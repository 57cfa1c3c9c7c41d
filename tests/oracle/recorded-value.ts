import { headerValueOf } from "./recorded-text.ts";

/** How a recorded header or error-field value constrains an answer. */
export type RecordedValue =
  | { kind: "absent" }
  /** `<present>` or another `<…>` placeholder: there, with a masked or run-specific value. */
  | { kind: "masked"; placeholder: string }
  /** A description giving one example, e.g. `RFC 1123, e.g. "Wed, 15 Nov 2023 12:02:40 GMT"`. */
  | { kind: "example"; value: string }
  | { kind: "exact"; value: string }
  /** Anything else (a partial placeholder, a choice between forms): cannot be compared. */
  | { kind: "unreadable"; text: string };

const PLACEHOLDER = /^<[^<>]*>$/;
const EXAMPLE = /\be\.g\. ("(?:[^"\\]|\\.)*")/;

export function readRecordedValue(recorded: string | null): RecordedValue {
  if (recorded === null) return { kind: "absent" };
  if (PLACEHOLDER.test(recorded)) return { kind: "masked", placeholder: recorded };
  const example = EXAMPLE.exec(recorded)?.[1];
  if (example !== undefined) return { kind: "example", value: JSON.parse(example) as string };
  const value = headerValueOf(recorded);
  if (/[<>]/.test(value)) return { kind: "unreadable", text: recorded };
  return { kind: "exact", value };
}
