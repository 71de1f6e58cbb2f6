<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\InvalidParameterException;

/** The user's role in the meeting (`role`, BBB 3.0+). */
enum Role: string
{
    case Moderator = 'MODERATOR';
    case Viewer = 'VIEWER';

    /**
     * Parses `moderator` or `viewer`, in any case, as the server does.
     *
     * @throws InvalidParameterException (parameter `role`, rule `one_of`) for another value
     */
    public static function parse(string $value, ?Library $library = null): self
    {
        return self::fromNative(Native::parseEnum($library, 'bbbkit_role_from_str', $value, 'role'));
    }

    /** @internal */
    public static function fromNative(int $value): self
    {
        return match ($value) {
            1 => self::Moderator,
            2 => self::Viewer,
        };
    }

    /** @internal */
    public function toNative(): int
    {
        return match ($this) {
            self::Moderator => 1,
            self::Viewer => 2,
        };
    }
}
