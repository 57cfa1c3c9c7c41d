/** What a row's words say of a success document: `CopyPartResult ETag "…" (MD5 of "0"), LastModified; ListParts then shows Size 1`. */
export interface RecordedResult {
  /** The root element, when named. */
  root?: string;
  /** The elements named before the first `;`. */
  elements: string[];
  etag?: { kind: "exact"; value: string } | { kind: "source" };
  /** `Size 9`: the stored part's size as ListParts gave it. */
  partSize?: number;
}

const ROOT = /^(\w+Result)\b:?\s*/;
const ELEMENT = /^([A-Z][A-Za-z0-9]*)\b/;
const EXACT_ETAG = /\bETag ("[0-9a-f]{32}(?:-\d+)?")/;
const SOURCE_ETAG = /\bETag = source ETag\b/;
const PART_SIZE = /\bSize (\d+)\b/;

/** The result a success body's description records; undefined for `empty` or a body that is no document. */
export function readRecordedResult(description: string): RecordedResult | undefined {
  const root = ROOT.exec(description);
  const rest = root ? description.slice(root[0].length) : description;
  const etag = EXACT_ETAG.exec(rest)?.[1];
  if (!root && etag === undefined) return undefined;
  const elements = (rest.split(";")[0] ?? "")
    .split(", ")
    .map((part) => ELEMENT.exec(part.trim())?.[1])
    .filter((name) => name !== undefined);
  const partSize = PART_SIZE.exec(rest)?.[1];
  return {
    ...(root ? { root: root[1] } : {}),
    elements,
    ...(etag !== undefined ? { etag: { kind: "exact", value: etag } } : SOURCE_ETAG.test(rest) ? { etag: { kind: "source" } } : {}),
    ...(partSize !== undefined ? { partSize: Number(partSize) } : {}),
  };
}
