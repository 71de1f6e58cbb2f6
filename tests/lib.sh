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

# ---- The README's examples (tests/readme-examples.sh, and tests/dist.sh on the artifacts) ----
# Each example creates a meeting, joins it and reads getMeetingInfo through an HTTP client that
# the reader supplies. Here that client answers from tests/fixtures/ only for the exact create
# and getMeetingInfo URLs computed below with hashlib, and fails on any other URL.

# readme_extract LANG: the README's code blocks in LANG, concatenated.
readme_extract() {
    awk -v lang="$1" '$0 == "```" lang {on = 1; next} $0 == "```" {on = 0} on' "${README:-README.md}"
}

# readme_setup: sets README_CREATE_URL, README_INFO_URL, README_JOIN_URL (hashlib and an encoder
# written from the rule in design.md), README_FIXTURES and README_EXPECTED, what each example
# prints: the join URL, then the meeting from get_meeting_info.xml.
readme_setup() {
    eval "$(python3 - <<'PY'
import hashlib
raw = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._")
enc = lambda s: "".join("+" if b == 32 else chr(b) if b in raw else "%%%02X" % b for b in s.encode())
def url(call, pairs):
    q = "&".join(f"{k}={enc(v)}" for k, v in pairs)
    cs = hashlib.sha256((call + q + "8cd8ef52e8e101574e400365b55e11a6").encode()).hexdigest()
    return f"https://bbb.example.com/bigbluebutton/api/{call}?{q}&checksum={cs}"
print("README_CREATE_URL='%s'" % url("create", [("name", "Physics 101"), ("meetingID", "physics-101"), ("record", "true")]))
print("README_INFO_URL='%s'" % url("getMeetingInfo", [("meetingID", "physics-101")]))
print("README_JOIN_URL='%s'" % url("join", [("meetingID", "physics-101"), ("fullName", "Marie Curie"),
                                            ("role", "MODERATOR"), ("createTime", "1715261728123")]))
PY
)"
    README_FIXTURES="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/fixtures"
    # get_meeting_info.xml: meetingName "Physics &amp; Chemistry 101", participantCount 2.
    README_EXPECTED=$(printf '%s\n%s' "$README_JOIN_URL" "2 in Physics & Chemistry 101")
}

# readme_python: the Python example, after a stub of urllib.request.urlopen.
readme_python() {
    cat <<PY
import urllib.request
_ANSWERS = {"$README_CREATE_URL": "create_success.xml", "$README_INFO_URL": "get_meeting_info.xml"}
class _Answer:
    def __init__(self, url): self.path = "$README_FIXTURES/" + _ANSWERS[url]
    def read(self):
        with open(self.path, "rb") as f: return f.read()
urllib.request.urlopen = _Answer
PY
    readme_extract python
}

# readme_c_http: the C example's http_get (link it with the example).
readme_c_http() {
    cat <<C
#include <bbbkit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char *http_get(bbbkit_str url, size_t *len) {
    static const char *const answers[][2] = {{"$README_CREATE_URL", "create_success.xml"},
                                             {"$README_INFO_URL", "get_meeting_info.xml"}};
    for (size_t i = 0; i < 2; i++) {
        if (url.len != strlen(answers[i][0]) || memcmp(url.data, answers[i][0], url.len) != 0) continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", "$README_FIXTURES", answers[i][1]);
        FILE *f = fopen(path, "rb");
        if (!f) return NULL;
        char *body = malloc(1 << 16);
        *len = fread(body, 1, 1 << 16, f);
        fclose(f);
        return body;
    }
    fprintf(stderr, "unexpected URL %.*s\n", (int)url.len, (const char *)url.data);
    return NULL;
}
C
}

# readme_c_output OUTPUT: the C example prints the join URL and the typed answer as JSON; this
# reads the meeting from that JSON with Python's json, to compare with README_EXPECTED.
readme_c_output() {
    local meeting
    meeting=$(printf '%s\n' "$1" | sed -n 2p | python3 -c \
        'import json, sys; a = json.load(sys.stdin); print(str(a["participant_count"]) + " in " + a["meeting_name"])' 2>&1)
    printf '%s\n%s' "$(printf '%s\n' "$1" | sed -n 1p)" "$meeting"
}

