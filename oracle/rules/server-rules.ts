import { documented, rfc, type RuleTable } from "./rule.ts";

/** Rules about answering at all, whatever the operation. */
export const SERVER_RULES = {
  "server.answers-request": {
    statement: "RFC 9112: a server that accepted a request answers it, within the request timeout, rather than closing or resetting the connection",
    requirement: "MUST",
    provenance: rfc(9112, "9.6"),
  },
  "server.no-5xx": {
    statement: "Every request the suite sends has a documented answer that is not a 5xx server error: a request the store cannot serve is refused with a 4xx (or 501 NotImplemented for a feature it lacks), never a 500 or 503",
    requirement: "MUST",
    provenance: documented("https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html"),
  },
} satisfies RuleTable;

/** The rule of a 5xx answer, recorded beside whatever else the answer got wrong. */
export const SERVER_ERROR_RULE = "server.no-5xx" satisfies keyof typeof SERVER_RULES;
