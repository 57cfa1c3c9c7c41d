import type { Blocker, ModeVerdict, ProfileVerdict } from "../profiles/profile-types.ts";
import { strictOnlyBlockers } from "../profiles/strict-only-blockers.ts";
import { html } from "./html.ts";
import { VerdictLabel } from "./status-label.ts";

interface Props {
  verdicts: ProfileVerdict[];
  /** The run's --filter: the verdicts then cover only the cases that ran. */
  filter?: string | undefined;
}

/** The verdict per certification profile in both modes, with what blocks each and the optional features lacked. */
export function ProfilesSection({ verdicts, filter }: Props) {
  if (verdicts.length === 0) return null;
  return html`<section id="profiles">
    <h2>Certification profiles</h2>
    <p class="muted">aws: only findings of rules AWS recorded or documented count. strict: RFC and inferred rules count too.</p>
    ${filter !== undefined ? html`<p>A filtered run (<code>${filter}</code>): each verdict covers only the cases that ran.</p>` : null}
    <div class="table-wrap">
      <table class="stack">
        <thead><tr><th>profile</th><th>cases</th><th>aws</th><th>strict</th></tr></thead>
        <tbody>
          ${verdicts.map(
            (verdict) => html`<tr>
              <td><code>${verdict.id}</code><br />${verdict.title}</td>
              <td class="number" data-label="cases">${verdict.cases.selected}</td>
              <td data-label="aws"><${ModeCell} mode=${verdict.aws} /></td>
              <td data-label="strict"><${ModeCell} mode=${verdict.strict} /></td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${verdicts.map((verdict) => html`<${ProfileDetails} verdict=${verdict} />`)}
  </section>`;
}

function ModeCell({ mode }: { mode: ModeVerdict }) {
  const { MUST, SHOULD, MAY } = mode.findings;
  return html`<${VerdictLabel} verdict=${mode.verdict} />${MUST + SHOULD + MAY > 0 ? html`<br /><span class="muted">${MUST} MUST, ${SHOULD} SHOULD, ${MAY} MAY</span>` : null}`;
}

function ProfileDetails({ verdict }: { verdict: ProfileVerdict }) {
  const strictOnly = strictOnlyBlockers(verdict);
  const { aws, strict } = verdict;
  const notes = aws.note === strict.note ? (aws.note ? [aws.note] : []) : [aws.note ? `aws: ${aws.note}` : "", strict.note ? `strict: ${strict.note}` : ""].filter(Boolean);
  if (verdict.aws.blocking.length + strictOnly.length + verdict.lackedOptionalFeatures.length + notes.length === 0) return null;
  return html`<details>
    <summary><code>${verdict.id}</code>: what blocks, what is lacking</summary>
    ${notes.length > 0 ? html`<ul class="compact">${notes.map((note) => html`<li>${note}</li>`)}</ul>` : null}
    <${BlockerList} title="blocking in both modes" blockers=${verdict.aws.blocking} />
    <${BlockerList} title="blocking in strict mode only" blockers=${strictOnly} />
    ${verdict.lackedOptionalFeatures.length > 0
      ? html`<p>Optional features lacked (they do not block):</p>
          <ul class="compact">${verdict.lackedOptionalFeatures.map((lacked) => html`<li>${lacked.feature}: ${lacked.unsupported} of ${lacked.cases} cases unsupported</li>`)}</ul>`
      : null}
  </details>`;
}

function BlockerList({ title, blockers }: { title: string; blockers: Blocker[] }) {
  if (blockers.length === 0) return null;
  return html`<p>${title} (${blockers.length}):</p>
    <ul class="compact">${blockers.map((blocker) => html`<li><a href=${`#${blocker.case}`}><code>${blocker.case}</code></a>: ${describe(blocker)}</li>`)}</ul>`;
}

function describe(blocker: Blocker): string {
  return blocker.kind === "finding" ? `[MUST] ${blocker.signature}` : `unsupported (${blocker.feature} is not optional in this profile): ${blocker.reason}`;
}
