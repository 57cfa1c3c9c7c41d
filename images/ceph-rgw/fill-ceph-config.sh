#!/bin/bash
# Reads the ceph.conf template images/build rendered from targets/ceph-rgw/ceph-config.ts (stdin) and
# writes it with each @NAME@ replaced by the variable NAME (stdout).
set -euo pipefail
conf=$(cat)
for name in FSID MON_PORT RGW_ADDRESS RGW_PORT KMS_KEY_1 KMS_KEY_2; do
  conf=${conf//"@$name@"/"${!name}"}
done
printf '%s\n' "$conf"