# readme_php AUTOLOAD: the PHP example, after `require AUTOLOAD` and an http_get().
readme_php() {
    cat <<PHP
<?php
require $1;
function http_get(string \$url): string {
    \$answers = ['$README_CREATE_URL' => 'create_success.xml', '$README_INFO_URL' => 'get_meeting_info.xml'];
    if (!isset(\$answers[\$url])) { throw new RuntimeException("unexpected URL \$url"); }
    return file_get_contents('$README_FIXTURES/' . \$answers[\$url]);
}
PHP
    readme_extract php | sed '1{/^<?php$/d}'
}

# readme_ruby: the Ruby example, after a stub of Net::HTTP.get that answers from the fixtures for
# the two expected URLs and raises on any other.
readme_ruby() {
    cat <<RB
require "net/http"
module Net
  class HTTP
    ANSWERS = { "$README_CREATE_URL" => "create_success.xml", "$README_INFO_URL" => "get_meeting_info.xml" }.freeze
    def self.get(uri, *)
      name = ANSWERS.fetch(uri.to_s) { raise "unexpected URL #{uri}" }
      File.binread("$README_FIXTURES/#{name}")
    end
  end
end
RB
    readme_extract ruby
}

# readme_kotlin: the Kotlin example as a program, after an httpGet().
readme_kotlin() {
    cat <<KT
import org.bbbkit.*
import java.io.File

fun httpGet(url: String): ByteArray = when (url) {
    "$README_CREATE_URL" -> File("$README_FIXTURES/create_success.xml").readBytes()
    "$README_INFO_URL" -> File("$README_FIXTURES/get_meeting_info.xml").readBytes()
    else -> error("unexpected URL \$url")
}

fun main() {
KT
    readme_extract kotlin | grep -v '^import '
    echo '}'
}

# readme_swift DIR: a Swift package in DIR whose program is the README's Swift example, after an
# httpGet() that fetches with URLSession (FoundationNetworking on Linux) through a URLProtocol
# answering from the fixtures, so the example's own code runs unchanged.
# DIR must not be named `swift`: SwiftPM names a package after its folder, and bindings/swift is.
readme_swift() {
    local dir=$1 package
    package="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/bindings/swift"
    mkdir -p "$dir/Sources/ReadmeExample"
    cat > "$dir/Package.swift" <<SWIFT
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ReadmeExample",
    dependencies: [.package(name: "BbbKit", path: "$package")],
    targets: [
        .executableTarget(name: "ReadmeExample", dependencies: [.product(name: "BbbKit", package: "BbbKit")])
    ],
    swiftLanguageModes: [.v6]
)
SWIFT
    {
        cat <<SWIFT
import BbbKit
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Answers the two URLs the example must ask for with the recorded server answers; any other
/// URL fails the request.
final class RecordedAnswers: URLProtocol {
    static let answers = ["$README_CREATE_URL": "create_success.xml", "$README_INFO_URL": "get_meeting_info.xml"]
    override class func canInit(with request: URLRequest) -> Bool { true }
    override class func canonicalRequest(for request: URLRequest) -> URLRequest { request }
    override func startLoading() {
        guard let url = request.url, let name = Self.answers[url.absoluteString],
              let body = FileManager.default.contents(atPath: "$README_FIXTURES/" + name) else {
            FileHandle.standardError.write(Data("unexpected URL \(request.url?.absoluteString ?? "")\n".utf8))
            client?.urlProtocol(self, didFailWithError: URLError(.resourceUnavailable))
            return
        }
        let response = HTTPURLResponse(url: url, statusCode: 200, httpVersion: "HTTP/1.1", headerFields: ["Content-Type": "text/xml"])!
        client?.urlProtocol(self, didReceive: response, cacheStoragePolicy: .notAllowed)
        client?.urlProtocol(self, didLoad: body)
        client?.urlProtocolDidFinishLoading(self)
    }
    override func stopLoading() {}
}

let session: URLSession = {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.protocolClasses = [RecordedAnswers.self]
    return URLSession(configuration: configuration)
}()

func httpGet(_ url: String) async throws -> Data {
    let (body, response) = try await session.data(from: URL(string: url)!)
    guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw URLError(.badServerResponse) }
    return body
}

SWIFT
        readme_extract swift | grep -v '^import BbbKit$'
    } > "$dir/Sources/ReadmeExample/main.swift"
}
