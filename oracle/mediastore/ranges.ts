import type { ExpectedMediaStoreAnswer } from "./expected-answer.ts";

/**
 * GetObject with a Range of the API model's form (`bytes=first-last`, `bytes=first-`, `bytes=-suffix`)
 * on a non-empty object: 206 with the span, or 416 RequestedRangeNotSatisfiableException when it starts
 * past the end.
 */
export function expectedRangeAnswer(range: string, size: number, slice: (first: number, last: number) => Buffer): ExpectedMediaStoreAnswer {
  const match = /^bytes=(\d*)-(\d*)$/.exec(range);
  if (!match || size === 0) throw new Error(`undecided: ${range} on ${size} bytes (generators do not ask it)`);
  let first: number;
  let last: number;
  if (match[1] === "") {
    first = Math.max(0, size - Number(match[2]));
    last = size - 1;
  } else {
    first = Number(match[1]);
    last = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (first >= size) return { rule: "mediastore.range.not-satisfiable", status: 416, errorType: "RequestedRangeNotSatisfiableException" };
  return { rule: "mediastore.range.satisfiable", status: 206, headers: { "content-range": `bytes ${first}-${last}/${size}`, "content-length": String(last - first + 1) }, body: slice(first, last) };
}
