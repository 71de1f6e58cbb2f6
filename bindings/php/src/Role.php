<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\InvalidParameterException;

/**
 * The user's role in the meeting (`role`, BBB 3.0+). The cases are generated from the
 * library's table (`bin/generate.php`).
 */
enum Role: string
{
    // @generated begin cases by bin/generate.php from the library's role table: do not edit
    /** `MODERATOR` */
    case Moderator = 'MODERATOR';
    /** `VIEWER` */
    case Viewer = 'VIEWER';
    // @generated end cases

    /**
     * Parses a role name, in any case, as the server does.
     *
     * @param string $parameter the parameter named in the error
     *
     * @throws InvalidParameterException (rule `one_of`) for another value
     */
    public static function parse(string $value, ?Library $library = null, string $parameter = 'role'): self
    {
        return self::fromNative(Native::parseEnum($library, 'bbbkit_role_from_str', $value, $parameter));
    }

    /** @internal the case for a native value */
    public static function fromNative(int $value): self
    {
        foreach (self::cases() as $case) {
            if ($case->toNative() === $value) {
                return $case;
            }
        }
        throw new \ValueError("{$value} is not a bbbkit_role value");
    }

    // @generated begin codes by bin/generate.php from the library's role table: do not edit
    /** @internal the native value (`bbbkit_role`) */
    public function toNative(): int
    {
        return match ($this) {
            self::Moderator => 1,
            self::Viewer => 2,
        };
    }
    // @generated end codes
}
