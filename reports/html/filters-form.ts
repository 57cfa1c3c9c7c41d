import { CASE_STATUSES } from "../case-statuses.ts";
import type { ReportCase } from "../report-types.ts";
import { html } from "./html.ts";

/** The filters the page script applies: outcome, requirement, operation, feature, and a search by id. */
export function FiltersForm({ cases }: { cases: ReportCase[] }) {
  const operations = distinctSorted(cases.map((entry) => entry.operation));
  const features = distinctSorted(cases.map((entry) => entry.feature));
  return html`<form class="filters" id="filters" role="search">
    <${Choice} name="status" label="outcome" values=${CASE_STATUSES} />
    <${Choice} name="requirement" label="requirement (case or finding)" values=${["MUST", "SHOULD", "MAY"]} />
    <${Choice} name="operation" label="operation" values=${operations} />
    <${Choice} name="feature" label="feature" values=${features} />
    <label>case id<input type="search" name="search" placeholder="e.g. s3.get-object" autocomplete="off" /></label>
    <button type="reset">Show all</button>
    <output id="shown-count" aria-live="polite">${cases.length} of ${cases.length} cases shown</output>
  </form>`;
}

function Choice({ name, label, values }: { name: string; label: string; values: readonly string[] }) {
  return html`<label>${label}
    <select name=${name}>
      <option value="">all</option>
      ${values.map((value) => html`<option value=${value}>${value}</option>`)}
    </select>
  </label>`;
}

function distinctSorted(values: string[]): string[] {
  return [...new Set(values)].sort();
}
