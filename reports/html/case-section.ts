import type { ReportCase, ReportFinding } from "../report-types.ts";
import { html } from "./html.ts";
import { StatusLabel } from "./status-label.ts";

/** The requirements a case answers to in the requirement filter: its own and its findings'. */
export function caseRequirements(entry: ReportCase): string {
  return [...new Set([entry.requirement, ...entry.findings.map((finding) => finding.requirement)])].join(" ");
}

/** One case: its metadata, outcome, findings and how to see each again. Its element id is the case id (the permalink). */
export function CaseSection({ entry }: { entry: ReportCase }) {
  return html`<article class="case" id=${entry.id} tabindex="-1" data-status=${entry.status} data-requirements=${caseRequirements(entry)} data-operation=${entry.operation} data-feature=${entry.feature}>
    <div class="case-head">
      <h3><a href=${`#${entry.id}`} title="permalink to this case"><code>${entry.id}</code></a></h3>
      <${StatusLabel} status=${entry.status} />
      ${entry.asExpected ? html`<span>as expected</span>` : html`<strong>⚠ unexpected (expected ${entry.expected.status})</strong>`}
    </div>
    <p>${entry.title}</p>
    <dl class="meta">
      <dt>protocol</dt><dd>${entry.protocol}</dd>
      <dt>operation</dt><dd>${entry.operation}</dd>
      <dt>feature</dt><dd>${entry.feature}</dd>
      <dt>requirement</dt><dd>${entry.requirement}</dd>
      <dt>source</dt><dd>${entry.source}</dd>
      <dt>outcome</dt><dd>${entry.status}${entry.findings.length > 0 ? `, ${entry.findings.length} finding${entry.findings.length === 1 ? "" : "s"}` : ""}</dd>
      <dt>expected</dt><dd>${entry.expected.status}${entry.expected.reason ? ` (${entry.expected.reason})` : ""}</dd>
      <dt>run</dt><dd>${entry.inputs} input(s), ${entry.requests ?? 0} request(s), ${Math.round(entry.durationMs)} ms${entry.seed !== undefined ? `, seed ${entry.seed}` : ""}</dd>
    </dl>
    ${entry.message ? html`<pre class="message">${entry.message}</pre>` : null}
    ${entry.observations && entry.observations.length > 0 ? html`<p>Observations:</p><ul class="compact">${entry.observations.map((line) => html`<li>${line}</li>`)}</ul>` : null}
    ${entry.findings.map((finding, index) => html`<${FindingBlock} finding=${finding} copyId=${`replay-${entry.id}-${index}`} />`)}
    ${entry.findingsLeftOut ? html`<p class="muted">… ${entry.findingsLeftOut} more distinct finding(s) left out (at most 8 per case)</p>` : null}
    ${entry.vanished.length > 0
      ? html`<p>Vanished (expected, not seen: fixes to confirm):</p><ul class="compact">${entry.vanished.map((finding) => html`<li><code>${finding.signature}</code> — ${finding.reason}</li>`)}</ul>`
      : null}
  </article>`;
}

function FindingBlock({ finding, copyId }: { finding: ReportFinding; copyId: string }) {
  const shrink = [
    finding.seed !== undefined ? `seed ${finding.seed}` : "",
    finding.path !== undefined ? `path ${finding.path}` : "",
    finding.shrinks !== undefined ? `${finding.shrinks} shrinks` : "",
    finding.reproduced === false ? "not seen again on replay" : "",
  ].filter(Boolean);
  return html`<div class="finding">
    <p>
      <span class="requirement">[${finding.requirement}]</span> <code>${finding.signature}</code>
      ${finding.known ? html` <span>(expected)</span>` : html` <strong>(new)</strong>`}
    </p>
    <p>${finding.statement}<br /><span class="muted">${finding.provenance.kind} · ${finding.source} · ${finding.inputs} input(s)${shrink.length > 0 ? ` · ${shrink.join(", ")}` : ""}</span></p>
    <p>Example:</p>
    <pre>${finding.example}</pre>
    ${finding.counterexample !== undefined ? html`<p>Counterexample:</p><pre>${jsonOf(finding.counterexample)}</pre>` : null}
    ${finding.replay !== undefined
      ? html`<p>Replay:</p>
          <div class="replay">
            <pre><code id=${copyId}>${finding.replay}</code></pre>
            <button type="button" data-copy=${copyId}>Copy</button>
          </div>`
      : null}
  </div>`;
}

function jsonOf(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
