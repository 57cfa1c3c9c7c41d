import { opaqueEtag } from "../../oracle/entity-tags.ts";
import { formatHttpDate } from "../../oracle/http-date.ts";
import type { ReadableObject } from "../../oracle/read/decide-read.ts";

const DAY = 24 * 60 * 60;
/** `NOW`, `NOW - 1 day`, `NOW + 2 days` */
const NOW_WITH_OFFSET = /^NOW(?: ([+-]) (\d+) days?)?$/;

/** Placeholders for a value of the object the row reads. */
const OBJECT_PLACEHOLDERS: Record<string, (object: ReadableObject) => string> = {
  "<exact LastModified of the object, as returned by HEAD>": (object) => formatHttpDate(object.lastModified, "imf-fixdate"),
  "<ETag, quoted>": (object) => object.etag,
  "<ETag without quotes>": (object) => opaqueEtag(object.etag),
};

/** The value a row's request sent: `NOW`-relative dates and placeholders for the object resolved, anything else as written. */
export function requestValueAt(text: string, object: ReadableObject | undefined, now: number): string {
  const offset = NOW_WITH_OFFSET.exec(text);
  if (offset) {
    const days = Number(offset[2] ?? 0) * (offset[1] === "-" ? -1 : 1);
    return formatHttpDate(now + days * DAY, "imf-fixdate");
  }
  const fromObject = OBJECT_PLACEHOLDERS[text];
  if (fromObject) {
    if (!object) throw new Error(`${text} names an object there is not`);
    return fromObject(object);
  }
  if (/^<.*>$/.test(text)) throw new Error(`placeholder ${text} is not understood`);
  return text;
}
