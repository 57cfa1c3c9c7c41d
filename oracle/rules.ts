import { COPY_RULES } from "./rules/copy-rules.ts";
import { MEDIASTORE_RULES } from "./rules/mediastore-rules.ts";
import { MULTIPART_RULES } from "./rules/multipart-rules.ts";
import { READ_RULES } from "./rules/read-rules.ts";
import type { Rule, RuleTable } from "./rules/rule.ts";
import { SERVER_RULES } from "./rules/server-rules.ts";
import { SSE_RULES } from "./rules/sse-rules.ts";
import { WRITE_RULES } from "./rules/write-rules.ts";

const TABLES: RuleTable[] = [READ_RULES, WRITE_RULES, COPY_RULES, MULTIPART_RULES, SSE_RULES, MEDIASTORE_RULES, SERVER_RULES];

/** Every rule of the oracle, by id. */
export const RULES: ReadonlyMap<string, Rule> = new Map(
  TABLES.flatMap((table) => Object.entries(table)).map(([id, text]) => [id, { id, ...text }]),
);

/** The rule with this id; an id no table declares is a harness bug and throws. */
export function ruleById(id: string): Rule {
  const rule = RULES.get(id);
  if (!rule) throw new Error(`unknown oracle rule ${JSON.stringify(id)} (declare it in oracle/rules/)`);
  return rule;
}
