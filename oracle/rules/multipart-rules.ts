import type { RuleTable } from "./rule.ts";

export const MULTIPART_RULES = {} satisfies RuleTable;
