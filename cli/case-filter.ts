/**
 * `--filter PATTERN` (repeatable): a case id, a prefix (`s3.get-object`), or a glob with `*`
 * (`s3.*.not-found.*`); a case runs when any pattern selects it. Returns the predicate on ids and the
 * same test as a regular expression for vitest's name filter.
 */
export function caseFilter(patterns: string[] | string | undefined): { selects: (id: string) => boolean; regex: string | undefined } {
  const list = (Array.isArray(patterns) ? patterns : patterns ? [patterns] : []).filter((pattern) => pattern !== "");
  if (list.length === 0) return { selects: () => true, regex: undefined };
  const regex = list.map(patternRegex).join("|");
  const compiled = new RegExp(regex);
  return { selects: (id) => compiled.test(id), regex };
}

function patternRegex(pattern: string): string {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return pattern.includes("*") ? `^${escaped}$` : `^${escaped}(\\..*)?$`;
}
