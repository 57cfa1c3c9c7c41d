import type { TestContext } from "vitest";
import { CEPH_INSTALL_COMMAND, missingCephPrograms } from "../../targets/ceph-rgw/ceph-packages.ts";

/**
 * CI installs Ceph (.ci/install-ceph), so there a missing program is a broken set-up and fails the
 * test; elsewhere the test is skipped with the reason and the command that installs what it needs.
 */
export function requireCeph(context: TestContext): void {
  const missing = missingCephPrograms();
  if (missing.length === 0) return;
  const reason = `Ceph is not installed (missing ${missing.join(", ")}): ${CEPH_INSTALL_COMMAND}`;
  if (process.env.CI) throw new Error(reason);
  context.skip(reason);
}
