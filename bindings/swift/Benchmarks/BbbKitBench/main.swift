// The Swift side of bindings/swift/bench.sh: the same calls on the same inputs as the core's
// `same_calls` example, timed the same way (200 calls per round, each call's best round, in
// nanoseconds per call), so the two can be compared and their outputs checked equal.
//
//   swift run -c release bbbkit-bench ROUNDS meeting_info.xml...
import BbbKit
import Foundation

let calls = 200
let arguments = CommandLine.arguments.dropFirst()
let rounds = arguments.first.flatMap { Int($0) } ?? 20
let files = arguments.dropFirst().map { URL(fileURLWithPath: $0) }

@inline(never)
func sink<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

func bestOf(_ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<rounds {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<calls {
            try body()
        }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / Double(calls))
    }
    return best
}

let server = try Server(url: "https://bbb.example.com/bigbluebutton/", secret: "8cd8ef52e8e101574e400365b55e11a6")
let request = JoinRequest(
    meetingId: "physics-101-2026", fullName: "Marie Skłodowska Curie", role: .viewer,
    createTime: 1715261728123, userId: "moodle-user-48213", redirect: false)
print("url \(try server.joinUrl(request: request))")
let bodies = try files.map { ($0.lastPathComponent, try Data(contentsOf: $0)) }
for (name, body) in bodies {
    print("attendees \(name) \(try parseMeetingInfo(body: body).attendees.count)")
}

let roundTrip = bestOf { sink(bbbkitVersion()) }
let algorithm = bestOf { sink(server.algorithm()) }
let join = try bestOf { sink(try server.joinUrl(request: request)) }
print(String(format: "round_trip_version %.1f", roundTrip))
print(String(format: "round_trip_algorithm %.1f", algorithm))
print(String(format: "join_url %.1f", join))
for (name, body) in bodies {
    let parse = try bestOf { sink(try parseMeetingInfo(body: body)) }
    print(String(format: "parse_meeting_info %@ %.1f", name, parse))
}
