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
  qt6-translations-l10n
  dpkg-dev desktop-file-utils appstream lintian gzip
  clang libclang-rt-14-dev
)
# Node packages the tests run, pinned to versions that accept Debian 12's Node 20: Azurite (the
# Azure Storage emulator; the newest needs Node 22), and for tests/openapi the YAML reader,
# the $ref resolver and ajv that check the server's answers, and Redocly's linter.
node_packages=(azurite@3.35.0 yaml@2.8.1 @apidevtools/json-schema-ref-parser@11.9.3
  ajv@8.17.1 ajv-formats@3.0.1 @redocly/cli@2.77.0)

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

install_node_tools() {
  local prefix="$build_dir/node"
  # A machine may have Node from elsewhere (with its own npm): Debian's only when there is none.
  if ! command -v npm >/dev/null; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
  fi
  local stamp="$prefix/.installed" want="${node_packages[*]}"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    log "Installing ${node_packages[*]} into $prefix"
    mkdir -p "$prefix"
    npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error "${node_packages[@]}"
    echo "$want" > "$stamp"
  fi
}

# configure_and_build [TARGET]: the main build directory, everything or one target.
configure_and_build() {
  target="${1:-}" configure_and_build_with
}

# Configures $build_dir with extra cmake options (the fuzz and sanitizer builds have their own
# directories), then builds $target or everything.
configure_and_build_with() {
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  if [ ! -f "$build_dir/build.ninja" ]; then
    log "Configuring in $build_dir"
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" \
      -DINSIGHTS_WERROR="${INSIGHTS_WERROR:-ON}" "${launcher[@]}" "$@"
  fi
  log "Building in $build_dir"
  cmake --build "$build_dir" --parallel "$(nproc)" ${target:+--target "$target"}
}

run_fuzzers() {
  local seconds="$1" fuzz_dir="$here/build-fuzz" failed=0
  CXX=clang++ build_dir="$fuzz_dir" target=insights_fuzzers configure_and_build_with \
    -DCMAKE_CXX_COMPILER=clang++ -DINSIGHTS_FUZZ=ON
  local work; work="$(mktemp -d)"
  mkdir -p "$fuzz_dir/crashes"
  log "Fuzzing each harness for $seconds s (two at a time)"
  for corpus in "$here"/tests/fuzz/corpus/*/; do
    local name; name="$(basename "$corpus")"
    mkdir -p "$work/$name"
    echo "$name"
  done | xargs -P "$(nproc)" -I{} sh -c '
      cd "$3/{}" && "$1/tests/fuzz/{}" -max_total_time="$2" -timeout=10 -rss_limit_mb=2560 \
        -dict="$4/tests/fuzz/insights.dict" -print_final_stats=1 \
        -artifact_prefix="$1/crashes/{}-" \
        "$3/{}" "$4/tests/fuzz/corpus/{}" > "$3/{}.log" 2>&1 ||
        { echo "{} FAILED"; tail -60 "$3/{}.log"; exit 1; }
      grep -E "^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added|#[0-9]+.*DONE)" \
        "$3/{}.log" | sed "s/^/{}: /"' _ "$fuzz_dir" "$seconds" "$work" "$here" || failed=1
  rm -rf "$work"
  [ "$failed" -eq 0 ] || { log "A fuzz harness failed; its input is in $fuzz_dir/crashes"; exit 1; }
}

# The two .deb files, then what Debian's tools say of them: the desktop entry, the AppStream
# metainfo and lintian (errors fail; warnings are printed).
build_packages() {
  log "Packaging (CPack DEB)"
  rm -f "$build_dir"/insights-*_amd64.deb
  (cd "$build_dir" && cpack -G DEB >/dev/null)
  ls "$build_dir"/insights-console_*_amd64.deb "$build_dir"/insights-server_*_amd64.deb
  desktop-file-validate "$here/resources/packaging/com.interactioninsights.Console.desktop"
  appstreamcli validate --no-net --explain "$build_dir/packaging/com.interactioninsights.Console.metainfo.xml"
  log "lintian"
  local report; report="$(lintian --tag-display-limit 0 "$build_dir"/insights-*_amd64.deb 2>&1 || true)"
  printf '%s\n' "$report"
  if printf '%s\n' "$report" | grep -q '^E: '; then
    log "lintian found errors"; exit 1
  fi
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
    install_node_tools
    configure_and_build
    log "Running the test suite"
    (cd "$build_dir" &&
      QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@")
    build_packages
    # INSIGHTS_FUZZ_SECONDS=0 leaves the fuzzers out (a quick local run).
    if [ "${INSIGHTS_FUZZ_SECONDS:-60}" -gt 0 ]; then
      run_fuzzers "${INSIGHTS_FUZZ_SECONDS:-60}"
    fi
    ;;
  package)
    install_missing
    configure_and_build
    build_packages
    ;;
  package-test)
    # The packages in a clean Debian 12 root (debootstrap): needs root and the mirror.
    packages+=(debootstrap)
    install_missing
    configure_and_build
    build_packages
    as_root "$here/tests/package/chroot_test.sh" "$build_dir"
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
  fuzz)
    # ./setup.sh fuzz [SECONDS]: each harness of tests/fuzz for SECONDS (60) from its seed
    # corpus; fails on any crash, leak, timeout or sanitizer report.
    install_missing
    run_fuzzers "${1:-60}"
    ;;
  sanitize)
    # The whole Qt Test suite under ASan + UBSan, in its own build directory.
    install_missing
    install_node_tools
    INSIGHTS_WERROR=OFF build_dir="$here/build-sanitize" configure_and_build_with \
      -DINSIGHTS_SANITIZE=ON
    cd "$here/build-sanitize"
    mkdir -p node && ln -sfn "$build_dir/node/node_modules" node/node_modules
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
      QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1200 -j "$(nproc)" "$@"
    ;;
  install-deps)
    install_missing
    ;;
  *)
    echo "usage: $0 [run|test|build|bench|package|package-test|fuzz [SECONDS]|sanitize|install-deps]" >&2
    exit 2
    ;;
esac
