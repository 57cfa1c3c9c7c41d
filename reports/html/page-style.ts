/**
 * The pages' only style sheet, inlined: system fonts, no image, nothing fetched. Long ids, signatures
 * and commands wrap, and wide tables scroll inside their own box, so a 375 px screen never scrolls
 * sideways. Every colour goes with a symbol and a word.
 */
export const PAGE_STYLE = `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fff; --muted: #5c5c5c; --line: #d0d0d0; --panel: #f5f5f5; --mark: #fff3c4;
  --passed: #2e7d32; --non-strict: #6b6b00; --failed: #c62828; --unsupported: #5f5f5f; --skipped: #5f5f5f; --errored: #b34700; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e8e8; --bg: #161616; --muted: #a8a8a8; --line: #3c3c3c; --panel: #222; --mark: #4a3f00;
    --passed: #66bb6a; --non-strict: #c0c040; --failed: #ef5350; --unsupported: #aaa; --skipped: #aaa; --errored: #ff9a4d; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; padding: 1rem; max-width: 72rem; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); overflow-wrap: break-word; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: 0; }
h3 code, .case code, .rule code { overflow-wrap: anywhere; }
code, pre { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: var(--panel); padding: .5rem; margin: .25rem 0; white-space: pre-wrap; overflow-wrap: anywhere; max-width: 100%; }
.muted { color: var(--muted); }
.table-wrap { max-width: 100%; overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--panel); }
td.number { text-align: right; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: .5rem 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.status, .verdict { display: inline-block; padding: 0 .4rem; border: 1px solid currentColor; border-radius: 3px; font-weight: 600; }
.status { white-space: nowrap; }
.status-passed, .verdict-conformant { color: var(--passed); }
.status-non-strict, .verdict-conformant-non-strict { color: var(--non-strict); }
.status-failed, .verdict-not-conformant { color: var(--failed); }
.status-unsupported, .verdict-not-tested { color: var(--unsupported); }
.status-skipped { color: var(--skipped); }
.status-errored, .verdict-incomplete { color: var(--errored); }
.requirement { font-weight: 600; }
.case, .rule { border: 1px solid var(--line); border-left-width: 4px; padding: .5rem .75rem; margin: .75rem 0; scroll-margin-top: 1rem; }
.case[data-status="passed"] { border-left-color: var(--passed); }
.case[data-status="non-strict"] { border-left-color: var(--non-strict); }
.case[data-status="failed"] { border-left-color: var(--failed); }
.case[data-status="errored"] { border-left-color: var(--errored); }
.case:target, .case.pinned { background: var(--mark); outline: 2px solid var(--fg); }
.case-head { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; }
.finding { border-top: 1px dashed var(--line); padding-top: .5rem; margin-top: .5rem; }
.replay { display: flex; gap: .5rem; align-items: flex-start; }
.replay pre { flex: 1; min-width: 0; }
button { font: inherit; padding: .2rem .6rem; cursor: pointer; }
form.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-end; background: var(--panel); padding: .5rem .75rem; position: sticky; top: 0; z-index: 1; }
form.filters label { display: flex; flex-direction: column; font-size: .85rem; }
form.filters select, form.filters input { font: inherit; max-width: 100%; }
ul.compact { margin: .25rem 0; padding-left: 1.25rem; }
a { color: inherit; }
@media (max-width: 480px) {
  body { padding: .5rem; }
  .replay { flex-direction: column; }
  form.filters { position: static; }
  table.stack, table.stack tbody, table.stack tr, table.stack td, table.stack th { display: block; border: 0; }
  table.stack thead { display: none; }
  table.stack tr { border: 1px solid var(--line); margin-bottom: .5rem; padding: .25rem .5rem; }
  table.stack td { text-align: left; padding: .1rem 0; }
  table.stack td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
}
`;
