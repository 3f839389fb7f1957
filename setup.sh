#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine: installs what is missing, configures,
# builds, then runs the console (`run`), the test suite (`test`) or only builds (`build`).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_dir="${INSIGHTS_BUILD_DIR:-$here/build}"
build_type="${INSIGHTS_BUILD_TYPE:-RelWithDebInfo}"

packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-svg-dev qt6-l10n-tools libqt6svg6 qt6-qpa-plugins
  libgl-dev libvulkan-dev libxkbcommon-dev
  libsodium-dev qtkeychain-qt6-dev openssl
  postgresql libqt6sql6-psql python3 haproxy
  libcurl4-openssl-dev python3-aiosmtpd libcsv-dev
)
# Azurite, the Azure Storage emulator the storage tests run against. Pinned: the newest needs
# Node 22, and Debian 12's Node is older (3.35.0 accepts Node 20).
azurite_version=3.35.0

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "Installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

install_azurite() {
  local prefix="$build_dir/node"
  # A machine may have Node from elsewhere (with its own npm): Debian's only when there is none.
  if ! command -v npm >/dev/null; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
  fi
  if [ ! -x "$prefix/node_modules/.bin/azurite-blob" ] ||
     ! grep -q "\"version\": \"$azurite_version\"" "$prefix/node_modules/azurite/package.json" 2>/dev/null; then
    log "Installing azurite@$azurite_version into $prefix"
    mkdir -p "$prefix"
    npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error "azurite@$azurite_version"
  fi
}

configure_and_build() {
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  if [ ! -f "$build_dir/build.ninja" ]; then
    log "Configuring in $build_dir"
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" \
      -DINSIGHTS_WERROR="${INSIGHTS_WERROR:-ON}" "${launcher[@]}"
  fi
  log "Building"
  cmake --build "$build_dir" --parallel "$(nproc)" ${1:+--target "$1"}
}

cmd="${1:-run}"
shift || true
case "$cmd" in
  run)
    install_missing
    configure_and_build
    exec "$build_dir/app/insights-console" "$@"
    ;;
  test)
    install_missing
    install_azurite
    configure_and_build
    log "Running the test suite"
    cd "$build_dir"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@"
    ;;
  build)
    install_missing
    configure_and_build "$@"
    ;;
  bench)
    packages+=(wrk nginx-light curl bc python3)
    install_missing
    configure_and_build
    log "Model benchmark (100,000 and 1,000,000 customers)"
    "$build_dir/tests/bench/bench_models"
    log "Server benchmark (tests/bench/server_bench.sh $*)"
    "$here/tests/bench/server_bench.sh" "$@"
    ;;
  install-deps)
    install_missing
    ;;
  *)
    echo "usage: $0 [run|test|build|bench|install-deps]" >&2
    exit 2
    ;;
esac
