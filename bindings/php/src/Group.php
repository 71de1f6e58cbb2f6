<?php

declare(strict_types=1);

namespace BbbKit;

/** A breakout group of `create`'s `groups`: its ID, an optional name and the users' IDs. */
final class Group implements \JsonSerializable
{
    /**
     * @param list<string> $roster the user IDs (as given to join's `userID`)
     */
    public function __construct(
        public readonly string $id,
        public readonly ?string $name = null,
        public readonly array $roster = [],
    ) {
    }

    /** @return array<string, mixed> the group as the library reads it (`groups`, JSON) */
    public function jsonSerialize(): array
    {
        return ['id' => $this->id] + ($this->name !== null ? ['name' => $this->name] : []) + ['roster' => array_values($this->roster)];
    }
}
