// Hand-written: what UniFFI cannot generate. Everything else in this module is generated
// (BbbKit.swift); nothing here knows the BigBlueButton protocol.
import Foundation

extension BbbError: LocalizedError {
    /// The error's `description`: the core's text, naming the parameter and the rule
    /// (`invalid parameter `meetingID`: must not contain a comma`), the key of a `FAILED`
    /// answer, or the check that failed. Never a secret.
    public var errorDescription: String? { description }
}

/// A secret as reflection shows it (Reflection.swift, generated, uses these for the answers).
func redactedForReflection(_ value: String) -> String { "[redacted]" }
func redactedForReflection(_ value: String?) -> String? { value.map { _ in "[redacted]" } }

/// Reflection (`dump()`, `Mirror`) shows a request that may hold a meeting password as its
/// `description`, the core's `Debug` form with the password `[redacted]`. The properties keep
/// the real values.
private func redactedMirror<T: CustomStringConvertible>(_ value: T) -> Mirror {
    Mirror(value, children: ["description": value.description], displayStyle: .struct)
}

extension JoinRequest: CustomReflectable {
    /// `password` shows as `[redacted]`.
    public var customMirror: Mirror { redactedMirror(self) }
}

extension CreateRequest: CustomReflectable {
    /// `attendeePw` and `moderatorPw` show as `[redacted]`.
    public var customMirror: Mirror { redactedMirror(self) }
}

extension EndRequest: CustomReflectable {
    /// `password` shows as `[redacted]`.
    public var customMirror: Mirror { redactedMirror(self) }
}
