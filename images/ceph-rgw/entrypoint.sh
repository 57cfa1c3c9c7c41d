#!/bin/bash
# The image's entrypoint: a one-monitor, one-OSD Ceph cluster with a memstore OSD (RAM, no disk), and
# radosgw in front of it, all inside this container and bound to loopback unless RGW_ADDRESS says
# otherwise, configured as the --target ceph-rgw launcher configures its cluster (the same ceph.conf,
# rendered by images/build). It prints one line per phase and, last, "ceph-rgw ready on http://ADDRESS:PORT".
#   RGW_ADDRESS  radosgw's bind address (127.0.0.1; 0.0.0.0 for mapped ports)
#   RGW_PORT     radosgw's port (7480)        MON_PORT   the monitor's port (3300)
#   ACCESS_KEY, SECRET_KEY                    the S3 user's keys
#   KMS key ids testkey-1 and testkey-2 are served by RGW's testing KMS backend.
set -euo pipefail
RGW_ADDRESS=${RGW_ADDRESS:-127.0.0.1}
RGW_PORT=${RGW_PORT:-7480}
MON_PORT=${MON_PORT:-3300}
ACCESS_KEY=${ACCESS_KEY:-CONFORMANCEACCESSKEY}
SECRET_KEY=${SECRET_KEY:-conformance-secret-key-0000000000000000000}
DIR=/var/lib/s3-conformance-ceph
CONF=$DIR/ceph.conf
STARTED=$(date +%s%N)

say() { echo "ceph-rgw: $* ($(( ($(date +%s%N) - STARTED) / 1000000 )) ms)"; }
fail() { echo "ceph-rgw: $1; last lines of $2:" >&2; tail -n 30 "$DIR/log/$2" >&2 || true; exit 1; }
# Retries a command for up to $1 tenths of a second.
retry() { local tenths=$1; shift; for _ in $(seq 1 "$tenths"); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done; return 1; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$RGW_PORT") 2>/dev/null; }

rm -rf "$DIR"
mkdir -p "$DIR"/{run,log,mon,osd/ceph-0,rgw,crash}
FSID=$(cat /proc/sys/kernel/random/uuid)
KMS_KEY_1=$(head -c 32 /dev/urandom | base64)
KMS_KEY_2=$(head -c 32 /dev/urandom | base64)

# The launcher's configuration (targets/ceph-rgw/ceph-config.ts), rendered by images/build.
FSID=$FSID MON_PORT=$MON_PORT RGW_ADDRESS=$RGW_ADDRESS RGW_PORT=$RGW_PORT KMS_KEY_1=$KMS_KEY_1 KMS_KEY_2=$KMS_KEY_2 \
  fill-ceph-config < /usr/local/share/s3-conformance/ceph.conf.template > "$CONF"

trap "exit 0" TERM INT

C=(-c "$CONF")
ceph-authtool --create-keyring "$DIR/keyring" --gen-key -n mon. --cap mon 'allow *' >/dev/null
ceph-authtool "$DIR/keyring" --gen-key -n client.admin --cap mon 'allow *' --cap osd 'allow *' --cap mgr 'allow *' >/dev/null
monmaptool --create --addv a "[v2:127.0.0.1:$MON_PORT]" --fsid "$FSID" "$DIR/monmap" >/dev/null
ceph-mon "${C[@]}" --mkfs -i a --monmap "$DIR/monmap" --keyring "$DIR/keyring"
ceph-mon "${C[@]}" -i a
retry 200 ceph "${C[@]}" --connect-timeout 5 mon stat || fail "the monitor did not answer" mon.a.log
say "monitor up on 127.0.0.1:$MON_PORT"

OSD_UUID=$(cat /proc/sys/kernel/random/uuid)
OSD_ID=$(ceph "${C[@]}" osd new "$OSD_UUID")
ceph "${C[@]}" auth get-or-create "osd.$OSD_ID" mon 'allow profile osd' mgr 'allow profile osd' osd 'allow *' > "$DIR/osd/ceph-$OSD_ID/keyring"
ceph-osd "${C[@]}" -i "$OSD_ID" --mkfs --osd-uuid "$OSD_UUID" --keyring "$DIR/osd/ceph-$OSD_ID/keyring" > "$DIR/log/osd-mkfs.log" 2>&1
ceph-osd "${C[@]}" -i "$OSD_ID" --keyring "$DIR/osd/ceph-$OSD_ID/keyring"
osd_up() { ceph "${C[@]}" osd stat | grep -q '1 up'; }
retry 300 osd_up || fail "the OSD did not come up" "osd.$OSD_ID.log"
say "OSD up (memstore)"

# The user exists before radosgw listens, so the first answer on the port means ready.
ceph "${C[@]}" auth get-or-create client.rgw.gw mon 'allow rw' osd 'allow rwx' mgr 'allow rw' >> "$DIR/keyring"
radosgw-admin "${C[@]}" -n client.admin user create --uid=conformance --display-name=Conformance \
  --access-key="$ACCESS_KEY" --secret-key="$SECRET_KEY" >/dev/null
say "user created"

# radosgw 16.2.15 aborts on some requests (an UploadPartCopy source key with %25): start it again on
# the same cluster, so the requests in flight fail and later ones do not.
STOPPING=false
RGW_PID=
stop_all() {
  STOPPING=true
  for name in client.rgw.gw osd.0 mon.a; do
    [ -f "$DIR/run/$name.pid" ] && kill "$(cat "$DIR/run/$name.pid")" 2>/dev/null || true
  done
  [ -z "$RGW_PID" ] || kill "$RGW_PID" 2>/dev/null || true
  exit 0
}
trap stop_all TERM INT
ANNOUNCED=false
while true; do
  radosgw "${C[@]}" -n client.rgw.gw -f &
  RGW_PID=$!
  retry 600 listening || fail "radosgw did not listen on port $RGW_PORT" client.rgw.gw.log
  if ! $ANNOUNCED; then
    say "radosgw listening"
    echo "ceph-rgw ready on http://$RGW_ADDRESS:$RGW_PORT"
    ANNOUNCED=true
  fi
  status=0
  wait "$RGW_PID" || status=$?
  $STOPPING && exit 0
  echo "ceph-rgw: radosgw exited (status $status); restarting. Last lines of its log:" >&2
  tail -n 5 "$DIR/log/client.rgw.gw.log" >&2 || true
done
