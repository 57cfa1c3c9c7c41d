import type { VNode } from "preact";
import { html, renderToString } from "./html.ts";
import { PAGE_STYLE } from "./page-style.ts";

/** Forbids the page any fetch (script, style, image, font, connection) beyond what it holds inline. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** A whole self-contained HTML document: the body, the inline style sheet and an inline script (static text, no data in it). */
export function renderPage(title: string, body: VNode, script: string): string {
  if (script.includes("</")) throw new Error("an inline script must not contain '</'");
  const page = html`<html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta http-equiv="Content-Security-Policy" content=${CONTENT_SECURITY_POLICY} />
      <title>${title}</title>
      <style dangerouslySetInnerHTML=${{ __html: PAGE_STYLE }}></style>
    </head>
    <body>
      ${body}
      ${script === "" ? null : html`<script dangerouslySetInnerHTML=${{ __html: script }}></script>`}
    </body>
  </html>`;
  return `<!DOCTYPE html>\n${renderToString(page)}\n`;
}
