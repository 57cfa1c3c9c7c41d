import type { Finding } from "../../harness/findings.ts";
import { CASE_STATUSES } from "../case-statuses.ts";
import type { CaseResult } from "../report-types.ts";
import { COUNTED_PROVENANCE, type Blocker, type LackedFeature, type ModeVerdict, type Profile, type ProfileMode, type ProfileVerdict } from "./profile-types.ts";

/** What the evaluation reads of a case: its metadata, outcome and findings. */
export type ProfileCase = Pick<CaseResult, "id" | "protocol" | "operation" | "feature" | "status" | "message"> & { findings: Finding[] };

export function evaluateProfiles(profiles: Profile[], cases: ProfileCase[]): ProfileVerdict[] {
  return profiles.map((profile) => evaluateProfile(profile, cases));
}

/** A profile's verdict on a run's cases, in the `aws` and the `strict` mode. */
export function evaluateProfile(profile: Profile, cases: ProfileCase[]): ProfileVerdict {
  const selected = cases.filter((entry) => selects(profile, entry));
  const counts = { selected: selected.length, ...Object.fromEntries(CASE_STATUSES.map((status) => [status, 0])) } as ProfileVerdict["cases"];
  for (const entry of selected) counts[entry.status] += 1;
  const errored = selected.filter((entry) => entry.status === "errored").map((entry) => entry.id);
  return {
    id: profile.id,
    title: profile.title,
    cases: counts,
    lackedOptionalFeatures: lackedOptionalFeatures(profile, selected),
    errored,
    aws: modeVerdict(profile, selected, "aws"),
    strict: modeVerdict(profile, selected, "strict"),
  };
}

export function selects(profile: Profile, entry: Pick<ProfileCase, "protocol" | "operation" | "feature">): boolean {
  const { protocols, operations, features, excludeFeatures } = profile.select;
  return (
    (protocols === undefined || protocols.includes(entry.protocol)) &&
    (operations === undefined || operations.includes(entry.operation)) &&
    (features === undefined || features.includes(entry.feature)) &&
    !(excludeFeatures ?? []).includes(entry.feature)
  );
}

function modeVerdict(profile: Profile, selected: ProfileCase[], mode: ProfileMode): ModeVerdict {
  const findings = { MUST: 0, SHOULD: 0, MAY: 0 };
  const blocking: Blocker[] = [];
  for (const entry of selected) {
    for (const finding of entry.findings.filter((each) => COUNTED_PROVENANCE[mode].includes(each.provenance.kind))) {
      findings[finding.requirement] += 1;
      if (finding.requirement === "MUST") blocking.push({ kind: "finding", case: entry.id, signature: finding.signature, rule: finding.rule, source: finding.source });
    }
    if (entry.status === "unsupported" && !(profile.optionalFeatures ?? []).includes(entry.feature)) {
      blocking.push({ kind: "unsupported", case: entry.id, feature: entry.feature, reason: firstLine(entry.message) ?? "answered 501 NotImplemented" });
    }
  }
  const judged = selected.filter((entry) => entry.status === "passed" || entry.status === "non-strict" || entry.status === "failed");
  const errored = selected.filter((entry) => entry.status === "errored");
  if (selected.length === 0) return { verdict: "not tested", findings, blocking, note: "no case of this profile ran" };
  if (blocking.length > 0) return { verdict: "not conformant", findings, blocking };
  if (errored.length > 0) return { verdict: "incomplete", findings, blocking, note: `${errored.length} of its ${selected.length} cases errored, e.g. ${errored[0]!.id}` };
  if (judged.length === 0) return { verdict: "not tested", findings, blocking, note: selected.length === 1 ? "its one case was skipped or unsupported" : `all ${selected.length} of its cases were skipped or unsupported` };
  if (findings.SHOULD + findings.MAY > 0) return { verdict: "conformant non-strict", findings, blocking };
  return { verdict: "conformant", findings, blocking };
}

/** The profile's optional features with an unsupported case: features the target lacks, which do not block. */
function lackedOptionalFeatures(profile: Profile, selected: ProfileCase[]): LackedFeature[] {
  return (profile.optionalFeatures ?? []).flatMap((feature) => {
    const ofFeature = selected.filter((entry) => entry.feature === feature);
    const unsupported = ofFeature.filter((entry) => entry.status === "unsupported").length;
    return unsupported > 0 ? [{ feature, unsupported, cases: ofFeature.length }] : [];
  });
}

function firstLine(text: string | undefined): string | undefined {
  return text?.split("\n").map((line) => line.trim()).find((line) => line !== "");
}
