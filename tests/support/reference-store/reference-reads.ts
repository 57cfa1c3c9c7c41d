import type { Answer } from "../../../transport/answer.ts";
import { judgeConditions, type Conditions } from "./preconditions.ts";

/**
 * A second, independent implementation of GetObject/HeadObject read semantics (conditions, ranges,
 * partNumber, response overrides), computed from a plain 200 answer of the store: the reference
 * store answers its reads with it, and the read faults bend exactly one rule each. It shares no code
 * with oracle/ on purpose.
 */
export interface ReadFaults {
  ignoreIfMatch?: boolean;
  ignoreIfUnmodifiedSince?: boolean;
  /** A matching If-None-Match answers 200 instead of 304. */
  ifNoneMatchAnswered200?: boolean;
  /** Every 304 becomes a 200 with the object. */
  notModifiedAs200?: boolean;
  /** `bytes=-N` is served as the first N bytes. */
  suffixRangeFromStart?: boolean;
  /** A ranged answer loses its last byte. */
  dropLastRangeByte?: boolean;
  /** An unsatisfiable range answers 200 with the object. */
  unsatisfiableAs200?: boolean;
  /** Content-Range names a total one byte too large. */
  contentRangeWrongTotal?: boolean;
  /** If-Range is never looked at: the Range always applies. */
  ignoreIfRange?: boolean;
  /** If-Range never holds: a Range sent with one is always ignored. */
  ifRangeNeverHolds?: boolean;
  /** A weak If-Range tag matches the ETag it names (the weak comparison). */
  weakIfRangeMatches?: boolean;
  /** An If-Range date holds at or after Last-Modified, as If-Unmodified-Since would. */
  ifRangeDateAsUnmodifiedSince?: boolean;
  /** An If-Range that is neither a tag nor a date is taken as no If-Range. */
  ifRangeGarbageIgnored?: boolean;
  /** An If-Range HTTP-date is refused with 400 InvalidArgument. */
  ifRangeDateRefused?: boolean;
  /** If-Range without a Range that does not hold is 412. */
  ifRangeWithoutRangeChecked?: boolean;
  /** A range unit other than bytes is read as bytes. */
  unknownUnitServed?: boolean;
  /** Only `bytes` in lower case is a byte range. */
  unitCaseSensitive?: boolean;
  /** Positions with leading zeros are not read: the Range is ignored. */
  leadingZerosIgnored?: boolean;
  /** Empty list elements and whitespace around commas make the Range ignored. */
  listSyntaxIgnored?: boolean;
  /** Whitespace anywhere in a Range is dropped before reading it. */
  rangeWhitespaceTolerated?: boolean;
  /** A Range with no range at all (`bytes=`) is served as `bytes=0-`. */
  emptyRangeSetServed?: boolean;
  /** Several ranges are answered with the first. */
  firstOfSeveralRangesServed?: boolean;
}

export interface ReadQuestion {
  method: string;
  headers: Record<string, string | undefined>;
  query: Record<string, string>;
}

const OVERRIDES: Array<[string, string]> = [
  ["response-content-type", "content-type"],
  ["response-content-language", "content-language"],
  ["response-expires", "expires"],
  ["response-cache-control", "cache-control"],
  ["response-content-disposition", "content-disposition"],
  ["response-content-encoding", "content-encoding"],
];

/**
 * The answer to a read of the object in `plain` (a 200 with the whole body and its headers).
 * `partSizes` are a multipart object's part sizes in order; a single-part object counts as one part.
 */
