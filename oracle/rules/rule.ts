/** How strongly the specification asks for a behaviour (RFC 2119 words, as the AWS pages and RFCs use them). */
export type Requirement = "MUST" | "SHOULD" | "MAY";

/**
 * Where a rule comes from. `aws-recorded` names rows of `../shared/aws-observed/`; `aws-documented` the
 * AWS page; `rfc` the RFC and section; `inferred` says from what it was inferred.
 */
export type Provenance =
  | { kind: "aws-recorded"; rows: string[] }
  | { kind: "aws-documented"; url: string }
  | { kind: "rfc"; rfc: number; section: string }
  | { kind: "inferred"; from: string };

/** One rule of the oracle, as declared in a rule table: its id is the table's key. */
export interface RuleText {
  /** One line: what the answer must be. A rule backed by an RFC alone names the RFC, never "AWS". */
  statement: string;
  requirement: Requirement;
  provenance: Provenance;
}

export interface Rule extends RuleText {
  /** Stable, dotted, never derived from order: `read.precondition.if-match-failed`. */
  id: string;
}

export type RuleTable = Record<string, RuleText>;

export function recorded(...rows: string[]): Provenance {
  return { kind: "aws-recorded", rows };
}

export function documented(url: string): Provenance {
  return { kind: "aws-documented", url };
}

export function rfc(number: number, section: string): Provenance {
  return { kind: "rfc", rfc: number, section };
}

export function inferred(from: string): Provenance {
  return { kind: "inferred", from };
}

/** One line naming a rule's source, for reports: `aws-observed get-if-match-mismatch`, `RFC 9110 §13.1.1`. */
export function sourceOf(provenance: Provenance): string {
  switch (provenance.kind) {
    case "aws-recorded":
      return `aws-observed ${provenance.rows.join(", ")}`;
    case "aws-documented":
      return provenance.url;
    case "rfc":
      return `RFC ${provenance.rfc} §${provenance.section}`;
    case "inferred":
      return `inferred from ${provenance.from}`;
  }
}
