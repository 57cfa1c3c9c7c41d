import type { HeaderRule } from "../../../oracle/expected-answer.ts";
import type { RecordedAnswer } from "../aws-observed-rows.ts";
import type { MultipartReplay } from "./multipart-replay.ts";
import { readRecordedResult } from "./recorded-result.ts";

/** Result elements another part of the specification owns. */
const OUTSIDE_THIS_ORACLE = [/^Checksum/];
const ANY_ETAG = /^"[0-9a-f]{32}(-\d+)?"$/;

/**
 * Where the oracle's success document contradicts the recorded one: its root, its ETag (exactly,
 * or by form and part count when the replay had to invent the bytes) and the stored part's size.
 * Recorded elements the oracle has no rule for are returned as unmodelled.
 */
export function resultDifferences(recorded: RecordedAnswer, replay: MultipartReplay): { differences: string[]; unmodelled: string[] } {
  const result = typeof recorded.body === "string" ? readRecordedResult(recorded.body) : undefined;
  if (!result) return { differences: [], unmodelled: [] };
  const expected = replay.expected.result;
  if (!expected) return { differences: [`result: AWS ${result.root ?? "a document"}, oracle none`], unmodelled: [] };
  const differences: string[] = [];
  if (result.root !== undefined && result.root !== expected.root) differences.push(`result root: AWS ${result.root}, oracle ${expected.root}`);
  const unmodelled = result.elements.filter((name) => expected.fields[name] === undefined && !OUTSIDE_THIS_ORACLE.some((pattern) => pattern.test(name)));
  const etagRule = expected.fields.ETag;
  if (result.etag && etagRule !== undefined) {
    const etag = result.etag.kind === "exact" ? result.etag.value : replay.sourceEtag;
    const difference = etag === undefined ? "the source ETag is unknown" : etagDifference(etag, etagRule, replay.etagFromRecordedBytes);
    if (difference) differences.push(`result ETag: ${difference}`);
  }
  if (result.partSize !== undefined && result.partSize !== replay.storedPartSize) {
    differences.push(`part size: AWS ${result.partSize}, oracle ${replay.storedPartSize ?? "no part"}`);
  }
  return { differences, unmodelled: unmodelled.map((name) => `<${expected.root}> ${name}`) };
}

function etagDifference(recorded: string, rule: HeaderRule, fromRecordedBytes: boolean): string | undefined {
  if (typeof rule !== "string") return rule instanceof RegExp && rule.test(recorded) ? undefined : `AWS ${recorded}, oracle ${String(rule)}`;
  if (fromRecordedBytes) return recorded === rule ? undefined : `AWS ${recorded}, oracle ${rule}`;
  // Stand-in bytes give another digest; the part count still has to agree.
  const count = (text: string) => /-(\d+)"$/.exec(text)?.[1];
  return ANY_ETAG.test(recorded) && count(recorded) === count(rule) ? undefined : `AWS ${recorded}, oracle ${rule} (compared by form)`;
}
