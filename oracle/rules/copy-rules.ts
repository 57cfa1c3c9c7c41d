import type { RuleTable } from "./rule.ts";

export const COPY_RULES = {} satisfies RuleTable;
