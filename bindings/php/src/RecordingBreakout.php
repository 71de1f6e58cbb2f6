<?php

declare(strict_types=1);

namespace BbbKit;

/**
 * The breakout room a recording was made in: its parent, sequence and free join.
 *
 * Built from the library's typed answer (its JSON form: the keys are the snake case of the
 * BBB element names, here in camel case). Absent optional values are null; `metadata` and
 * `customData` are arrays in the server's order.
 */
// @generated begin answer by bin/generate.php from the library's answer declaration: do not edit
final class RecordingBreakout
{
    public function __construct(
        /** `parentId`. */
        public readonly ?string $parentId,
        /** `sequence`. */
        public readonly ?int $sequence,
        /** `freeJoin`. */
        public readonly ?bool $freeJoin,
    ) {
    }

    /**
     * @internal from the library's JSON form
     *
     * @param array<string, mixed> $a
     */
    public static function fromArray(array $a): self
    {
        return new self(
            $a['parent_id'],
            $a['sequence'],
            $a['free_join'],
        );
    }

    /**
     * @internal from the library's compact form (`bbbkit_parse_answer_php`, unserialized):
     * the values in the order of the declared fields
     *
     * @param list<mixed> $r
     */
    public static function fromRow(array $r): self
    {
        return new self(
            $r[0],
            $r[1],
            $r[2],
        );
    }
    // @generated end answer
}
