import { XMLParser } from "fast-xml-parser";

/** XML text content: the five predefined entities, and CR so that it survives parsing. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\r/g, "&#13;");
}

/** A child element per entry; arrays repeat the element, objects nest. Undefined entries are left out. */
export type XmlContent = { [name: string]: string | number | boolean | undefined | XmlContent | XmlContent[] };

function xmlElements(content: XmlContent): string {
  return Object.entries(content)
    .map(([name, value]) => {
      if (value === undefined) return "";
      if (Array.isArray(value)) return value.map((item) => `<${name}>${xmlElements(item)}</${name}>`).join("");
      if (typeof value === "object") return `<${name}>${xmlElements(value)}</${name}>`;
      return `<${name}>${escapeXml(String(value))}</${name}>`;
    })
    .join("");
}

/** A whole S3 document in the 2006-03-01 namespace. */
export function xmlDocument(root: string, content: XmlContent): Buffer {
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${xmlElements(content)}</${root}>`);
}

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, isArray: (name) => ["Part", "Object"].includes(name) });

/** A request body's root element as plain values, or undefined when it is not well-formed XML with that root. */
export function parseXmlBody(body: Buffer, root: string): Record<string, unknown> | undefined {
  try {
    const document = parser.parse(body.toString("utf8"), true) as Record<string, unknown>;
    const element = document[root];
    if (element === "") return {};
    return element && typeof element === "object" ? (element as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
