import Foundation
import BbbKit
import Testing

/// A JSON value as the vector files hold it. Integers stay exact (`createTime` beyond 2^53).
enum JSONValue: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? c.decode(Int64.self) {
            self = .int(i)
        } else if let d = try? c.decode(Double.self) {
            self = .double(d)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    var bool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    var int: Int64? {
        if case .int(let i) = self { return i }
        return nil
    }

    var array: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    var object: [String: JSONValue]? {
        if case .object(let o) = self { return o }
        return nil
    }

    var isNull: Bool { self == .null }
}

struct VectorError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The repository's `tests/` folder: `BBBKIT_TESTS` or four levels above this file.
func testsDirectory() -> URL {
    if let dir = ProcessInfo.processInfo.environment["BBBKIT_TESTS"] {
        return URL(fileURLWithPath: dir)
    }
    return URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // BbbKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // swift
        .deletingLastPathComponent()  // bindings
        .deletingLastPathComponent()  // repository
        .appendingPathComponent("tests")
}

/// The cases of one vector file; a missing or empty file throws.
func loadCases(_ file: String) throws -> [JSONValue] {
    let url = testsDirectory().appendingPathComponent("vectors").appendingPathComponent(file)
    guard FileManager.default.fileExists(atPath: url.path) else {
        throw VectorError("missing vector file \(url.path)")
    }
    let json = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: url))
    guard let cases = json["cases"]?.array, !cases.isEmpty else {
        throw VectorError("\(file) has no cases")
    }
    return cases
}

extension JSONValue {
    /// A parse case's input: its `fixture` file, its `input` text or its `input_hex` bytes.
    func inputBody() throws -> Data {
        if let f = self["fixture"]?.string { return try fixture(f) }
        if let s = self["input"]?.string { return Data(s.utf8) }
        guard let hex = self["input_hex"]?.string else { throw VectorError("case has no input") }
        var bytes: [UInt8] = []
        var i = hex.startIndex
        while i < hex.endIndex {
            let j = hex.index(i, offsetBy: 2, limitedBy: hex.endIndex) ?? hex.endIndex
            guard let b = UInt8(hex[i..<j], radix: 16) else { throw VectorError("bad hex in input_hex") }
            bytes.append(b)
            i = j
        }
        return Data(bytes)
    }
}

func fixture(_ name: String) throws -> Data {
    try Data(contentsOf: testsDirectory().appendingPathComponent("fixtures").appendingPathComponent(name))
}

extension JSONValue {
    /// `[[name, value], ...]` as query parameters.
    func queryParams() throws -> [QueryParam] {
        guard let pairs = array else { throw VectorError("not a list of pairs: \(self)") }
        return try pairs.map { pair in
            guard let p = pair.array, p.count == 2, let name = p[0].string, let value = p[1].string else {
                throw VectorError("not a [name, value] pair: \(pair)")
            }
            return QueryParam(name: name, value: value)
        }
    }

    func required(_ key: String) throws -> String {
        guard let s = self[key]?.string else { throw VectorError("case has no string `\(key)`") }
        return s
    }

    func optionalString(_ key: String) -> String? {
        self[key]?.string
    }
}

/// One case of a vector file, as a Swift Testing argument named after the case.
struct VectorCase: Sendable, CustomTestStringConvertible {
    let json: JSONValue
    var testDescription: String { json["name"]?.string ?? "?" }

    /// Every case of `file`; a missing or empty file throws, which fails the test.
    static func load(_ file: String) throws -> [VectorCase] {
        try loadCases(file).map(VectorCase.init)
    }
}
