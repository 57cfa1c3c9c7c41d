import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** Debian bookworm's Ceph, the version `expectations/ceph-rgw.json` was recorded against. */
export const CEPH_VERSION = "16.2.15";
const CEPH_PACKAGES = ["radosgw", "ceph-mon", "ceph-osd"] as const;
export const CEPH_INSTALL_COMMAND = `apt-get install -y --no-install-recommends ${CEPH_PACKAGES.join(" ")}`;

/** The programs the launcher runs; ceph, ceph-authtool and monmaptool come with ceph-common, a dependency. */
const CEPH_PROGRAMS = ["ceph-mon", "ceph-osd", "radosgw", "radosgw-admin", "ceph-authtool", "monmaptool", "ceph"] as const;

/** Ceph programs not found on PATH. */
export function missingCephPrograms(path = process.env.PATH ?? ""): string[] {
  const folders = path.split(delimiter).filter(Boolean);
  return CEPH_PROGRAMS.filter((program) => !folders.some((folder) => isExecutable(join(folder, program))));
}

/** Ceph is not installed here: one line naming what is missing and the command that installs it. */
export class CephNotInstalledError extends Error {
  override name = "CephNotInstalledError";
}

/** Throws CephNotInstalledError when a Ceph program is missing. */
export function assertCephInstalled(): void {
  const missing = missingCephPrograms();
  if (missing.length === 0) return;
  throw new CephNotInstalledError(`--target ceph-rgw needs Ceph ${CEPH_VERSION} (missing: ${missing.join(", ")}); install it with: ${CEPH_INSTALL_COMMAND}`);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
