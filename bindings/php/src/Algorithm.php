<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\InvalidParameterException;

/** A checksum algorithm. SHA-256 is the default; all four are accepted by BBB 2.5+. */
enum Algorithm: string
{
    case Sha1 = 'sha1';
    case Sha256 = 'sha256';
    case Sha384 = 'sha384';
    case Sha512 = 'sha512';

    /**
     * Parses `sha1`, `sha256`, `sha384` or `sha512`, any case, with or without a dash.
     *
     * @throws InvalidParameterException (parameter `algorithm`, rule `one_of`) for another value
     */
    public static function parse(string $value, ?Library $library = null): self
    {
        return self::fromNative(Native::parseEnum($library, 'bbbkit_algorithm_from_str', $value, 'algorithm'));
    }

    /** @internal */
    public static function fromNative(int $value): self
    {
        return match ($value) {
            1 => self::Sha1,
            2 => self::Sha256,
            3 => self::Sha384,
            4 => self::Sha512,
        };
    }

    /** @internal */
    public function toNative(): int
    {
        return match ($this) {
            self::Sha1 => 1,
            self::Sha256 => 2,
            self::Sha384 => 3,
            self::Sha512 => 4,
        };
    }
}
