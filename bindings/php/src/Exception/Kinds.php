<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/**
 * Exception classes and the library's kinds, one to one: the kind `meeting_not_found` is the
 * class MeetingNotFoundException and back. No table: the names are derived.
 *
 * @internal
 */
final class Kinds
{
    /**
     * The class of this namespace named after `$kind`, if it exists and extends `$base`.
     *
     * @template T of \Throwable
     * @param class-string<T> $base
     * @return class-string<T>|null
     */
    public static function classOf(string $kind, string $base): ?string
    {
        $class = __NAMESPACE__ . '\\' . str_replace('_', '', ucwords($kind, '_')) . 'Exception';
        return preg_match('/^[a-z][a-z0-9_]*$/', $kind) === 1 && is_subclass_of($class, $base) ? $class : null;
    }

    /** The kind a class is named after: MeetingNotFoundException → `meeting_not_found`. */
    public static function ofClass(string $class): string
    {
        $short = substr($class, (int) strrpos($class, '\\') + 1);
        $short = preg_replace('/Exception$/', '', $short) ?? $short;
        return strtolower((string) preg_replace('/(?<=[a-z0-9])(?=[A-Z])/', '_', $short));
    }
}
