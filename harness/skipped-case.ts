import { inject, test } from "vitest";
import type { CaseMeta } from "./case-meta.ts";
import { CaseSkipped, runCase } from "./case.ts";
import { unmetRequirement } from "./case-requirements.ts";
import type { TargetInfo } from "./target-info.ts";

/**
 * Declares the case as skipped, and says so, when the run's target does not meet its `requires:`: a
 * plain vitest test with no fixture at all, so no bucket or container folder is made for it, and the
 * report gives the reason. The target is provided by globalSetup in a run; absent when `list` only
 * collects the cases, which then declares every case as it is.
 */
export function declaredSkippedForTarget(meta: CaseMeta): boolean {
  const target = inject("target") as TargetInfo | undefined;
  const reason = target && unmetRequirement(meta.requires, target);
  if (!reason) return false;
  test(meta.id, { meta: { conformance: meta } }, async ({ task, skip }) => {
    await runCase(meta, { task, skip, run: {} }, async () => {
      throw new CaseSkipped(reason);
    });
  });
  return true;
}
