import type { RuleTable } from "./rule.ts";

export const SSE_RULES = {} satisfies RuleTable;
