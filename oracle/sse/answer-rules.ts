import type { ExpectedAnswer, HeaderRule } from "../expected-answer.ts";

/** The answer without the rules for these headers: a case about one rule leaves the others to theirs. */
export function withoutHeaderRules(answer: ExpectedAnswer, names: readonly string[]): ExpectedAnswer {
  if (!answer.headers) return answer;
  return { ...answer, headers: Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !names.includes(name))) };
}

/** The answer's status, error and body with the rules for these headers only. */
export function withHeaderRulesOnly(answer: ExpectedAnswer, names: readonly string[]): ExpectedAnswer {
  const headers: Record<string, HeaderRule> = {};
  for (const name of names) {
    const rule = answer.headers?.[name];
    if (rule !== undefined) headers[name] = rule;
  }
  return { ...answer, headers };
}
