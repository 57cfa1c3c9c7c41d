import type { RuleTable } from "./rule.ts";

export const WRITE_RULES = {} satisfies RuleTable;
