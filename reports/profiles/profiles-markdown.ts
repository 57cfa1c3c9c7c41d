import { CASE_STATUSES } from "../case-statuses.ts";
import { markdownCode as code } from "../markdown-code.ts";
import { markdownTable } from "../markdown-table.ts";
import type { Blocker, ModeVerdict, ProfileVerdict } from "./profile-types.ts";
import { strictOnlyBlockers } from "./strict-only-blockers.ts";
import { VERDICT_STYLE } from "./verdict-style.ts";

const BLOCKERS_SHOWN = 5;

/** "Certification profiles": one row per profile with its verdict in both modes, then what blocks, what is lacked and why a verdict is open. */
export function profilesMarkdown(verdicts: ProfileVerdict[], filter?: string): string[] {
  if (verdicts.length === 0) return [];
  const rows = verdicts.map((verdict) => [`${code(verdict.id)} ${verdict.title}`, casesOf(verdict), verdictText(verdict.aws), verdictText(verdict.strict)]);
  const notes = verdicts.flatMap((verdict) => notesOf(verdict));
  return [
    "## Certification profiles",
    "",
    "`aws` counts the findings of rules AWS recorded or documented; `strict` counts RFC and inferred rules too.",
    ...(filter !== undefined ? ["", `A filtered run (${code(filter)}): each verdict covers only the cases that ran.`] : []),
    "",
    ...markdownTable(["profile", "cases", "aws", "strict"], rows),
    ...(notes.length > 0 ? ["", ...notes] : []),
  ];
}

export function verdictText(mode: ModeVerdict): string {
  const { MUST, SHOULD, MAY } = mode.findings;
  const counted = [MUST > 0 ? `${MUST} MUST` : "", SHOULD > 0 ? `${SHOULD} SHOULD` : "", MAY > 0 ? `${MAY} MAY` : ""].filter(Boolean).join(", ");
  return `${VERDICT_STYLE[mode.verdict].symbol} ${mode.verdict}${counted ? ` (${counted})` : ""}`;
}

function casesOf(verdict: ProfileVerdict): string {
  const { cases } = verdict;
  const parts = CASE_STATUSES.filter((status) => cases[status] > 0).map((status) => `${cases[status]} ${status}`);
  return `${cases.selected}${parts.length > 0 ? ` (${parts.join(", ")})` : ""}`;
}

function notesOf(verdict: ProfileVerdict): string[] {
  const lines: string[] = [];
  for (const mode of ["aws", "strict"] as const) {
    const { blocking, note } = verdict[mode];
    const sameNote = verdict.aws.note === verdict.strict.note;
    if (note !== undefined && !(sameNote && mode === "strict")) lines.push(`- ${code(verdict.id)}${sameNote ? "" : ` (${mode})`}: ${note}`);
    const shown = mode === "strict" ? strictOnlyBlockers(verdict) : blocking;
    if (shown.length === 0) continue;
    const label = mode === "strict" && verdict.aws.blocking.length > 0 ? "strict also blocked by" : `${mode} blocked by`;
    lines.push(`- ${code(verdict.id)} ${label}: ${shown.slice(0, BLOCKERS_SHOWN).map(blockerText).join("; ")}${shown.length > BLOCKERS_SHOWN ? `; … ${shown.length - BLOCKERS_SHOWN} more` : ""}`);
  }
  for (const lacked of verdict.lackedOptionalFeatures) {
    lines.push(`- ${code(verdict.id)}: lacks optional feature ${lacked.feature} (${lacked.unsupported} of ${lacked.cases} cases unsupported; does not block)`);
  }
  return lines;
}

function blockerText(blocker: Blocker): string {
  return blocker.kind === "finding" ? `${code(blocker.signature)} in ${code(blocker.case)}` : `${code(blocker.case)} unsupported (${blocker.feature} is not optional here)`;
}
