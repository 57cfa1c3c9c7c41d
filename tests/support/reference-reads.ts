import type { Answer } from "../../fixtures/answer.ts";

/**
 * A second, independent implementation of GetObject/HeadObject read semantics (conditions, ranges,
 * partNumber, response overrides), computed from a plain 200 answer of the store. The self tests put
 * it in front of s3rver, which lacks most of them, to get a target that behaves as AWS documents;
 * the read faults then bend exactly one rule each. It shares no code with oracle/ on purpose.
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

export function answerRead(plain: Answer, question: ReadQuestion, faults: ReadFaults, nowMs: number): Answer {
  const head = question.method === "HEAD";
  const size = plain.body.length;
  const tag = (plain.headers.etag ?? "").replaceAll('"', "");
  const modified = Math.floor(Date.parse(plain.headers["last-modified"] ?? "") / 1000);
  const now = Math.floor(nowMs / 1000);
  const h = question.headers;

  const fail = (condition: string) => errorOf(412, "PreconditionFailed", { Condition: condition }, head);
  const notModified = (): Answer =>
    faults.notModifiedAs200 ? whole(plain, head) : { status: 304, headers: pick(plain.headers, ["etag", "last-modified"]), body: Buffer.alloc(0) };

  const ifMatch = faults.ignoreIfMatch ? undefined : h["if-match"];
  if (ifMatch !== undefined) {
    const members = members_(ifMatch);
    if (!(ifMatch.trim() === "*" || members.some((m) => !m.startsWith("W/") && unq(m) === tag))) return fail("If-Match");
  } else if (!faults.ignoreIfUnmodifiedSince && h["if-unmodified-since"] !== undefined) {
    const date = httpDateSeconds(h["if-unmodified-since"]);
    if (date !== null && modified > date) return fail("If-Unmodified-Since");
  }
  if (h["if-none-match"] !== undefined) {
    const value = h["if-none-match"];
    const hit = value.trim() === "*" || members_(value).some((m) => unq(m.replace(/^W\//, "")) === tag);
    if (hit) return faults.ifNoneMatchAnswered200 ? whole(plain, head) : notModified();
  } else if (h["if-modified-since"] !== undefined) {
    const date = httpDateSeconds(h["if-modified-since"]);
    if (date !== null && date <= now && modified <= date) return notModified();
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
  const range = h.range;
  if (part !== undefined && range !== undefined) return errorOf(400, "InvalidRequest", {}, head);
  if (part !== undefined) {
    if (part !== "1") return errorOf(416, "InvalidPartNumber", { PartNumberRequested: part, ActualPartCount: "1" }, head);
    return slice(base, 0, size - 1, head, faults);
  }
  if (range === undefined) return whole(base, head);
  const spec = /^bytes=(\d*)-(\d*)$/.exec(range);
  if (!spec || (spec[1] === "" && spec[2] === "")) return whole(base, head);
  let first: number;
  let last: number;
  if (spec[1] === "") {
    const n = Number(spec[2]);
    if (n === 0) return unsatisfiable(base, range, size, head, faults);
    [first, last] = faults.suffixRangeFromStart ? [0, Math.min(n, size) - 1] : [Math.max(size - n, 0), size - 1];
  } else {
    first = Number(spec[1]);
    last = spec[2] === "" ? size - 1 : Number(spec[2]);
    if (last < first) return whole(base, head);
    if (first >= size) return unsatisfiable(base, range, size, head, faults);
    last = Math.min(last, size - 1);
  }
  return slice(base, first, last, head, faults);
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

function members_(list: string): string[] {
  return list.split(",").map((m) => m.trim()).filter(Boolean);
}

function unq(text: string): string {
  return /^".*"$/.test(text) ? text.slice(1, -1) : text;
}

function pick(headers: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => (headers[name] === undefined ? [] : [[name, headers[name]]])));
}

const MONTH: Record<string, number> = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };

/** Seconds of an HTTP-date in IMF-fixdate, RFC 850 or asctime form; null for anything else. */
function httpDateSeconds(text: string): number | null {
  const forms: Array<[RegExp, (m: RegExpExecArray) => [number, string, number, string]]> = [
    [/^[A-Z][a-z]{2}, (\d\d) ([A-Z][a-z]{2}) (\d{4}) (\d\d:\d\d:\d\d) GMT$/, (m) => [Number(m[3]), m[2] ?? "", Number(m[1]), m[4] ?? ""]],
    [/^[A-Z][a-z]+day, (\d\d)-([A-Z][a-z]{2})-(\d\d) (\d\d:\d\d:\d\d) GMT$/, (m) => [2000 + Number(m[3]), m[2] ?? "", Number(m[1]), m[4] ?? ""]],
    [/^[A-Z][a-z]{2} ([A-Z][a-z]{2}) ([ \d]\d) (\d\d:\d\d:\d\d) (\d{4})$/, (m) => [Number(m[4]), m[1] ?? "", Number(m[2]?.trim()), m[3] ?? ""]],
  ];
  for (const [pattern, parts] of forms) {
    const match = pattern.exec(text.trim());
    if (!match) continue;
    const [year, month, day, time] = parts(match);
    const [hh, mm, ss] = time.split(":").map(Number) as [number, number, number];
    if (MONTH[month] === undefined || hh > 23 || mm > 59 || ss > 59) return null;
    const ms = Date.UTC(year, MONTH[month], day, hh, mm, ss);
    if (new Date(ms).getUTCDate() !== day) return null;
    return ms / 1000;
  }
  return null;
}
