#!/usr/bin/env bash
# The `dist` suite: installs the release artifacts of dist/ (built by tools/dist, first if dist/
# is missing or older than the sources) the way a user would, with no cargo and no rustc on
# PATH, and runs the README's examples (extracted verbatim) with what was installed:
#   - the checksums (SHA256SUMS) and the version every artifact carries;
#   - glibc floor: auditwheel puts the wheel at manylinux2014 or older, and the command's and the
#     C libraries' highest GLIBC symbol version is at most 2.17;
#   - Python: `pip install` of the wheel into a fresh venv, the README's example and a smoke
#     test (join, verify, parse, an error); the sdist in another venv, where Rust is on PATH;
#   - C: the tarball unpacked into a temporary prefix, the README's example built with
#     `pkg-config --cflags --libs bbbkit`, linked dynamically and statically;
#   - PHP: the Composer archive installed from an artifact repository into a scratch project,
#     the README's example under php-cli (no BBBKIT_LIB: the package finds its library) and
#     under php-fpm with preload (FastCGI over loopback);
#   - Kotlin: a scratch Maven project that depends on the jar (installed with install:install-file)
#     and JNA runs the README's example;
#   - Ruby: `gem install --local` of the platform gem into a scratch GEM_HOME (ruby-ffi from
#     apt), the README's example outside the checkout with no BBBKIT_LIB (the gem finds its
#     library), and its library's glibc floor;
#   - the `bbbkit` command runs `join` and `verify` outside the checkout.
# Exits 0 when everything passed, 1 otherwise.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
source tests/lib.sh
VERSION=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)
GLIBC_FLOOR=2.17
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bbbkit-dist.XXXXXX")
chmod 755 "$WORK" # php-fpm's worker (nobody) reads the scratch project
FPM_PID=
cleanup() {
    [ -n "$FPM_PID" ] && kill "$FPM_PID" 2>/dev/null && wait "$FPM_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

# ---- the artifacts --------------------------------------------------------------------------
TOOLS="$CARGO_TARGET_DIR/dist-tools" # auditwheel and zig, installed by tools/dist
if [ "$(cat dist/.stamp 2>/dev/null)" != "$(dist_stamp)" ] || [ ! -x "$TOOLS/bin/auditwheel" ]; then
    echo "dist/ is missing or older than the sources: building it (tools/dist)"
    tools/dist || { echo "tools/dist failed"; exit 1; }
fi
need_apt python3 python3-venv binutils gcc libc6-dev pkg-config php-cli php-fpm php-zip composer \
    libfcgi-bin openjdk-17-jdk-headless maven unzip ruby ruby-ffi || { echo "cannot install the apt packages this suite needs"; exit 1; }
# php-opcache is a virtual package (dpkg never lists it as installed): ask PHP instead.
php -m | grep -qx 'Zend OPcache' || need_apt php-opcache || { echo "cannot install php-opcache"; exit 1; }

# No Rust from here on, except for the sdist: PATH without the directories of cargo and rustc.
NORUST_PATH=
IFS=: read -ra dirs <<< "$PATH"
for d in "${dirs[@]}"; do
    [ -e "$d/cargo" ] || [ -e "$d/rustc" ] || NORUST_PATH="${NORUST_PATH:+$NORUST_PATH:}$d"
done
RUST_PATH=$PATH
export PATH=$NORUST_PATH

passed=0 failed=0 skipped=0
# What cannot be built here (the javadoc jar without Dokka, see tools/dist) is counted as
# skipped, with the reason, never as passed.
JAVADOC_SKIPPED=$(cat dist/.javadoc-skipped 2>/dev/null)
skip() { # skip NAME REASON
    echo "── $1"; echo "skipped: $2"; skipped=$((skipped + 1))
}
step() { # step NAME COMMAND...: runs one check and counts it
    local name=$1; shift
    echo "── $name"
    if "$@"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1)); echo "FAILED: $name"
    fi
}

