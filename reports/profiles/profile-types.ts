import type { Feature, Protocol } from "../../harness/case-meta.ts";
import type { CaseStatus } from "../../harness/outcome.ts";
import type { Provenance } from "../../harness/rule-types.ts";

/** A certification profile, as declared in `profiles/<id>.json`. */
export interface Profile {
  id: string;
  title: string;
  /** Which cases the profile covers; every given list must match (an absent one matches all). */
  select: {
    protocols?: Protocol[];
    operations?: string[];
    features?: Feature[];
    excludeFeatures?: Feature[];
  };
  /** Features a target may lack (its cases unsupported) and still conform to the profile. */
  optionalFeatures?: Feature[];
}

/**
 * `aws`: only findings of rules AWS recorded or documented count; `strict`: those of RFC and
 * inferred rules too.
 */
export type ProfileMode = "aws" | "strict";

/** Provenance kinds whose findings count in each mode. */
export const COUNTED_PROVENANCE: Record<ProfileMode, readonly Provenance["kind"][]> = {
  aws: ["aws-recorded", "aws-documented"],
  strict: ["aws-recorded", "aws-documented", "rfc", "inferred"],
};

/**
 * `incomplete`: nothing blocks, but some cases errored, so conformance is not shown; `not tested`:
 * no selected case was judged (none ran, or all were skipped or unsupported).
 */
export type ProfileVerdictName = "conformant" | "conformant non-strict" | "not conformant" | "incomplete" | "not tested";

/** What stands between a target and a profile: a counted MUST finding, or a required feature the target lacks. */
export type Blocker =
  | { kind: "finding"; case: string; signature: string; rule: string; source: string }
  | { kind: "unsupported"; case: string; feature: string; reason: string };

export interface ModeVerdict {
  verdict: ProfileVerdictName;
  /** Findings this mode counts, by requirement. */
  findings: { MUST: number; SHOULD: number; MAY: number };
  blocking: Blocker[];
  /** Why the verdict is `not tested` or `incomplete`. */
  note?: string;
}

export interface LackedFeature {
  feature: Feature;
  /** Unsupported cases of the feature, of `cases` selected. */
  unsupported: number;
  cases: number;
}

/** A profile's verdict on one run, in both modes. */
export interface ProfileVerdict {
  id: string;
  title: string;
  /** Selected cases per outcome. */
  cases: Record<CaseStatus, number> & { selected: number };
  /** Optional features of the profile the target answered 501 for. */
  lackedOptionalFeatures: LackedFeature[];
  /** Ids of the selected cases that errored. */
  errored: string[];
  aws: ModeVerdict;
  strict: ModeVerdict;
}
