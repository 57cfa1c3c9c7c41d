import type { CaseMeta } from "../harness/case-meta.ts";
import type { CaseStatus } from "../harness/outcome.ts";

export const REPORT_SCHEMA_ID = "s3-conformance/report@1";

/** One case's result as the collector saw it, before expectations are applied. */
export interface CaseResult extends CaseMeta {
  status: CaseStatus;
  durationMs: number;
  /** First lines of the failure, skip reason or error; never credentials. */
  message?: string;
  /** Requests the case sent. */
  requests?: number;
  /** What the case noted of answers the specification leaves open. */
  observations?: string[];
  counterexample?: unknown;
  seed?: number;
  numRuns?: number;
  /** fast-check replay path of the counterexample. */
  path?: string;
}

/** What the expectations file says of a case (absent: passed). */
export interface Expectation {
  status: CaseStatus;
  reason: string;
}

export interface ReportCase extends CaseResult {
  /** Command that runs this case again with the same seed (property cases that failed). */
  replay?: string;
  expected: Expectation;
  /** False when the outcome differs from the expectation: the run then exits 1. */
  asExpected: boolean;
}

export interface Summary {
  total: number;
  passed: number;
  failed: number;
  unsupported: number;
  skipped: number;
  errored: number;
  /** Cases whose outcome differs from the expectations. */
  unexpected: number;
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
    expectations?: string;
    /** Problems of the run itself (a target that did not start, a harness error), one line each. */
    errors: string[];
  };
  target: { name: string; kind: string; endpoint: string };
  summary: Summary;
  cases: ReportCase[];
}

/** An expectations file: `expectations/<target>.json`. */
export interface ExpectationsFile {
  target: string;
  version?: string;
  cases: Record<string, Expectation>;
}
