import { CONDITIONAL_HEADERS } from "../../../oracle/read/read-request.ts";
import { formatHttpDate } from "../../../oracle/http-date.ts";
import type { ConditionalHeaderValues, ConditionState } from "../../../generators/conditional-headers.ts";
import type { ConditionTarget } from "../../../oracle/read/decide-read.ts";

/**
 * All 81 ways the four conditional headers can be absent, hold or fail, each in its plainest form:
 * the examples every run of the combination properties sends before its generated variants.
 */
export function everyConditionCombination(object: ConditionTarget): ConditionalHeaderValues[] {
  const bare = object.etag.replace(/"/g, "");
  const before = formatHttpDate(object.lastModified - 86_400, "imf-fixdate");
  const equal = formatHttpDate(object.lastModified, "imf-fixdate");
  const plain: Record<(typeof CONDITIONAL_HEADERS)[number], Record<"true" | "false", string>> = {
    "if-match": { true: `"${bare}"`, false: '"etag123"' },
    "if-unmodified-since": { true: equal, false: before },
    "if-none-match": { true: '"etag123"', false: `"${bare}"` },
    "if-modified-since": { true: before, false: equal },
  };
  const states: ConditionState[] = ["absent", "true", "false"];
  const combinations: ConditionalHeaderValues[] = [];
  for (let index = 0; index < 81; index += 1) {
    const values: ConditionalHeaderValues = {};
    CONDITIONAL_HEADERS.forEach((header, position) => {
      const state = states[Math.floor(index / 3 ** position) % 3];
      if (state !== "absent" && state !== undefined) values[header] = plain[header][state];
    });
    combinations.push(values);
  }
  return combinations;
}
