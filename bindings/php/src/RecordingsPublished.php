<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\ApiException;
use BbbKit\Exception\ParseException;

/**
 * The answer to `publishRecordings`.
 *
 * Built from the library's typed answer (its JSON form: the keys are the snake case of the
 * BBB element names, here in camel case). Absent optional values are null; `metadata` and
 * `customData` are arrays in the server's order.
 */
// @generated begin answer by bin/generate.php from the library's answer declaration: do not edit
final class RecordingsPublished
{
    public function __construct(
        /** The recordings are now published. */
        public readonly bool $published,
        /** `published` as the server wrote it (trimmed). */
        public readonly string $publishedRaw,
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
            $a['published'],
            $a['published_raw'],
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

    /**
     * Parses the body of the answer.
     *
     * @param int|null $maxSize  the largest body accepted, in bytes (default 64 MiB)
     * @param int|null $maxDepth the deepest nesting of elements accepted (default 32)
     *
     * @throws ApiException   (a subclass for its key) when the server answered FAILED
     * @throws ParseException when the body is not this call's answer
     */
    public static function parse(string $body, ?int $maxSize = null, ?int $maxDepth = null, ?Library $library = null): self
    {
        return self::fromRow(Answers::row('publish', $body, $maxSize, $maxDepth, $library));
    }
}
