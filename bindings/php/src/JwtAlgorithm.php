<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\InvalidParameterException;

/**
 * An HMAC JWT algorithm of a callback token (recording-ready, analytics): the only kind ever
 * accepted, so `none` and asymmetric algorithms cannot be slipped in. The cases are generated
 * from the library's table (`bin/generate.php`).
 */
enum JwtAlgorithm: string
{
    // @generated begin cases by bin/generate.php from the library's JWT algorithm table: do not edit
    /** `HS256` */
    case Hs256 = 'HS256';
    /** `HS384` */
    case Hs384 = 'HS384';
    /** `HS512` */
    case Hs512 = 'HS512';
    // @generated end cases

    /**
     * Parses an `alg` name, any case (`HS256`, `hs512`).
     *
     * @throws InvalidParameterException (parameter `algorithm`, rule `one_of`) for another value,
     *                                   such as `none` or `RS256`
     */
    public static function parse(string $value, ?Library $library = null): self
    {
        return self::fromNative(Native::parseEnum($library, 'bbbkit_jwt_algorithm_from_str', $value, 'algorithm'));
    }

    /** @internal the case for a native value */
    public static function fromNative(int $value): self
    {
        foreach (self::cases() as $case) {
            if ($case->toNative() === $value) {
                return $case;
            }
        }
        throw new \ValueError("{$value} is not a bbbkit_jwt_algorithm value");
    }

    // @generated begin codes by bin/generate.php from the library's JWT algorithm table: do not edit
    /** @internal the native value (`bbbkit_jwt_algorithm`) */
    public function toNative(): int
    {
        return match ($this) {
            self::Hs256 => 1,
            self::Hs384 => 2,
            self::Hs512 => 3,
        };
    }
    // @generated end codes
}
