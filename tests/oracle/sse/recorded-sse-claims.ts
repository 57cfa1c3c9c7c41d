import { createHash } from "node:crypto";
import type { ExpectedAnswer, HeaderRule } from "../../../oracle/expected-answer.ts";
import { readRecordedValue } from "../recorded-value.ts";
import { CUSTOMER_KEY_ID, STAND_IN_ACCOUNT } from "./row-kms.ts";
import type { SseReplay } from "./row-sse-replay.ts";
import { valueDifference } from "../../../harness/comparison.ts";

/** Whether a header rule holds for a value AWS gave. */
const accepts = (rule: HeaderRule, value: string): boolean => valueDifference(rule, value) === undefined;

// The encryption rows describe what they cannot give exactly: ETags that are `NOT the MD5`, key ARNs
// with a masked account. These read such descriptions and say where the oracle contradicts them.

/** `"<32 hex, NOT the body MD5>"`, `CopyObjectResult (new, non-MD5 ETag)`, `"<not the plaintext MD5>"` */
const NOT_MD5 = /\bnot the (?:\w+ )?MD5\b|\bnon-MD5\b/i;
const MD5_OF_BODY = /<MD5 of body>/;
const EXACT = /"([0-9a-f]{32}(?:-\d+)?)"/;
const NO_CHECKSUMS = /\bno checksum elements\b|\bNO ChecksumCRC64NVME\b/i;
const RESULT_ROOT = /^(\w+Result)\b/;

/** Whether a recorded ETag header is described (`"<32 hex, NOT the body MD5>"`) rather than given exactly. */
export function describesEtag(value: string): boolean {
  return NOT_MD5.test(value) || MD5_OF_BODY.test(value) || isTemplate(value);
}

/** Where an ETag the row describes or gives (header or result element) contradicts the oracle's rule. */
export function etagDifference(where: string, description: string, rule: HeaderRule | undefined, replay: SseReplay): string | undefined {
  const exact = EXACT.exec(description)?.[1];
  const notMd5 = NOT_MD5.test(description);
  if (exact === undefined && !notMd5 && !MD5_OF_BODY.test(description)) return `${where}: AWS ${JSON.stringify(description)} cannot be compared`;
  if (rule === undefined) return `${where}: AWS ${description}, oracle has no rule`;
  const md5 = replay.etagBody && `"${createHash("md5").update(replay.etagBody).digest("hex")}"`;
  if (exact !== undefined) {
    const value = `"${exact}"`;
    if (replay.resultEtagExact || typeof rule !== "string") return accepts(rule, value) ? undefined : `${where}: AWS ${value}, oracle ${String(rule)}`;
    const parts = (text: string) => /-(\d+)"$/.exec(text)?.[1];
    return parts(rule) === parts(value) ? undefined : `${where}: AWS ${value}, oracle ${rule} (compared by form)`;
  }
  if (md5 === undefined) return `${where}: AWS ${description}, but the replay knows no bytes`;
  if (notMd5) return !accepts(rule, md5) && accepts(rule, otherDigest(md5)) ? undefined : `${where}: AWS a digest other than ${md5}, oracle ${String(rule)}`;
  return accepts(rule, md5) ? undefined : `${where}: AWS ${md5}, oracle ${String(rule)}`;
}

/** Where a header recorded with masked parts (`arn:aws:kms:<region>:<account>:key/<key-uuid>`) contradicts the rule, filled with the replay's stand-ins. */
export function templateDifference(name: string, recorded: string, rule: HeaderRule | undefined, replay: SseReplay): string | undefined {
  if (rule === undefined) return undefined;
  const filled = recorded.replace("<region>", replay.region).replace("<account>", STAND_IN_ACCOUNT).replace("<key-uuid>", CUSTOMER_KEY_ID);
  if (/[<>]/.test(filled)) return `header ${name}: AWS ${JSON.stringify(recorded)} cannot be compared`;
  return accepts(rule, filled) ? undefined : `header ${name}: AWS ${JSON.stringify(filled)}, oracle ${typeof rule === "string" ? JSON.stringify(rule) : String(rule)}`;
}

/** Whether a recorded header value is a template: masked parts inside a value, not a whole placeholder. */
export function isTemplate(value: string | null): value is string {
  return value !== null && readRecordedValue(value).kind === "unreadable";
}

/** Where the success document a row describes contradicts the oracle's: the root, the ETag, the absence of checksums. */
export function resultDifferences(description: string, answer: ExpectedAnswer, replay: SseReplay): string[] {
  const root = RESULT_ROOT.exec(description)?.[1];
  if (root === undefined) return [];
  const result = answer.result;
  if (!result) return [`result: AWS ${root}, oracle none`];
  const differences: string[] = [];
  if (result.root !== root) differences.push(`result root: AWS ${root}, oracle ${result.root}`);
  const rest = description.slice(root.length);
  const etag = /\bETag\b/.test(rest) ? etagDifference(`${root} ETag`, rest, result.fields.ETag, replay) : undefined;
  if (etag) differences.push(etag);
  if (NO_CHECKSUMS.test(description) && result.fields.ChecksumCRC64NVME !== null) differences.push(`${root}: AWS no checksum elements, oracle does not say`);
  return differences;
}

function otherDigest(md5: string): string {
  return md5 === `"${"f".repeat(32)}"` ? `"${"e".repeat(32)}"` : `"${"f".repeat(32)}"`;
}
