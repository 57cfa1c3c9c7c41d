import type { ExpectedAnswer, HeaderRule } from "./expected-answer.ts";

/**
 * The answer without the rules for the headers `drop` names, nor those headers' field rules: a case
 * about one rule leaves the others to theirs, and no longer exercises them.
 */
export function withoutHeaderRules(answer: ExpectedAnswer, drop: readonly string[] | ((name: string) => boolean)): ExpectedAnswer {
  if (!answer.headers) return answer;
  const dropped = typeof drop === "function" ? drop : (name: string) => drop.includes(name);
  const headers: Record<string, HeaderRule> = {};
  for (const [name, rule] of Object.entries(answer.headers)) if (!dropped(name)) headers[name] = rule;
  if (!answer.fieldRules) return { ...answer, headers };
  const fieldRules = Object.fromEntries(Object.entries(answer.fieldRules).filter(([field]) => !dropped(field)));
  return { ...answer, headers, fieldRules };
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

/**
 * The answer without the server-side-encryption echo. Every AWS bucket now encrypts by default, so
 * the oracle expects `x-amz-server-side-encryption: AES256`; cases outside the SSE features leave
 * that to the SSE cases, so a store without encryption fails only those.
 */
export function withoutEncryptionEcho(answer: ExpectedAnswer): ExpectedAnswer {
  return withoutHeaderRules(answer, (name) => name.startsWith("x-amz-server-side-encryption"));
}