# The README's examples with their HTTP stub (tests/lib.sh): each prints README_EXPECTED.
readme_setup
# php-fpm's worker (nobody) reads the answers too: a world-readable copy in the scratch folder.
mkdir -p "$WORK/fixtures" && cp "$README_FIXTURES"/{create_success,get_meeting_info}.xml "$WORK/fixtures/" \
    && chmod -R a+rX "$WORK/fixtures" && README_FIXTURES=$WORK/fixtures
same() { # same WHAT OUTPUT: OUTPUT is what the README examples print
    [ "$2" = "$README_EXPECTED" ] && return 0
    echo "$1 printed '$2', expected '$README_EXPECTED'"; return 1
}
# glibc_max FILE: the highest GLIBC_x.y symbol version FILE requires
glibc_max() {
    objdump -T "$1" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1
}
glibc_ok() { # glibc_ok FILE
    local v; v=$(glibc_max "$1")
    echo "   $(basename "$1"): highest GLIBC symbol version $v"
    [ -n "$v" ] && [ "$(printf '%s\n%s\n' "$v" "$GLIBC_FLOOR" | sort -V | tail -n 1)" = "$GLIBC_FLOOR" ]
}

WHEEL=$(ls dist/bbbkit-"$VERSION"-cp39-abi3-*.whl 2>/dev/null | head -n 1)
SDIST=dist/bbbkit-$VERSION.tar.gz
CTAR=dist/bbbkit-c-$VERSION-linux-x86_64.tar.gz
CLITAR=dist/bbbkit-cli-$VERSION-linux-x86_64.tar.gz
PHPZIP=dist/bbbkit-php-$VERSION.zip
JAR=dist/bbbkit-$VERSION.jar
GEM=dist/bbbkit-$VERSION-x86_64-linux.gem

# ---- the artifacts as a whole ---------------------------------------------------------------
no_rust() {
    if command -v cargo || command -v rustc; then echo "cargo or rustc is still on PATH"; return 1; fi
    return 0
}
step "no cargo and no rustc on PATH" no_rust
step "SHA256SUMS matches every artifact" bash -c 'cd dist && sha256sum --quiet -c SHA256SUMS && [ "$(ls | grep -vc SHA256SUMS)" -eq "$(wc -l < SHA256SUMS)" ]'
every_artifact() {
    local f ok=0
    local javadoc=dist/bbbkit-"$VERSION"-javadoc.jar
    [ -n "$JAVADOC_SKIPPED" ] && javadoc=
    for f in "$WHEEL" "$SDIST" "$CTAR" "$CLITAR" "$PHPZIP" "$JAR" "$GEM" dist/bbbkit-"$VERSION"-sources.jar \
        $javadoc dist/bbbkit-"$VERSION".pom; do
        [ -n "$f" ] && [ -s "$f" ] || { echo "missing: ${f:-the wheel} (version $VERSION)"; ok=1; }
    done
    return $ok
}
step "every artifact is there, named with version $VERSION" every_artifact

mkdir -p "$WORK/c" "$WORK/cli"
tar -xzf "$CTAR" -C "$WORK/c"
tar -xzf "$CLITAR" -C "$WORK/cli"
PREFIX="$WORK/c/bbbkit-c-$VERSION-linux-x86_64"
CLI="$WORK/cli/bbbkit-cli-$VERSION-linux-x86_64/bbbkit"

