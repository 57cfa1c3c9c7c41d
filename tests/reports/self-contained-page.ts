import { expect } from "vitest";

/** Attributes that name a URL a page could fetch or lead to. */
const URL_ATTRIBUTES = new Set(["src", "href", "srcset", "action", "formaction", "poster", "data", "xlink:href", "background"]);
/** Elements that load something. */
const LOADING_ELEMENTS = new Set(["link", "img", "iframe", "object", "embed", "video", "audio", "source", "track", "frame", "image", "use"]);

/**
 * A static check that a page fetches nothing: every src/href of a real tag (not escaped text) is an
 * in-page anchor or a relative path (no scheme, no `//host`), no element that loads something, and
 * no style sheet or style attribute that imports or points at a URL.
 */
export function expectSelfContained(page: string): void {
  const styles: string[] = [...page.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]!);
  for (const tag of tagsOf(page)) {
    expect(LOADING_ELEMENTS.has(tag.name), `<${tag.name}> loads something`).toBe(false);
    for (const [name, value] of tag.attributes) {
      if (name === "style") styles.push(value);
      if (!URL_ATTRIBUTES.has(name)) continue;
      expect(value.trim(), `<${tag.name} ${name}="${value}">`).not.toMatch(/^([a-z][a-z0-9+.-]*:|\/\/|\\\\)/i);
      expect(value, `<${tag.name} ${name}="${value}">`).not.toMatch(/https?:\/\//i);
    }
  }
  for (const style of styles) {
    expect(style).not.toMatch(/@import/i);
    expect(style).not.toMatch(/url\s*\(/i);
  }
}

interface Tag {
  name: string;
  attributes: [string, string][];
}

/** Every start tag outside script and style contents, with its attributes (values unescaped enough to see a URL). */
export function tagsOf(page: string): Tag[] {
  const tags: Tag[] = [];
  const start = /<([a-zA-Z][a-zA-Z0-9:-]*)/g;
  const attribute = /\s*([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/y;
  let match: RegExpExecArray | null;
  while ((match = start.exec(page)) !== null) {
    const tag: Tag = { name: match[1]!.toLowerCase(), attributes: [] };
    attribute.lastIndex = start.lastIndex;
    let found: RegExpExecArray | null;
    while ((found = attribute.exec(page)) !== null && found[0].trim() !== "") {
      tag.attributes.push([found[1]!.toLowerCase(), decode(found[2] ?? found[3] ?? found[4] ?? "")]);
      start.lastIndex = attribute.lastIndex;
    }
    tags.push(tag);
    if (tag.name === "script" || tag.name === "style") {
      const end = page.toLowerCase().indexOf(`</${tag.name}`, start.lastIndex);
      start.lastIndex = end < 0 ? page.length : end;
    }
  }
  return tags;
}

function decode(value: string): string {
  return value.replace(/&(#x?[0-9a-f]+|quot|amp|lt|gt|apos|colon|sol);/gi, (entity, name: string) => {
    const named: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'", colon: ":", sol: "/" };
    if (name.startsWith("#")) return String.fromCodePoint(name[1]?.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return named[name.toLowerCase()] ?? entity;
  });
}
