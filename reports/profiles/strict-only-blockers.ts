import type { Blocker, ProfileVerdict } from "./profile-types.ts";

/** What blocks the strict mode beyond what blocks the aws mode (the strict blockers include the aws ones). */
export function strictOnlyBlockers(verdict: ProfileVerdict): Blocker[] {
  const key = (blocker: Blocker) => `${blocker.kind} ${blocker.case} ${blocker.kind === "finding" ? blocker.signature : blocker.feature}`;
  const aws = new Set(verdict.aws.blocking.map(key));
  return verdict.strict.blocking.filter((blocker) => !aws.has(key(blocker)));
}
