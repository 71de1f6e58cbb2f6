# Shared helpers for the test scripts. Source it; do not run it.

# need_apt PKG...: installs the Debian packages that are missing (one apt-get update per run).
need_apt() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    if [ -z "${BBBKIT_APT_UPDATED:-}" ]; then
        echo "apt: updating package lists"
        DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq
        export BBBKIT_APT_UPDATED=1
    fi
    echo "apt: installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Where every crate builds: one target directory for the whole workspace.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target}"

# dist_stamp: a hash of what dist/ is built from (tracked and new files, not the tests), so
# that `tests/run dist` rebuilds the artifacts when the sources changed (tools/dist writes it).
dist_stamp() {
    (cd "$(dirname "${BASH_SOURCE[0]}")/.." &&
        git ls-files -co --exclude-standard -z | grep -zv '^\(tests/\|fuzz/\|dist/\)' |
        xargs -0 sha256sum 2>/dev/null | sha256sum | cut -d' ' -f1)
}
