import { html, renderToString } from "../html/html.ts";
import type { ProfileVerdict } from "./profile-types.ts";
import { VERDICT_STYLE } from "./verdict-style.ts";

const HEIGHT = 20;
const PADDING = 6;
const LABEL_COLOUR = "#555";

interface Segment {
  text: string;
  colour: string;
}

/** `badge-<profile>.svg`: a shields-like badge, the profile's id then its verdict in each mode; no external reference. */
export function renderProfileBadge(verdict: ProfileVerdict): string {
  const segments: Segment[] = [
    { text: verdict.id, colour: LABEL_COLOUR },
    { text: `aws: ${verdict.aws.verdict}`, colour: VERDICT_STYLE[verdict.aws.verdict].colour },
    { text: `strict: ${verdict.strict.verdict}`, colour: VERDICT_STYLE[verdict.strict.verdict].colour },
  ];
  const widths = segments.map((segment) => Math.round(textWidth(segment.text)) + 2 * PADDING);
  const total = widths.reduce((sum, width) => sum + width, 0);
  const lefts = widths.map((_, index) => widths.slice(0, index).reduce((sum, width) => sum + width, 0));
  const label = `${verdict.title}: ${segments.map((segment) => segment.text).join(", ")}`;
  const svg = html`<svg xmlns="http://www.w3.org/2000/svg" width=${total} height=${HEIGHT} viewBox=${`0 0 ${total} ${HEIGHT}`} role="img" aria-label=${label}>
    <title>${label}</title>
    ${segments.map((segment, index) => html`<rect x=${lefts[index]} width=${widths[index]} height=${HEIGHT} fill=${segment.colour} />`)}
    <g fill="#fff" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
      ${segments.map(
        (segment, index) =>
          html`<text x=${lefts[index]! + PADDING} y="14" textLength=${widths[index]! - 2 * PADDING} lengthAdjust="spacingAndGlyphs">${segment.text}</text>`,
      )}
    </g>
  </svg>`;
  return `${renderToString(svg)}\n`;
}

/** Roughly Verdana at 11px; `textLength` makes the text fit whatever font draws it. */
function textWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    if ("ijl.:,;' |!".includes(character)) width += 3.5;
    else if ("frt-()".includes(character)) width += 4.5;
    else if ("mwMW".includes(character)) width += 10;
    else if (character >= "A" && character <= "Z") width += 7.5;
    else width += 6.8;
  }
  return width;
}
