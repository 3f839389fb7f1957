#!/usr/bin/env bash
# ./setup.sh package-test: installs the two .deb files into a clean Debian 12 root
# (debootstrap, minbase), then there starts the console offscreen on its embedded backend and
# checks that backend answers, and starts the server from its unit file's command line and
# checks it answers too. Needs root (debootstrap, chroot, mount) and the Debian mirror.
set -euo pipefail
build_dir="$1"
mirror="${INSIGHTS_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
root="$(mktemp -d /var/tmp/insights-chroot.XXXXXX)"
chmod 755 "$root" # mktemp makes it 0700: the system user must reach /usr in there
cleanup() {
  for m in dev/pts dev proc; do umount -l "$root/$m" 2>/dev/null || true; done
  rm -rf "$root"
}
trap cleanup EXIT
log() { printf '\033[1m--> %s\033[0m\n' "$*" >&2; }
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }

log "debootstrap bookworm into $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1 ||
  { tail -30 "$root.log"; exit 1; }
rm -f "$root.log"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mkdir -p "$root/tmp/debs"
cp "$build_dir"/insights-console_*_amd64.deb "$build_dir"/insights-server_*_amd64.deb "$root/tmp/debs/"

log "apt-get install the packages (their dependencies from $mirror)"
in_root apt-get update -qq
debs=()
for d in "$root"/tmp/debs/*.deb; do debs+=("/tmp/debs/$(basename "$d")"); done
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "${debs[@]}" curl >/dev/null
in_root dpkg -s insights-console insights-server | grep -E '^(Package|Version|Status|Depends):'
in_root getent passwd insights
in_root test -d /var/lib/insights-server

log "the console, offscreen, on its embedded backend"
in_root env QT_QPA_PLATFORM=offscreen insights-console --version
in_root sh -c '
  export HOME=/tmp/home QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/run
  mkdir -p $HOME /tmp/run && chmod 700 /tmp/run
  insights-console >/tmp/console.log 2>&1 &
  console=$!
  conf=$HOME/.config/InteractionInsights/insights-console.conf
  ok=1
  for i in $(seq 1 150); do
    port=$(sed -n "s/^port=//p" "$conf" 2>/dev/null | head -1)
    if [ -n "$port" ] && curl -fsS "http://127.0.0.1:$port/healthz" 2>/dev/null; then ok=0; break; fi
    sleep 0.2
  done
  kill $console; wait $console || true
  [ $ok -eq 0 ] || { echo "the console never started its backend:"; cat /tmp/console.log; exit 1; }
  echo " <- the embedded backend on port $port"'

log "the server, from its unit file's command line, as its system user"
exec_start=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/insights-server.service")
in_root sh -c "
  set -a; . /etc/default/insights-server; set +a
  runuser -u insights -- $exec_start >/tmp/server.log 2>&1 &
  server=\$!
  ok=1
  for i in \$(seq 1 100); do
    if curl -fsS http://127.0.0.1:8080/healthz 2>/dev/null; then ok=0; break; fi
    kill -0 \$server 2>/dev/null || break
    sleep 0.2
  done
  kill \$server 2>/dev/null; wait \$server || true
  [ \$ok -eq 0 ] || { echo 'insights-server did not answer:'; cat /tmp/server.log; exit 1; }
  echo ' <- insights-server from insights-server.service'"
log "package test passed"
