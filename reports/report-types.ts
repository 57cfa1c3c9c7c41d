import type { Verdict } from "../harness/case.ts";
import type { CaseMeta } from "../harness/case-meta.ts";
import type { Finding } from "../harness/findings.ts";
import type { CaseStatus } from "../harness/outcome.ts";
import type { Provenance, Requirement } from "../harness/rule-types.ts";
import type { ProfileVerdict } from "./profiles/profile-types.ts";

export const REPORT_SCHEMA_ID = "s3-conformance/report@2";

/** One case's result as the collector saw it, before expectations are applied: its verdict's findings and counts with its metadata. */
export interface CaseResult extends CaseMeta, Pick<Verdict, "findings" | "findingsLeftOut" | "exercised" | "inputs" | "seed" | "numRuns"> {
  status: CaseStatus;
  durationMs: number;
  /** Why the case was skipped, unsupported or errored, or the first lines of its failure; never credentials. */
  message?: string;
  /** Requests the case sent. */
  requests?: number;
  /** What the case noted of answers the specification leaves open. */
  observations?: string[];
}

/** An expected finding: its signature and why it is known. */
export interface ExpectedFinding {
  signature: string;
  /** The observed and the expected answer and the rule's source. */
  reason: string;
}

/** What the expectations file says of a case (absent: passed, no finding). */
export interface Expectation {
  status: CaseStatus;
  /** Why a case is skipped, unsupported or errored on this target. */
  reason?: string;
  findings: ExpectedFinding[];
}

export interface ReportFinding extends Finding {
  /** Whether the expectations list it (a known finding); a finding they do not list is new. */
  known: boolean;
}

export interface ReportCase extends CaseResult {
  findings: ReportFinding[];
  expected: Expectation;
  /** Expected findings this run did not see: fixes to confirm. */
  vanished: ExpectedFinding[];
  /** False when the outcome or the findings differ from the expectation: the run then exits 1. */
  asExpected: boolean;
}

export interface RequirementCounts {
  MUST: number;
  SHOULD: number;
  MAY: number;
}

export interface Summary {
  total: number;
  passed: number;
  "non-strict": number;
  failed: number;
  unsupported: number;
  skipped: number;
  errored: number;
  /** Cases whose outcome or findings differ from the expectations. */
  unexpected: number;
  /** Findings by requirement. */
  findings: RequirementCounts;
  /** Findings the expectations do not list (regressions). */
  newFindings: number;
  /** Expected findings that did not appear (fixes). */
  vanishedFindings: number;
  /** Requests sent to the target, over every case. */
  requests: number;
}

/** One oracle rule and what this run did with it (rule coverage). */
export interface RuleCoverage {
  id: string;
  statement: string;
  requirement: Requirement;
  provenance: Provenance;
  source: string;
  /** Inputs whose expected answer this rule decided. */
  exercised: number;
  /** Findings of this rule, over every case. */
  findings: number;
  /** Cases with a finding of this rule. */
  cases: string[];
}

export interface Report {
  schema: typeof REPORT_SCHEMA_ID;
  tool: { name: string; version: string };
  run: {
    id: string;
    startedAt: string;
    finishedAt: string;
    seed: number;
    numRuns: number;
    filter?: string;
    /** The finding replayed (`--finding`). */
    finding?: string;
    expectations?: string;
    /** This run's part of a run split across machines (`--shard i/n`). */
    shard?: string;
    /** The shards a merged run was made of (`s3-conformance merge`). */
    mergedShards?: string[];
    /** Problems of the run itself (a target that did not start, a harness error), one line each. */
    errors: string[];
  };
  target: { name: string; kind: string; endpoint: string };
  summary: Summary;
  rules: RuleCoverage[];
  cases: ReportCase[];
  /** The verdict per certification profile (`profiles/*.json`), in the aws and strict modes. */
  profiles?: ProfileVerdict[];
}

/** An expectations file: `expectations/<target>.json`. */
export interface ExpectationsFile {
  target: string;
  version?: string;
  cases: Record<string, Expectation>;
}