wheel_tag() {
    "$TOOLS/bin/auditwheel" show "$WHEEL" | tee "$WORK/auditwheel.txt"
    local tag
    tag=$(tr '\n' ' ' < "$WORK/auditwheel.txt" | grep -o 'consistent with the following platform tag: *"[^"]*"' | grep -o '"[^"]*"' | tr -d '"')
    echo "   platform tag: $tag"
    # manylinux2014 is manylinux_2_17; anything older is fine too.
    case $tag in
        manylinux2014_x86_64|manylinux_2_17_x86_64|manylinux_2_5_x86_64|manylinux_2_12_x86_64|manylinux1_x86_64|manylinux2010_x86_64) ;;
        *) echo "   the wheel is not manylinux2014 or older"; return 1 ;;
    esac
    # and auditwheel repair has nothing to graft (no external library).
    PATH="$TOOLS/bin:$PATH" "$TOOLS/bin/auditwheel" repair --plat manylinux2014_x86_64 -w "$WORK/repaired" "$WHEEL" 2>&1 | tail -n 1
}
step "auditwheel show: the wheel is manylinux2014 (glibc 2.17) or older" wheel_tag
step "the command needs GLIBC <= $GLIBC_FLOOR" glibc_ok "$CLI"
step "libbbbkit.so needs GLIBC <= $GLIBC_FLOOR" glibc_ok "$PREFIX/lib/libbbbkit.so"
jar_lib() {
    unzip -q -o "$JAR" 'linux-x86-64/*' -d "$WORK/jar" && glibc_ok "$WORK/jar/linux-x86-64/libbbbkit_uniffi.so"
}
step "the jar's libbbbkit_uniffi.so needs GLIBC <= $GLIBC_FLOOR" jar_lib
static_floor() {
    # The static library binds symbol versions when it is linked: link it against glibc 2.17
    # (zig's libc stubs) and read what the program needs.
    printf '#include <bbbkit.h>\n#include <stdio.h>\nint main(void){puts(bbbkit_version());return 0;}\n' > "$WORK/v.c"
    "$TOOLS/bin/python" -m ziglang cc -target x86_64-linux-gnu.$GLIBC_FLOOR -I"$PREFIX/include" "$WORK/v.c" \
        "$PREFIX/lib/libbbbkit.a" -lunwind -lpthread -ldl -lm -o "$WORK/v217" && glibc_ok "$WORK/v217" && "$WORK/v217"
}
step "libbbbkit.a links against glibc $GLIBC_FLOOR" static_floor

