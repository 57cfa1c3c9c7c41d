import { CASE_STATUSES } from "../case-statuses.ts";
import { html } from "../html/html.ts";
import { renderPage } from "../html/html-page.ts";
import { StatusLabel, VerdictLabel } from "../html/status-label.ts";
import type { ComparedCell, ComparedRow, ComparedTarget, Comparison } from "./compare-reports.ts";
import { groupRows } from "./row-groups.ts";

/** compare.html: the runs side by side on one self-contained page that fetches nothing. */
export function renderCompareHtml(comparison: Comparison): string {
  const { targets } = comparison;
  const differing = comparison.rows.filter((row) => comparison.differing.includes(row.id));
  const body = html`<header>
      <h1>Comparison of ${targets.map((target) => target.label).join(", ")}</h1>
      <p class="muted">Cases are aligned by id. Each cell is the outcome and the number of findings, linking to the case in that target's report.</p>
    </header>
    <main>
      <${RunsSection} comparison=${comparison} />
      <${TotalsSection} targets=${targets} />
      <${ProfilesMatrix} targets=${targets} />
      <section id="fails-on-one">
        <h2>Fails on one target only</h2>
        ${comparison.failsOnlyOn.length === 0
          ? html`<p>None.</p>`
          : html`<ul class="compact">${comparison.failsOnlyOn.map((entry) => html`<li><code>${entry.id}</code>: failed on ${entry.target} only</li>`)}</ul>`}
      </section>
      <section id="differing">
        <h2>Differs between targets</h2>
        ${differing.length === 0 ? html`<p>None: every case that more than one run has ended the same, with the same findings.</p>` : html`<${Matrix} targets=${targets} rows=${differing} />`}
      </section>
      <section id="all-cases">
        <h2>All cases</h2>
        ${groupRows(comparison.rows).map((group) => html`<h3>${group.protocol} · ${group.operation}</h3><${Matrix} targets=${targets} rows=${group.rows} />`)}
      </section>
    </main>`;
  return renderPage(`Comparison: ${targets.map((target) => target.label).join(", ")}`, body, "");
}

function RunsSection({ comparison }: { comparison: Comparison }) {
  return html`<section id="runs">
    <h2>Runs</h2>
    <ul class="compact">
      ${comparison.targets.map(
        ({ label, identity, reportHref }) => html`<li>
          <a href=${reportHref}>${label}</a>: <code>${identity.path}</code>, ${identity.target} (${identity.kind}) at ${identity.endpoint}, ${identity.tool}, run <code>${identity.runId}</code> of ${identity.startedAt}, seed ${identity.seed}
        </li>`,
      )}
    </ul>
    ${comparison.differences.length === 0
      ? html`<p>Same tool version, seed, runs per property, filter and case set.</p>`
      : html`<p><strong>The runs differ:</strong></p><ul class="compact">${comparison.differences.map((line) => html`<li>${line}</li>`)}</ul>`}
  </section>`;
}

function TotalsSection({ targets }: { targets: ComparedTarget[] }) {
  return html`<section id="totals">
    <h2>Totals</h2>
    <div class="table-wrap">
      <table>
        <thead>
          <tr><th>target</th><th>cases</th>${CASE_STATUSES.map((status) => html`<th><${StatusLabel} status=${status} /></th>`)}<th>MUST findings</th><th>SHOULD findings</th><th>MAY findings</th></tr>
        </thead>
        <tbody>
          ${targets.map(
            (target) => html`<tr>
              <th>${target.label}</th><td class="number">${target.totals.cases}</td>
              ${CASE_STATUSES.map((status) => html`<td class="number">${target.totals[status]}</td>`)}
              <td class="number">${target.findings.MUST}</td><td class="number">${target.findings.SHOULD}</td><td class="number">${target.findings.MAY}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

function ProfilesMatrix({ targets }: { targets: ComparedTarget[] }) {
  const ids = [...new Set(targets.flatMap((target) => target.profiles.map((profile) => profile.id)))];
  if (ids.length === 0) return null;
  const evaluatedNow = targets.filter((target) => target.profilesEvaluatedNow).map((target) => target.label);
  return html`<section id="profiles">
    <h2>Certification profiles</h2>
    <div class="table-wrap">
      <table>
        <thead><tr><th>profile</th>${targets.map((target) => html`<th>${target.label}</th>`)}</tr></thead>
        <tbody>
          ${ids.map(
            (id) => html`<tr>
              <th><code>${id}</code></th>
              ${targets.map((target) => {
                const verdict = target.profiles.find((profile) => profile.id === id);
                return verdict === undefined
                  ? html`<td>—</td>`
                  : html`<td>aws <${VerdictLabel} verdict=${verdict.aws.verdict} /><br />strict <${VerdictLabel} verdict=${verdict.strict.verdict} /></td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${evaluatedNow.length > 0 ? html`<p class="muted">Evaluated now with this tool's profiles (the report had none): ${evaluatedNow.join(", ")}.</p>` : null}
  </section>`;
}

function Matrix({ targets, rows }: { targets: ComparedTarget[]; rows: ComparedRow[] }) {
  return html`<div class="table-wrap">
    <table>
      <thead><tr><th>feature</th><th>case</th>${targets.map((target) => html`<th>${target.label}</th>`)}</tr></thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            <td>${row.feature}</td>
            <td><code>${row.id}</code></td>
            ${row.cells.map((cell) => html`<td><${Cell} cell=${cell} /></td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function Cell({ cell }: { cell: ComparedCell | null }) {
  if (cell === null) return html`<span class="muted">— not run</span>`;
  return html`<a href=${cell.href}><${StatusLabel} status=${cell.status} /> · ${cell.findings} finding${cell.findings === 1 ? "" : "s"}</a>`;
}
