import type { Report } from "../report-types.ts";
import { html } from "./html.ts";
import { ruleGroups } from "../rule-groups.ts";

/** "Findings by rule": the root causes, the rule with most cases first, each linking to its cases. */
export function RulesSection({ report }: { report: Report }) {
  const groups = ruleGroups(report);
  return html`<section id="findings-by-rule">
    <h2>Findings by rule</h2>
    ${groups.length === 0
      ? html`<p>None: no case found a deviation.</p>`
      : html`<p class="muted">Each rule is one root cause: the rule the target deviates from, with the cases that show it.</p>
          ${groups.map(
            (group) => html`<div class="rule" id=${`rule-${group.rule}`}>
              <h3><code>${group.rule}</code></h3>
              <p>
                <span class="requirement">${group.requirement}</span> · ${group.provenance.kind} · ${group.source}<br />
                ${group.statement}
              </p>
              <p>${group.cases.length} case${group.cases.length === 1 ? "" : "s"}, ${group.findings} finding${group.findings === 1 ? "" : "s"}:</p>
              <ul class="compact">${group.cases.map((id) => html`<li><a href=${`#${id}`}><code>${id}</code></a></li>`)}</ul>
              <p>Deviations (field: expected / observed):</p>
              <ul class="compact">${group.deviations.map((deviation) => html`<li><code>${deviation}</code></li>`)}</ul>
            </div>`,
          )}`}
  </section>`;
}
