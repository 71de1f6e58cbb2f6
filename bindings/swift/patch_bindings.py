#!/usr/bin/env python3
"""Rewrites the buffer reader of the Swift that uniffi-bindgen generates (run by generate.sh).

UniFFI's Swift reads every answer through `(data: Data, offset: Data.Index)`: each integer is a
checked `Data.copyBytes`, each string an intermediate `[UInt8]`. On Linux that made
`parseMeetingInfo` ~9x the core's own parse (BENCHMARKS.md). The rewrite reads the same bytes,
in the same format and with the same bounds checks, through a raw pointer into the RustBuffer
(alive until the lift frees it), and decodes strings in place. Nothing else changes: the
converters, the API and the generated docs stay as generated.

    patch_bindings.py BbbKit.swift        (in place; fails if a rewritten shape is missing)
"""
import sys

path = sys.argv[1]
text = open(path, encoding="utf-8").read()


def replace(old: str, new: str, count: int = 1) -> None:
    global text
    found = text.count(old)
    if found != count:
        sys.exit(f"patch_bindings.py: expected {count} of {old[:70]!r}…, found {found}: "
                 "uniffi-bindgen changed, update the patch")
    text = text.replace(old, new)


replace(
    """fileprivate func createReader(data: Data) -> (data: Data, offset: Data.Index) {
    (data: data, offset: 0)
}""",
    """fileprivate func createReader(data: Data) -> (data: Data, offset: Data.Index) {
    (data: data, offset: 0)
}

// bbbkit: the reader that every `read(from:)` below takes, patched in by
// bindings/swift/patch_bindings.py: a raw pointer into the RustBuffer, which stays allocated
// until the lift that made the reader frees it, plus the same bounds checks as UniFFI's.
#if swift(>=5.8)
@_documentation(visibility: private)
#endif
public struct UniffiBufferReader {
    fileprivate let base: UnsafeRawPointer?
    fileprivate let count: Int
    fileprivate var offset: Int = 0

    fileprivate init(_ buf: RustBuffer) {
        base = UnsafeRawPointer(buf.data)
        count = Int(buf.len)
    }

    /// The next `size` bytes, after checking they are there.
    @inline(__always)
    fileprivate mutating func take(_ size: Int) throws -> UnsafeRawPointer {
        guard size >= 0, count - offset >= size else {
            throw UniffiInternalError.bufferOverflow
        }
        guard let base else {
            // An empty buffer (no allocation): only reads of zero bytes succeed.
            return UnsafeRawPointer(bitPattern: 1)!
        }
        defer { offset += size }
        return base + offset
    }
}""")

# The generated functions all spell the reader's type out.
replace("inout (data: Data, offset: Data.Index)", "inout UniffiBufferReader", text.count("inout (data: Data, offset: Data.Index)"))

replace("""    let range = reader.offset..<reader.offset + MemoryLayout<T>.size
    guard reader.data.count >= range.upperBound else {
        throw UniffiInternalError.bufferOverflow
    }
    if T.self == UInt8.self {
        let value = reader.data[reader.offset]
        reader.offset += 1
        return value as! T
    }
    var value: T = 0
    let _ = withUnsafeMutableBytes(of: &value, { reader.data.copyBytes(to: $0, from: range)})
    reader.offset = range.upperBound
    return value.bigEndian""",
        """    let bytes = try reader.take(MemoryLayout<T>.size)
    return T(bigEndian: bytes.loadUnaligned(as: T.self))""")

replace("""    let range = reader.offset..<(reader.offset+count)
    guard reader.data.count >= range.upperBound else {
        throw UniffiInternalError.bufferOverflow
    }
    var value = [UInt8](repeating: 0, count: count)
    value.withUnsafeMutableBufferPointer({ buffer in
        reader.data.copyBytes(to: buffer, from: range)
    })
    reader.offset = range.upperBound
    return value""",
        """    let bytes = try reader.take(count)
    return Array(UnsafeRawBufferPointer(start: bytes, count: count))""")

replace("""fileprivate func hasRemaining(_ reader: (data: Data, offset: Data.Index)) -> Bool {
    return reader.offset < reader.data.count
}""", """fileprivate func hasRemaining(_ reader: UniffiBufferReader) -> Bool {
    return reader.offset < reader.count
}""")

replace("var reader = createReader(data: Data(rustBuffer: buf))", "var reader = UniffiBufferReader(buf)")

# Strings: decoded where they lie, without the intermediate array.
replace("""        return String(decoding: try readBytes(&buf, count: Int(len)), as: UTF8.self)""",
        """        let bytes = try buf.take(Int(len))
        return String(decoding: UnsafeRawBufferPointer(start: bytes, count: Int(len)), as: UTF8.self)""")

# Writing: one allocation for a typical record, and integers appended byte by byte (the
# generic `append(contentsOf:)` of a raw buffer costs more than the bytes it copies).
replace("""fileprivate func createWriter() -> [UInt8] {
    return []
}""", """fileprivate func createWriter() -> [UInt8] {
    var writer: [UInt8] = []
    writer.reserveCapacity(256)
    return writer
}""")
replace("""    var value = value.bigEndian
    withUnsafeBytes(of: &value) { writer.append(contentsOf: $0) }""",
        """    withUnsafeBytes(of: value.bigEndian) { bytes in
        for byte in bytes {
            writer.append(byte)
        }
    }""")

# Doc comments: UniFFI writes the Rust docs as `/** … */` blocks; Swift's own style (and Xcode's
# Quick Help, which reads both) is `///` lines.
def line_docs(source: str) -> str:
    out, lines, i = [], source.split("\n"), 0
    while i < len(lines):
        line = lines[i]
        if line.strip() != "/**":
            out.append(line)
            i += 1
            continue
        indent = line[: len(line) - len(line.lstrip())]
        i += 1
        while True:
            body = lines[i].strip()
            if body.startswith("*/"):
                rest = body[2:]
                if rest.strip():
                    out.append(indent + rest)
                i += 1
                break
            text = body[1:] if body.startswith("*") else body
            out.append((indent + "///" + text).rstrip())
            i += 1
    return "\n".join(out)


text = line_docs(text)

open(path, "w", encoding="utf-8").write(text)
