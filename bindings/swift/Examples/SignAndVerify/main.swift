// sign-and-verify: a small command-line tool over BbbKit.
//
//   sign-and-verify join MEETING_ID FULL_NAME [moderator|viewer]
//       prints a signed join URL for BBB_URL with BBB_SECRET (a clearly labelled demo server
//       when neither is set)
//   sign-and-verify recording-ready < body
//       verifies a recording-ready callback's POST body (`signed_parameters=<JWT>`) with
//       BBB_SECRET and prints the meeting and recording IDs; a forgery prints the HTTP status to
//       answer (401) and exits 1
//
// Build and run it from bindings/swift (the library from `cargo build -p bbbkit-uniffi --release`):
//   swift run sign-and-verify join physics-101 "Marie Curie" moderator
import BbbKit
import Foundation

// The same demo server as the `bbbkit` command: its secret is public, so these URLs work on no
// real server.
let demoUrl = "https://bbb.example.com/bigbluebutton/api/"
let demoSecret = "bbbkit-demo-secret-not-for-real-servers"

func fail(_ message: String, status: Int32 = 2) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(status)
}

let usage = """
    usage: sign-and-verify join MEETING_ID FULL_NAME [moderator|viewer]
           sign-and-verify recording-ready < body
    """
let environment = ProcessInfo.processInfo.environment
let arguments = Array(CommandLine.arguments.dropFirst())

do {
    switch arguments.first {
    case "join" where arguments.count == 3 || arguments.count == 4:
        var url = environment["BBB_URL"], secret = environment["BBB_SECRET"]
        if url == nil && secret == nil {
            FileHandle.standardError.write(Data("warning: BBB_URL and BBB_SECRET are not set; using the DEMO server \(demoUrl) with a public demo secret: these URLs work on no real server\n".utf8))
            (url, secret) = (demoUrl, demoSecret)
        }
        guard let url, let secret else { fail("set both BBB_URL and BBB_SECRET") }
        let role = try roleFromName(name: arguments.count == 4 ? arguments[3] : "viewer")
        let server = try Server(url: url, secret: secret)
        print(try server.joinUrl(request: JoinRequest(meetingId: arguments[1], fullName: arguments[2], role: role)))
    case "recording-ready" where arguments.count == 1:
        guard let secret = environment["BBB_SECRET"] else { fail("recording-ready needs BBB_SECRET") }
        let verifier = try CallbackVerifier(secrets: [secret])
        let body = FileHandle.standardInput.readDataToEndOfFile()
        do {
            let ready = try verifier.recordingReady(body: body)
            print("meeting \(ready.meetingId) recording \(ready.recordId)")
        } catch BbbError.Callback(let kind, let httpStatus, let reason) {
            fail("refused (\(kind)): \(reason); answer HTTP \(httpStatus)", status: 1)
        }
    default:
        fail(usage)
    }
} catch let error as BbbError {
    fail("error: \(error)")
}
