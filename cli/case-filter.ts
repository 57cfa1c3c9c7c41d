/**
 * `--filter PATTERN`: a case id, a prefix (`s3.get-object`), or a glob with `*` (`s3.*.not-found.*`).
 * Returns the predicate on ids and the same test as a regular expression for vitest's name filter.
 */
export function caseFilter(pattern: string | undefined): { selects: (id: string) => boolean; regex: string | undefined } {
  if (!pattern) return { selects: () => true, regex: undefined };
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  const regex = pattern.includes("*") ? `^${escaped}$` : `^${escaped}(\\..*)?$`;
  const compiled = new RegExp(regex);
  return { selects: (id) => compiled.test(id), regex };
}
