<?php

declare(strict_types=1);

namespace BbbKit;

/**
 * One data format of a recording (`<data><format>`, such as `notes`).
 *
 * Built from the library's typed answer (its JSON form: the keys are the snake case of the
 * BBB element names, here in camel case). Absent optional values are null; `metadata` and
 * `customData` are arrays in the server's order.
 */
// @generated begin answer by bin/generate.php from the library's answer declaration: do not edit
final class DataFormat
{
    public function __construct(
        /** `type`. */
        public readonly string $type,
        /** `url`. */
        public readonly ?string $url,
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
            $a['type'],
            $a['url'],
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
        );
    }
    // @generated end answer
}
