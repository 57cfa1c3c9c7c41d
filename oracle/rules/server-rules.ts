import { rfc, type RuleTable } from "./rule.ts";

/** Rules about answering at all, whatever the operation. */
export const SERVER_RULES = {
  "server.answers-request": {
    statement: "RFC 9112: a server that accepted a request answers it, within the request timeout, rather than closing or resetting the connection",
    requirement: "MUST",
    provenance: rfc(9112, "9.6"),
  },
} satisfies RuleTable;