export function answerRead(plain: Answer, question: ReadQuestion, faults: ReadFaults, nowMs: number, partSizes?: readonly number[]): Answer {
  const head = question.method === "HEAD";
  const size = plain.body.length;
  const h = question.headers;

  const conditions: Conditions = {
    "if-match": faults.ignoreIfMatch ? undefined : h["if-match"],
    "if-unmodified-since": faults.ignoreIfUnmodifiedSince ? undefined : h["if-unmodified-since"],
    "if-none-match": h["if-none-match"],
    "if-modified-since": h["if-modified-since"],
  };
  const modified = Math.floor(Date.parse(plain.headers["last-modified"] ?? "") / 1000);
  const verdict = judgeConditions(plain.headers.etag ?? "", modified, conditions, Math.floor(nowMs / 1000));
  if (verdict.kind === "failed") return errorOf(412, "PreconditionFailed", { Condition: verdict.condition }, head);
  if (verdict.kind === "not-modified") {
    if (faults.notModifiedAs200 || (faults.ifNoneMatchAnswered200 && verdict.condition === "If-None-Match")) return whole(plain, head);
    return { status: 304, headers: pick(plain.headers, ["etag", "last-modified"]), body: Buffer.alloc(0) };
  }

  const replaced: Record<string, string> = {};
  for (const [parameter, header] of OVERRIDES) {
    const value = question.query[parameter];
    if (value === undefined) continue;
    if ([...value].some((char) => (char.codePointAt(0) ?? 0) > 0xff)) return errorOf(400, "InvalidArgument", { ArgumentName: parameter, ArgumentValue: value }, head);
    replaced[header] = value;
  }
  const base: Answer = { ...plain, headers: { ...plain.headers, ...replaced } };

  const part = question.query.partNumber;
  if (part !== undefined && h.range !== undefined) return errorOf(400, "InvalidRequest", {}, head);
  let range = h.range;
  const ifRange = faults.ignoreIfRange ? undefined : h["if-range"]?.trim();
  if (ifRange !== undefined) {
    const dated = isHttpDate(ifRange);
    if (dated && faults.ifRangeDateRefused) return errorOf(400, "InvalidArgument", {}, head);
    const holds = ifRangeHolds(ifRange, plain.headers, faults);
    if (range === undefined && !holds && faults.ifRangeWithoutRangeChecked) return errorOf(412, "PreconditionFailed", { Condition: "If-Range" }, head);
    if (!holds || faults.ifRangeNeverHolds) range = undefined;
  }
  if (part !== undefined) {
    const sizes = partSizes ?? [size];
    const number = Number(part);
    if (String(number) !== part || !Number.isInteger(number) || number < 1 || number > sizes.length) {
      return errorOf(416, "InvalidPartNumber", { PartNumberRequested: part, ActualPartCount: String(sizes.length) }, head);
    }
    const first = sizes.slice(0, number - 1).reduce((total, next) => total + next, 0);
    const served = slice(base, first, first + (sizes[number - 1] ?? 0) - 1, head, faults);
    if (partSizes !== undefined) served.headers["x-amz-mp-parts-count"] = String(sizes.length);
    return served;
  }
  if (range === undefined) return whole(base, head);
  const spec = byteRangeOf(range, faults);
  if (!spec || (spec[1] === "" && spec[2] === "")) return whole(base, head);
  let first: number;
  let last: number;
  if (spec[1] === "") {
    const n = Number(spec[2]);
    if (n === 0) return unsatisfiable(base, range, size, head, faults);
    [first, last] = faults.suffixRangeFromStart ? [0, Math.min(n, size) - 1] : [Math.max(size - n, 0), size - 1];
  } else {
    first = Number(spec[1]);
    // An open end reaches the last byte, which is before the first when the first is past the end.
    if (spec[2] !== "" && Number(spec[2]) < first) return whole(base, head);
    if (first >= size) return unsatisfiable(base, range, size, head, faults);
    last = spec[2] === "" ? size - 1 : Math.min(Number(spec[2]), size - 1);
  }
  return slice(base, first, last, head, faults);
}

/**
 * An If-Range against the plain answer's validators: a strong tag equal to the ETag, or the
 * Last-Modified value itself (this store knows its objects and takes it as strong).
 */
