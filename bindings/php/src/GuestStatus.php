<?php

declare(strict_types=1);

namespace BbbKit;

/** The guest status of a join answer; `Other` for a value bbbkit does not know. */
enum GuestStatus: string
{
    case Allow = 'ALLOW';
    case Wait = 'WAIT';
    case Deny = 'DENY';
    case Other = 'OTHER';

    /** @internal */
    public static function fromNative(int $value): self
    {
        return match ($value) {
            1 => self::Allow,
            2 => self::Wait,
            3 => self::Deny,
            default => self::Other,
        };
    }
}
