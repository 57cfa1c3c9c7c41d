import { CASE_STATUSES } from "../case-statuses.ts";
import type { ProfileVerdict } from "../profiles/profile-types.ts";
import type { Report } from "../report-types.ts";
import { CaseSection } from "./case-section.ts";
import { FiltersForm } from "./filters-form.ts";
import { html } from "./html.ts";
import { renderPage } from "./html-page.ts";
import { PAGE_SCRIPT } from "./page-script.ts";
import { ProfilesSection } from "./profiles-section.ts";
import { RulesSection } from "./rules-section.ts";
import { StatusLabel } from "./status-label.ts";

/** `report.html`: the run as one self-contained page that opens from disk and fetches nothing. */
export function renderReportHtml(report: Report, profiles: ProfileVerdict[]): string {
  const { target } = report;
  const body = html`<header><${RunHeader} report=${report} /></header>
    <main>
      <${ProfilesSection} verdicts=${profiles} filter=${report.run.filter} />
      <${RulesSection} report=${report} />
      <section id="cases">
        <h2>Cases</h2>
        <${FiltersForm} cases=${report.cases} />
        ${report.cases.map((entry) => html`<${CaseSection} entry=${entry} />`)}
      </section>
    </main>`;
  return renderPage(`${target.name}: s3-conformance report`, body, PAGE_SCRIPT);
}

function RunHeader({ report }: { report: Report }) {
  const { run, target, summary, tool } = report;
  const { MUST, SHOULD, MAY } = summary.findings;
  return html`<h1>${target.name} (${target.kind}) at ${target.endpoint}</h1>
    <p class="muted">
      ${tool.name} ${tool.version} · run <code>${run.id}</code> · seed ${run.seed} · ${run.numRuns} runs per property<br />
      ${run.startedAt} → ${run.finishedAt}
      ${run.filter !== undefined ? html`<br />filter <code>${run.filter}</code>` : null}
      ${run.finding !== undefined ? html`<br />finding <code>${run.finding}</code>` : null}
      ${run.shard !== undefined ? html`<br />shard ${run.shard} of a split run` : null}
      ${run.mergedShards !== undefined ? html`<br />merged from shards ${run.mergedShards.join(", ")}` : null}
      ${run.expectations !== undefined ? html`<br />expectations <code>${run.expectations}</code>` : null}
    </p>
    <p>
      <strong>${summary.total} cases</strong>:${CASE_STATUSES.map((status) => html` <span>${summary[status]} <${StatusLabel} status=${status} /></span>`)}; <strong>${summary.unexpected} unexpected</strong>
    </p>
    <p>
      <strong>${MUST + SHOULD + MAY} findings</strong>: ${MUST} MUST, ${SHOULD} SHOULD, ${MAY} MAY; ${summary.newFindings} new, ${summary.vanishedFindings} vanished; ${summary.requests} requests
    </p>
    ${run.errors.length > 0 ? html`<p>Run errors:</p><ul class="compact">${run.errors.map((error) => html`<li>${error}</li>`)}</ul>` : null}`;
}
