import { cephConfig, KMS_KEY_IDS } from "../../targets/ceph-rgw/ceph-config.ts";
import { clusterPaths } from "../../targets/ceph-rgw/cluster-paths.ts";

/** Where the image's entrypoint keeps its cluster (`DIR` in entrypoint.sh). */
export const IMAGE_CLUSTER_ROOT = "/var/lib/s3-conformance-ceph";

/** The launcher's ceph.conf with `@NAME@` where each start differs; fill-ceph-config.sh puts `$NAME` there. */
export function cephConfigTemplate(): string {
  return cephConfig({
    paths: clusterPaths(IMAGE_CLUSTER_ROOT),
    fsid: "@FSID@",
    monPort: "@MON_PORT@",
    rgwAddress: "@RGW_ADDRESS@",
    rgwPort: "@RGW_PORT@",
    kmsKeys: Object.fromEntries(KMS_KEY_IDS.map((id, index) => [id, `@KMS_KEY_${index + 1}@`])),
  });
}
