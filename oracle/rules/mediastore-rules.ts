import type { RuleTable } from "./rule.ts";

export const MEDIASTORE_RULES = {} satisfies RuleTable;