function ifRangeHolds(value: string, headers: Record<string, string>, faults: ReadFaults): boolean {
  if (value.startsWith("W/")) return faults.weakIfRangeMatches === true && value.slice(2) === headers.etag;
  if (value.startsWith('"')) return value === headers.etag;
  if (!isHttpDate(value)) return faults.ifRangeGarbageIgnored === true;
  if (value === headers["last-modified"]) return true;
  return faults.ifRangeDateAsUnmodifiedSince === true && Date.parse(value) >= Date.parse(headers["last-modified"] ?? "");
}

/** An HTTP-date as this store reads one: a day name first, GMT last, and a real instant. */
function isHttpDate(value: string): boolean {
  return /^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/.test(value) && new Date(Date.parse(value)).toUTCString() === value;
}

/**
 * The one byte range a Range names, as [whole, first, last] digit strings, or undefined when it is
 * to be ignored. The unit is case-insensitive; the set is a comma list that may hold empty elements,
 * with spaces or tabs allowed only next to its commas; exactly one range must be in it.
 */
function byteRangeOf(value: string, faults: ReadFaults): RegExpExecArray | undefined {
  const text = faults.rangeWhitespaceTolerated ? value.replace(/[ \t]/g, "") : value;
  const equals = text.indexOf("=");
  if (equals < 0) return undefined;
  const unit = text.slice(0, equals);
  if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(unit)) return undefined;
  if (!faults.unknownUnitServed && (faults.unitCaseSensitive ? unit !== "bytes" : unit.toLowerCase() !== "bytes")) return undefined;
  const set = text.slice(equals + 1);
  if (/^[ \t]+[^ \t,]/.test(set)) return undefined;
  const members = set.split(",");
  const trimmed = members.map((member) => member.replace(/^[ \t]+|[ \t]+$/g, ""));
  const ranges = trimmed.filter((member) => member !== "");
  if (faults.listSyntaxIgnored && (ranges.length !== members.length || trimmed.some((member, index) => member !== members[index]))) return undefined;
  if (ranges.length === 0) return faults.emptyRangeSetServed ? /^(\d*)-(\d*)$/.exec("0-") ?? undefined : undefined;
  if (ranges.length > 1 && !faults.firstOfSeveralRangesServed) return undefined;
  const spec = /^(\d*)-(\d*)$/.exec(ranges[0] ?? "");
  if (!spec || (faults.leadingZerosIgnored && /^0\d|-0\d/.test(ranges[0] ?? ""))) return undefined;
  return spec;
}

function slice(base: Answer, first: number, last: number, head: boolean, faults: ReadFaults): Answer {
  const size = base.body.length;
  const end = faults.dropLastRangeByte ? last - 1 : last;
  const body = base.body.subarray(first, end + 1);
  const headers = { ...base.headers, "content-length": String(body.length), "content-range": `bytes ${first}-${end}/${faults.contentRangeWrongTotal ? size + 1 : size}` };
  return { status: 206, headers, body: head ? Buffer.alloc(0) : body };
}

function whole(base: Answer, head: boolean): Answer {
  const headers: Record<string, string> = { ...base.headers, "content-length": String(base.body.length) };
  delete headers["content-range"];
  return { status: 200, headers, body: head ? Buffer.alloc(0) : base.body };
}

function unsatisfiable(base: Answer, range: string, size: number, head: boolean, faults: ReadFaults): Answer {
  if (faults.unsatisfiableAs200) return whole(base, head);
  return errorOf(416, "InvalidRange", { RangeRequested: range, ActualObjectSize: String(size) }, head);
}

function errorOf(status: number, code: string, fields: Record<string, string>, head: boolean): Answer {
  if (head) return { status, headers: {}, body: Buffer.alloc(0) };
  const xml = Object.entries({ Code: code, ...fields }).map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`).join("");
  return { status, headers: { "content-type": "application/xml" }, body: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<Error>${xml}</Error>`), error: { Code: code, ...fields } };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function pick(headers: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => (headers[name] === undefined ? [] : [[name, headers[name]]])));
}