versions() {
    local ok=0 v
    v=$("$CLI" --version); [ "$v" = "bbbkit $VERSION" ] || { echo "bbbkit --version: $v"; ok=1; }
    v=$(PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig" pkg-config --modversion bbbkit); [ "$v" = "$VERSION" ] || { echo ".pc: $v"; ok=1; }
    v=$(unzip -p "$PHPZIP" composer.json | python3 -c 'import json,sys; print(json.load(sys.stdin)["version"])')
    [ "$v" = "$VERSION" ] || { echo "composer.json: $v"; ok=1; }
    v=$(unzip -p "$WHEEL" "bbbkit-$VERSION.dist-info/METADATA" | sed -n 's/^Version: //p'); [ "$v" = "$VERSION" ] || { echo "wheel: $v"; ok=1; }
    v=$(unzip -p "$JAR" META-INF/maven/org.bbbkit/bbbkit/pom.properties | sed -n 's/^version=//p'); [ "$v" = "$VERSION" ] || { echo "jar: $v"; ok=1; }
    return $ok
}
step "the artifacts carry version $VERSION" versions
pom_for_central() {
    local ok=0 e
    for e in modelVersion groupId artifactId version name description url licenses/license/name \
        licenses/license/url developers/developer/name scm/connection scm/developerConnection scm/url; do
        python3 - "dist/bbbkit-$VERSION.pom" "$e" <<'PY' || { echo "the POM has no $e"; ok=1; }
import sys, xml.etree.ElementTree as ET
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
node = ET.parse(sys.argv[1]).getroot().find("/".join("m:" + p for p in sys.argv[2].split("/")), ns)
sys.exit(node is None or not (node.text or "").strip())
PY
    done
    grep -qx 'org/bbbkit/bbbkit.kt' <<< "$(unzip -Z1 "dist/bbbkit-$VERSION-sources.jar")" || { echo "the sources jar lacks the generated bbbkit.kt"; ok=1; }
    return $ok
}
step "the POM has what Maven Central asks for; the sources jar" pom_for_central
javadoc_jar() {
    grep -qx 'index.html' <<< "$(unzip -Z1 "dist/bbbkit-$VERSION-javadoc.jar")" || { echo "the javadoc jar has no index.html"; return 1; }
}
if [ -n "$JAVADOC_SKIPPED" ]; then
    skip "the javadoc jar (Dokka's HTML)" "$JAVADOC_SKIPPED"
else
    step "the javadoc jar (Dokka's HTML)" javadoc_jar
fi

# ---- Python ---------------------------------------------------------------------------------
readme_python > "$WORK/readme.py"
cat > "$WORK/smoke.py" <<'PY'
import bbbkit
secret = "8cd8ef52e8e101574e400365b55e11a6"
server = bbbkit.Server("bbb.example.com", secret)
url = server.join_url("room-1", "Ada Lovelace", bbbkit.Role.VIEWER)
assert "fullName=Ada+Lovelace" in url
assert server.verify_url(url).params()[0] == ("meetingID", "room-1")
try:
    server.verify_url(url[:-1] + ("0" if url[-1] != "0" else "1"))
    raise SystemExit("a tampered URL verified")
except bbbkit.ChecksumMismatch:
    pass
info = bbbkit.parse_response(b"<response><returncode>SUCCESS</returncode><running>true</running></response>")
assert info["running"] == "true"
try:
    server.join_url("a,b", "Ada", "viewer")
    raise SystemExit("a meetingID with a comma was accepted")
except bbbkit.InvalidParameter as e:
    assert (e.parameter, e.rule) == ("meetingID", "no_comma")
try:
    bbbkit.parse_join_response(b"<response><returncode>FAILED</returncode><messageKey>mismatchCreateTimeParam</messageKey><message>m</message></response>")
    raise SystemExit("a FAILED answer parsed")
except bbbkit.CreateTimeMismatch:
    pass
print("smoke ok", bbbkit.__file__)
PY
wheel_run() {
    /usr/bin/python3 -m venv "$WORK/venv" || return 1
    "$WORK/venv/bin/pip" install -q --disable-pip-version-check --no-index "$WHEEL" || return 1
    (cd "$WORK" && same "python (wheel)" "$("$WORK/venv/bin/python" readme.py)") || return 1
    (cd "$WORK" && "$WORK/venv/bin/python" smoke.py)
}
step "Python: pip install the wheel in a fresh venv; README example and smoke test" wheel_run
sdist_run() {
    /usr/bin/python3 -m venv "$WORK/venv-sdist" || return 1
    PATH=$RUST_PATH "$WORK/venv-sdist/bin/pip" install -q --disable-pip-version-check "$SDIST" || return 1
    (cd "$WORK" && same "python (sdist)" "$("$WORK/venv-sdist/bin/python" readme.py)") || return 1
    (cd "$WORK" && "$WORK/venv-sdist/bin/python" smoke.py)
}
step "Python: pip install the sdist in a fresh venv (Rust on PATH); README example and smoke test" sdist_run

# ---- C --------------------------------------------------------------------------------------
readme_extract c > "$WORK/readme.c"
readme_c_http > "$WORK/http.c"
c_run() {
    export PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig"
    local libdir; libdir=$(pkg-config --variable=libdir bbbkit)
    # shellcheck disable=SC2046
    gcc -std=c11 -Wall -Wextra -Wpedantic -Werror "$WORK/readme.c" "$WORK/http.c" -o "$WORK/readme-shared" \
        $(pkg-config --cflags --libs bbbkit) -Wl,-rpath,"$libdir" || return 1
    same "C (shared)" "$(readme_c_output "$("$WORK/readme-shared")")" || return 1
    grep -q 'NEEDED.*libbbbkit.so' <<< "$(readelf -d "$WORK/readme-shared")" || { echo "not linked with libbbbkit.so"; return 1; }
    # Static, as bindings/c/README.md says: the archive and the libraries Rust's std uses.
    # shellcheck disable=SC2046
    gcc -std=c11 -Wall -Wextra -Wpedantic -Werror "$WORK/readme.c" "$WORK/http.c" -o "$WORK/readme-static" \
        $(pkg-config --cflags bbbkit) "$libdir/libbbbkit.a" -lpthread -ldl -lm || return 1
    ! grep -q libbbbkit <<< "$(readelf -d "$WORK/readme-static")" || { echo "the static build needs libbbbkit.so"; return 1; }
    same "C (static)" "$(readme_c_output "$(LD_LIBRARY_PATH= "$WORK/readme-static")")"
}
step "C: the tarball in a temporary prefix; README example with pkg-config, shared and static" c_run

# ---- PHP ------------------------------------------------------------------------------------
PROJ="$WORK/php-app"
php_install() {
    mkdir -p "$WORK/artifacts" "$PROJ" && cp "$PHPZIP" "$WORK/artifacts/" || return 1
    cat > "$PROJ/composer.json" <<JSON
{
    "name": "example/app",
    "repositories": [{"type": "artifact", "url": "$WORK/artifacts"}, {"packagist.org": false}],
    "require": {"bbbkit/bbbkit": "$VERSION"}
}
JSON
    (cd "$PROJ" && COMPOSER_HOME="$WORK/composer-home" composer install --no-interaction --no-progress -q) || return 1
    [ -f "$PROJ/vendor/bbbkit/bbbkit/lib/linux-x86_64/libbbbkit.so" ]
}
step "PHP: composer installs the package archive from an artifact repository" php_install
readme_php "__DIR__ . '/vendor/autoload.php'" > "$PROJ/readme.php"
php_cli() {
    (cd "$PROJ" && same "php-cli" "$(env -u BBBKIT_LIB php readme.php 2>&1)") || return 1
    # It found the package's own library, with no environment variable;
    local src; src=$(cd "$PROJ" && env -u BBBKIT_LIB php -r 'require "vendor/autoload.php"; echo BbbKit\Library::default()->source;')
    [ "$src" = "$PROJ/vendor/bbbkit/bbbkit/lib/linux-x86_64/libbbbkit.so" ] || { echo "loaded from $src"; return 1; }
    # BBBKIT_LIB and an explicit path still win.
    cp "$PREFIX/lib/libbbbkit.so" "$WORK/libbbbkit-other.so"
    src=$(cd "$PROJ" && BBBKIT_LIB="$WORK/libbbbkit-other.so" php -r 'require "vendor/autoload.php"; echo BbbKit\Library::default()->source;')
    [ "$src" = "$WORK/libbbbkit-other.so" ] || { echo "BBBKIT_LIB ignored: $src"; return 1; }
    src=$(cd "$PROJ" && env -u BBBKIT_LIB php -r 'require "vendor/autoload.php"; $l = BbbKit\Library::use($argv[1]); $u = (new BbbKit\Server("bbb.example.com", "s"))->joinUrl(new BbbKit\JoinRequest("room-1", "Ada", role: BbbKit\Role::Viewer)); echo $l->source, " ", $u;' "$WORK/libbbbkit-other.so") || return 1
    [ "${src%% *}" = "$WORK/libbbbkit-other.so" ] && [[ "${src#* }" == https://bbb.example.com/bigbluebutton/api/join\?* ]] || { echo "the explicit path was ignored: $src"; return 1; }
}
step "PHP: the README example under php-cli; the package finds its library; BBBKIT_LIB and a path still work" php_cli
php_fpm() {
    local fpm port out
    fpm=$(ls /usr/sbin/php-fpm* 2>/dev/null | head -n 1)
    [ -x "$fpm" ] || { echo "php-fpm is not installed"; return 1; }
    # The set-up of bindings/php/README.md for a root master: opcache.preload of the package's
    # preload.php, which finds the package's own library (no ffi.preload, no BBBKIT_LIB).
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    cat > "$WORK/php.ini" <<INI
ffi.enable=preload
opcache.enable=1
opcache.preload=$PROJ/vendor/bbbkit/bbbkit/preload.php
opcache.preload_user=nobody
INI
    cat > "$WORK/fpm.conf" <<CONF
[global]
error_log = $WORK/fpm.log
daemonize = no
[bbbkit]
user = nobody
group = nogroup
listen = 127.0.0.1:$port
listen.allowed_clients = 127.0.0.1
pm = static
pm.max_children = 1
clear_env = yes
CONF
    env -u BBBKIT_LIB "$fpm" --nodaemonize --allow-to-run-as-root -c "$WORK/php.ini" -y "$WORK/fpm.conf" > "$WORK/fpm.out" 2>&1 &
    FPM_PID=$!
    for _ in $(seq 100); do
        out=$(env -u BBBKIT_LIB SCRIPT_FILENAME="$PROJ/readme.php" REQUEST_METHOD=GET cgi-fcgi -bind -connect "127.0.0.1:$port" 2>&1) && break
        sleep 0.1
    done
    kill "$FPM_PID"; wait "$FPM_PID" 2>/dev/null; FPM_PID=
    same "php-fpm" "$(printf '%s' "$out" | tr -d '\r' | sed '1,/^$/d')" || { cat "$WORK/fpm.out" "$WORK/fpm.log"; return 1; }
}
if [ "$(id -u)" -eq 0 ]; then
    step "PHP: the README example under php-fpm with preload (FastCGI on 127.0.0.1)" php_fpm
else
    echo "── PHP under php-fpm: needs root (it starts php-fpm as a system service does)"; failed=$((failed + 1))
fi

# ---- Kotlin ---------------------------------------------------------------------------------
kotlin_run() {
    local m2="$CARGO_TARGET_DIR/dist-m2" app="$WORK/kotlin-app" kv jv
    kv=$(sed -n 's|.*<kotlin.version>\(.*\)</kotlin.version>.*|\1|p' "dist/bbbkit-$VERSION.pom")
    jv=$(sed -n 's|.*<jna.version>\(.*\)</jna.version>.*|\1|p' "dist/bbbkit-$VERSION.pom")
    # A local repository of its own (seeded from the user's once, for speed) that never holds a
    # bbbkit other than the one installed here from dist/.
    # The user's repository is ~/.m2/repository unless ~/.m2/settings.xml names another (as the
    # offline registries' activate.sh does).
    local seed
    seed=$(sed -n 's|.*<localRepository>\(.*\)</localRepository>.*|\1|p' "$HOME/.m2/settings.xml" 2>/dev/null | head -1)
    seed=${seed:-$HOME/.m2/repository}
    [ -d "$m2" ] || { mkdir -p "$m2"; [ -d "$seed" ] && { cp -al "$seed/." "$m2/" 2>/dev/null || cp -a "$seed/." "$m2/"; }; }
    rm -rf "$m2/org/bbbkit"
    local mvn=(mvn -B -q --no-transfer-progress -Dstyle.color=never -Dmaven.repo.local="$m2") javadoc=()
    [ -n "$JAVADOC_SKIPPED" ] || javadoc=(-Djavadoc="$ROOT/dist/bbbkit-$VERSION-javadoc.jar")
    (cd "$WORK" && "${mvn[@]}" org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file -Dfile="$ROOT/$JAR" \
        -DpomFile="$ROOT/dist/bbbkit-$VERSION.pom" -Dsources="$ROOT/dist/bbbkit-$VERSION-sources.jar" \
        "${javadoc[@]}") || return 1
    mkdir -p "$app/src/main/kotlin"
    readme_kotlin > "$app/src/main/kotlin/Readme.kt"
    cat > "$app/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId><artifactId>app</artifactId><version>1</version>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <dependencies>
    <dependency><groupId>org.bbbkit</groupId><artifactId>bbbkit</artifactId><version>$VERSION</version></dependency>
    <dependency><groupId>net.java.dev.jna</groupId><artifactId>jna</artifactId><version>$jv</version></dependency>
  </dependencies>
  <build>
    <sourceDirectory>src/main/kotlin</sourceDirectory>
    <plugins>
      <plugin>
        <groupId>org.jetbrains.kotlin</groupId><artifactId>kotlin-maven-plugin</artifactId><version>$kv</version>
        <configuration><jvmTarget>17</jvmTarget></configuration>
        <executions><execution><id>compile</id><goals><goal>compile</goal></goals></execution></executions>
      </plugin>
    </plugins>
  </build>
</project>
POM
    (cd "$app" && "${mvn[@]}" compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=cp.txt) || return 1
    grep -q "$m2/org/bbbkit/bbbkit/$VERSION/bbbkit-$VERSION.jar" "$app/cp.txt" || { echo "the classpath lacks the installed jar: $(cat "$app/cp.txt")"; return 1; }
    same "Kotlin" "$(cd "$app" && java -Djna.nosys=true -cp "target/classes:$(cat cp.txt)" ReadmeKt 2>&1)"
}
step "Kotlin: a Maven project depending on the installed jar and JNA runs the README example" kotlin_run

# ---- Ruby -----------------------------------------------------------------------------------
ruby_run() {
    local home="$WORK/gem-home" out
    GEM_HOME="$home" gem install --local --no-document "$GEM" || return 1
    out=$(GEM_HOME="$home" gem list --local bbbkit) || return 1
    grep -q "bbbkit ($VERSION x86_64-linux)" <<< "$out" || { echo "gem list: $out"; return 1; }
    glibc_ok "$home/gems/bbbkit-$VERSION-x86_64-linux/lib/bbbkit/native/libbbbkit.so" || return 1
    readme_ruby > "$WORK/readme.rb"
    mkdir -p "$WORK/ruby-elsewhere"
    out=$(cd "$WORK/ruby-elsewhere" && env -u BBBKIT_LIB GEM_HOME="$home" ruby "$WORK/readme.rb" 2>&1)
    same "ruby (installed gem)" "$out" || return 1
    out=$(cd "$WORK/ruby-elsewhere" && env -u BBBKIT_LIB GEM_HOME="$home" ruby -e 'require "bbbkit"; puts BbbKit.loaded_library')
    case $out in "$home"/gems/*/lib/bbbkit/native/libbbbkit.so) ;; *) echo "the gem loaded $out"; return 1 ;; esac
}
step "Ruby: gem install --local of the platform gem into a scratch GEM_HOME; README example, its own library" ruby_run

# ---- the command ----------------------------------------------------------------------------
cli_run() {
    local url rc
    mkdir -p "$WORK/elsewhere"
    cd "$WORK/elsewhere" || return 1
    url=$(env -u BBB_URL -u BBB_SECRET "$CLI" join --server https://bbb.example.com/bigbluebutton/ \
        --secret 8cd8ef52e8e101574e400365b55e11a6 --meeting-id physics-101 --full-name "Marie Curie" \
        --role moderator --create-time 1715261728123) || return 1
    [ "$url" = "$README_JOIN_URL" ] || { echo "bbbkit join printed '$url', expected '$README_JOIN_URL'"; return 1; }
    "$CLI" --secret 8cd8ef52e8e101574e400365b55e11a6 verify "$url" || return 1
    "$CLI" --secret another-secret verify "$url" 2>/dev/null; rc=$?
    [ $rc -eq 1 ] || { echo "verify with another secret exited $rc, not 1"; return 1; }
    cd "$ROOT"
}
step "the bbbkit command: join and verify, outside the checkout" cli_run

echo
(cd dist && for f in $(ls | grep -v SHA256SUMS); do printf '   %8s  %s\n' "$(du -h --apparent-size "$f" | cut -f1)" "$f"; done)
echo "dist: $passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
