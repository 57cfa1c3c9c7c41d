import { eachAllowed, type ExpectedAnswer, type HeaderRule } from "./expected-answer.ts";
import { SSE } from "./sse/header-names.ts";

/**
 * The answer without the rules for the headers `drop` names, nor those headers' field rules: a case
 * about one rule leaves the others to theirs, and no longer exercises them.
 */
export function withoutHeaderRules(answer: ExpectedAnswer, drop: readonly string[] | ((name: string) => boolean)): ExpectedAnswer {
  const dropped = typeof drop === "function" ? drop : (name: string) => drop.includes(name);
  return eachAllowed(answer, (one) => {
    if (!one.headers) return one;
    const headers: Record<string, HeaderRule> = {};
    for (const [name, rule] of Object.entries(one.headers)) if (!dropped(name)) headers[name] = rule;
    if (!one.fieldRules) return { ...one, headers };
    const fieldRules = Object.fromEntries(Object.entries(one.fieldRules).filter(([field]) => !dropped(field)));
    return { ...one, headers, fieldRules };
  });
}

/** The answer's status, error and body with the rules for these headers only. */
export function withHeaderRulesOnly(answer: ExpectedAnswer, names: readonly string[]): ExpectedAnswer {
  return eachAllowed(answer, (one) => {
    const headers: Record<string, HeaderRule> = {};
    for (const name of names) {
      const rule = one.headers?.[name];
      if (rule !== undefined) headers[name] = rule;
    }
    return { ...one, headers };
  });
}

/**
 * The answer without the server-side-encryption echo. Every AWS bucket now encrypts by default, so
 * the oracle expects `x-amz-server-side-encryption: AES256`; cases outside the SSE features leave
 * that to the SSE cases, so a store without encryption fails only those.
 */
export function withoutEncryptionEcho(answer: ExpectedAnswer): ExpectedAnswer {
  return withoutHeaderRules(answer, (name) => name.startsWith(SSE));
}
