import type { CaseStatus } from "../../harness/outcome.ts";
import type { ProfileVerdictName } from "../profiles/profile-types.ts";
import { VERDICT_STYLE } from "../profiles/verdict-style.ts";
import { html } from "./html.ts";

/** Each outcome's symbol: an outcome is always shown as symbol and word, never by colour alone. */
export const STATUS_SYMBOL: Record<CaseStatus, string> = {
  passed: "✓",
  "non-strict": "≈",
  failed: "✗",
  unsupported: "⊘",
  skipped: "–",
  errored: "!",
};

export function StatusLabel({ status }: { status: CaseStatus }) {
  return html`<span class=${`status status-${status}`}><span aria-hidden="true">${STATUS_SYMBOL[status]}</span> ${status}</span>`;
}

export function VerdictLabel({ verdict }: { verdict: ProfileVerdictName }) {
  return html`<span class=${`verdict verdict-${verdict.replaceAll(" ", "-")}`}><span aria-hidden="true">${VERDICT_STYLE[verdict].symbol}</span> ${verdict}</span>`;
}
