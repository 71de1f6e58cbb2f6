<?php

declare(strict_types=1);

namespace BbbKit\Exception;

/**
 * An incoming signed query did not verify. The subclass tells why: one class per kind of
 * failure, named after the library's code (`checksum_mismatch` → ChecksumMismatchException).
 */
abstract class VerifyException extends \RuntimeException implements BbbException
{
    public function __construct(string $message = '', private readonly ?string $kind = null)
    {
        parent::__construct($message);
    }

    /** A stable code: `checksum_missing`, `checksum_mismatch`, … as in tests/vectors. */
    public function getKind(): string
    {
        return $this->kind ?? Kinds::ofClass(static::class);
    }

    /**
     * The exception for a verification code of the library (`bbbkit_last_error_verify_code`):
     * the class named after it. A code newer than this package is a mismatch that keeps its
     * code.
     *
     * @internal
     */
    public static function forKind(string $kind, string $message): self
    {
        $class = Kinds::classOf($kind, self::class) ?? ChecksumMismatchException::class;
        return new $class($message, $kind);
    }
}
